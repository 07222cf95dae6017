import { describe, expect, it } from 'vitest';
import {
  checkAccountForm, fieldFromDetail, initialValues, toEndpointInput, toSecretInput,
} from '../../../../renderer/src/features/settings/accounts/account-form';

const SECRET = 'a-long-enough-secret';

describe('initialValues', () => {
  it('fills the endpoint from the saved account and leaves secrets empty', () => {
    const values = initialValues('own-mall', { endpoint: { target: 'own-mall', adminApiUrl: 'https://mall.example.com/admin-api', username: 'admin' }, hasSecret: true, updatedAt: 1 });
    expect(values).toEqual({ adminApiUrl: 'https://mall.example.com/admin-api', username: 'admin', password: '' });
  });

  it('starts empty without an account, or with another target’s', () => {
    expect(initialValues('webhook', undefined)).toEqual({ url: '', secret: '' });
    expect(initialValues('webhook', { endpoint: { target: 'shopify', shopDomain: 'a.myshopify.com' }, hasSecret: false, updatedAt: 1 })).toEqual({ url: '', secret: '' });
  });
});

describe('form → endpoint and secret', () => {
  it('trims endpoint fields and leaves an empty optional one out', () => {
    expect(toEndpointInput('woocommerce', { baseUrl: ' https://shop.example.com ', imageBaseUrl: '  ', consumerKey: 'ck_1' })).toEqual({ target: 'woocommerce', baseUrl: 'https://shop.example.com' });
    expect(toEndpointInput('woocommerce', { baseUrl: 'https://shop.example.com', imageBaseUrl: 'https://cdn.example.com' })).toEqual({
      target: 'woocommerce', baseUrl: 'https://shop.example.com', imageBaseUrl: 'https://cdn.example.com',
    });
  });

  it('never puts a secret into the endpoint', () => {
    expect(toEndpointInput('webhook', { url: 'https://x.example', secret: SECRET })).toEqual({ target: 'webhook', url: 'https://x.example' });
  });

  it('keeps the stored secret when every secret field is empty', () => {
    expect(toSecretInput('woocommerce', { consumerKey: '', consumerSecret: '' }, true)).toBeUndefined();
  });

  it('sends only the parts typed when a secret is stored, every part when none is', () => {
    expect(toSecretInput('woocommerce', { consumerKey: 'ck_1' }, true)).toEqual({ consumerKey: 'ck_1' });
    expect(toSecretInput('woocommerce', { consumerKey: '', consumerSecret: '', wpAppPassword: 'abcd efgh' }, true)).toEqual({ wpAppPassword: 'abcd efgh' });
    expect(toSecretInput('woocommerce', { consumerKey: 'ck_1' }, false)).toEqual({ consumerKey: 'ck_1', consumerSecret: '' });
    expect(toSecretInput('webhook', { secret: '' }, false)).toEqual({ secret: '' });
    expect(toSecretInput('webhook', { secret: SECRET }, true)).toEqual({ secret: SECRET });
  });
});

describe('checkAccountForm', () => {
  it('accepts a complete webhook account', () => {
    expect(checkAccountForm('webhook', { url: 'http://127.0.0.1:8080/hook', secret: SECRET }, false)).toEqual({
      ok: true, endpoint: { target: 'webhook', url: 'http://127.0.0.1:8080/hook' }, secret: { secret: SECRET },
    });
  });

  it('accepts an endpoint-only change when a secret is stored', () => {
    expect(checkAccountForm('shopify', { shopDomain: 'my-shop.myshopify.com', accessToken: '' }, true)).toEqual({
      ok: true, endpoint: { target: 'shopify', shopDomain: 'my-shop.myshopify.com' },
    });
  });

  it('names the field and the kind of mistake', () => {
    expect(checkAccountForm('webhook', { url: 'not a url', secret: 'short' }, false)).toEqual({
      ok: false, errors: { url: { kind: 'url' }, secret: { kind: 'tooShort', limit: 16 } },
    });
    expect(checkAccountForm('shopify', { shopDomain: 'shop.example.com', accessToken: 'shpat_1' }, false)).toEqual({ ok: false, errors: { shopDomain: { kind: 'shopDomain' } } });
    expect(checkAccountForm('own-mall', { adminApiUrl: '', username: ' ', password: '' }, false)).toEqual({
      ok: false, errors: { adminApiUrl: { kind: 'required' }, username: { kind: 'required' }, password: { kind: 'required' } },
    });
  });

  it('requires both WooCommerce keys for a new account, but one part can be changed on a saved one', () => {
    expect(checkAccountForm('woocommerce', { baseUrl: 'https://shop.example.com', consumerKey: 'ck_1', consumerSecret: '' }, false)).toEqual({
      ok: false, errors: { consumerSecret: { kind: 'required' } },
    });
    expect(checkAccountForm('woocommerce', { baseUrl: 'https://shop.example.com', wpUsername: 'bot', consumerKey: '', consumerSecret: '', wpAppPassword: 'abcd efgh' }, true)).toEqual({
      ok: true, endpoint: { target: 'woocommerce', baseUrl: 'https://shop.example.com', wpUsername: 'bot' }, secret: { wpAppPassword: 'abcd efgh' },
    });
  });

  it('WooCommerce media upload: the application password is optional, but needs its WordPress user', () => {
    const keys = { baseUrl: 'https://shop.example.com', consumerKey: 'ck_1', consumerSecret: 'cs_1' };
    expect(toSecretInput('woocommerce', { ...keys, wpAppPassword: '' }, false)).toEqual({ consumerKey: 'ck_1', consumerSecret: 'cs_1' });
    expect(checkAccountForm('woocommerce', { ...keys, wpUsername: ' bot ', wpAppPassword: 'abcd efgh' }, false)).toEqual({
      ok: true, endpoint: { target: 'woocommerce', baseUrl: 'https://shop.example.com', wpUsername: 'bot' }, secret: { consumerKey: 'ck_1', consumerSecret: 'cs_1', wpAppPassword: 'abcd efgh' },
    });
    expect(checkAccountForm('woocommerce', { ...keys, wpUsername: '', wpAppPassword: 'abcd efgh' }, false)).toEqual({ ok: false, errors: { wpUsername: { kind: 'required' } } });
  });

  it('flags a too-long value', () => {
    expect(checkAccountForm('own-mall', { adminApiUrl: 'https://m.example', username: 'u'.repeat(201), password: 'p' }, false)).toEqual({
      ok: false, errors: { username: { kind: 'tooLong', limit: 200 } },
    });
  });
});

describe('fieldFromDetail', () => {
  it('reads the service’s path and the IPC check’s "path: message" list', () => {
    expect(fieldFromDetail('webhook', 'secret')).toBe('secret');
    expect(fieldFromDetail('webhook', 'endpoint.url: Invalid URL')).toBe('url');
    expect(fieldFromDetail('woocommerce', 'endpoint.target: x; secret.consumerKey: Too big')).toBe('consumerKey');
  });

  it('is undefined for nothing, or for a field of another form', () => {
    expect(fieldFromDetail('webhook', undefined)).toBeUndefined();
    expect(fieldFromDetail('webhook', 'consumerKey')).toBeUndefined();
    expect(fieldFromDetail('webhook', '(root): Invalid input')).toBeUndefined();
  });
});
