import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCOUNTS_FILE, createChannelAccountsService } from '../../../electron/services/channel-accounts';
import { createStandInSecretBox } from '../../fixtures/secret-box';
import { createCapturedLogger } from './capture-logger';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

const fakeBox = createStandInSecretBox;

const SHOPIFY = { target: 'shopify', shopDomain: 'linen-lab.myshopify.com' } as const;
const TOKEN = 'shpat_0123456789abcdef0123456789abcdef';

describe('channel accounts', () => {
  it('keeps secrets only encrypted on disk and never in what the renderer sees', async () => {
    const dataDir = await tempDir();
    const { logger, lines } = await createCapturedLogger();
    const accounts = await createChannelAccountsService({ dataDir, box: fakeBox(), logger, now: () => 1000 });
    const saved = await accounts.save(SHOPIFY, { accessToken: TOKEN });
    expect(saved).toEqual({ ok: true, value: { endpoint: SHOPIFY, hasSecret: true, updatedAt: 1000 } });
    const file = await readFile(join(dataDir, ACCOUNTS_FILE), 'utf8');
    expect(file).toContain('linen-lab.myshopify.com');
    expect(file).not.toContain(TOKEN);
    expect(JSON.stringify(accounts.list())).not.toContain(TOKEN);
    expect(accounts.credentials('shopify')).toEqual({ endpoint: SHOPIFY, secret: { accessToken: TOKEN } });
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('survives a restart, and keeps the stored secret when only the endpoint changes', async () => {
    const dataDir = await tempDir();
    const { logger } = await createCapturedLogger();
    const first = await createChannelAccountsService({ dataDir, box: fakeBox(), logger });
    await first.save({ target: 'woocommerce', baseUrl: 'https://shop.example.com' }, { consumerKey: 'ck_1', consumerSecret: 'cs_1' });
    const second = await createChannelAccountsService({ dataDir, box: fakeBox(), logger });
    await second.save({ target: 'woocommerce', baseUrl: 'https://store.example.com' });
    expect(second.credentials('woocommerce')).toEqual({
      endpoint: { target: 'woocommerce', baseUrl: 'https://store.example.com' },
      secret: { consumerKey: 'ck_1', consumerSecret: 'cs_1' },
    });
  });

  it('lays typed parts over the stored secret: adding an application password keeps the WooCommerce keys', async () => {
    const dataDir = await tempDir();
    const { logger } = await createCapturedLogger();
    const accounts = await createChannelAccountsService({ dataDir, box: fakeBox(), logger });
    const endpoint = { target: 'woocommerce', baseUrl: 'https://shop.example.com', wpUsername: 'bot' } as const;
    await accounts.save(endpoint, { consumerKey: 'ck_1', consumerSecret: 'cs_1' });
    expect(await accounts.save(endpoint, { wpAppPassword: 'abcd efgh' })).toMatchObject({ ok: true });
    expect(accounts.credentials('woocommerce')?.secret).toEqual({ consumerKey: 'ck_1', consumerSecret: 'cs_1', wpAppPassword: 'abcd efgh' });
    await accounts.save(endpoint, { consumerSecret: 'cs_2' });
    expect(accounts.credentials('woocommerce')?.secret).toEqual({ consumerKey: 'ck_1', consumerSecret: 'cs_2', wpAppPassword: 'abcd efgh' });
    // Without a stored secret, a partial one is refused with the part that is missing.
    await accounts.remove('woocommerce');
    expect(await accounts.save(endpoint, { wpAppPassword: 'abcd efgh' })).toMatchObject({ ok: false, error: 'invalid-input', detail: 'consumerKey' });
  });

  it('refuses to store a secret when the OS offers no encryption, rather than storing it in clear', async () => {
    const dataDir = await tempDir();
    const { logger } = await createCapturedLogger();
    const accounts = await createChannelAccountsService({ dataDir, box: fakeBox(false), logger });
    expect(await accounts.save(SHOPIFY, { accessToken: TOKEN })).toEqual({ ok: false, error: 'secure-storage-unavailable' });
    expect(accounts.list()).toEqual([]);
  });

  it('rejects bad input with the field that is wrong', async () => {
    const dataDir = await tempDir();
    const { logger } = await createCapturedLogger();
    const accounts = await createChannelAccountsService({ dataDir, box: fakeBox(), logger });
    expect(await accounts.save({ target: 'shopify', shopDomain: 'example.com' })).toMatchObject({ ok: false, error: 'invalid-input', detail: 'shopDomain' });
    expect(await accounts.save({ target: 'webhook', url: 'https://hooks.example.com/shelfready' }, { secret: 'short' })).toMatchObject({ ok: false, error: 'invalid-input', detail: 'secret' });
    expect(await accounts.save({ target: 'webhook', url: 'ftp://hooks.example.com' })).toMatchObject({ ok: false, error: 'invalid-input', detail: 'url' });
  });

  it('treats a secret it can no longer decrypt (new keyring) as missing, and logs no secret', async () => {
    const dataDir = await tempDir();
    const { logger, lines } = await createCapturedLogger();
    const box = fakeBox();
    const accounts = await createChannelAccountsService({ dataDir, box, logger });
    await accounts.save(SHOPIFY, { accessToken: TOKEN });
    box.key = 0x33;
    expect(accounts.credentials('shopify')).toBeUndefined();
    expect(lines.some((l) => l.includes('account secret unreadable'))).toBe(true);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('removes an account', async () => {
    const dataDir = await tempDir();
    const { logger } = await createCapturedLogger();
    const accounts = await createChannelAccountsService({ dataDir, box: fakeBox(), logger });
    await accounts.save(SHOPIFY, { accessToken: TOKEN });
    await accounts.remove('shopify');
    expect(accounts.list()).toEqual([]);
    expect(accounts.credentials('shopify')).toBeUndefined();
  });
});
