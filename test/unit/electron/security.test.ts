import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, CSP, isAllowedExternal, isAppUrl, isTrustedSender } from '../../../electron/main/security';

describe('isAppUrl', () => {
  it.each([
    'app://shelfready/',
    'app://shelfready/index.html',
    'app://shelfready/assets/index-abc.js?x=1#y',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://shelfready.evil.com/',
    'app://evil.com/shelfready',
    'app://user@shelfready/',
    'app://shelfready:8080/',
    'apps://shelfready/',
    'http://shelfready/',
    'file:///C:/shelfready/index.html',
    'https://github.com/',
    'app:shelfready',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('takes the origin as a parameter for dev and the E2E harness', () => {
    expect(isAppUrl('http://127.0.0.1:4321/index.html', 'http://127.0.0.1:4321')).toBe(true);
    expect(isAppUrl('http://127.0.0.1:4322/', 'http://127.0.0.1:4321')).toBe(false);
    expect(isAppUrl('app://shelfready/', 'http://127.0.0.1:4321')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:4321.evil.com/', 'http://127.0.0.1:4321')).toBe(false);
  });

  it('uses app://shelfready by default', () => {
    expect(APP_ORIGIN).toBe('app://shelfready');
  });
});

describe('isTrustedSender', () => {
  it('rejects a missing frame', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('accepts the app frame and rejects look-alikes', () => {
    expect(isTrustedSender('app://shelfready/index.html')).toBe(true);
    expect(isTrustedSender('app://shelfready.evil.com/index.html')).toBe(false);
    expect(isTrustedSender('https://shelfready/')).toBe(false);
    expect(isTrustedSender('about:blank')).toBe(false);
  });
});

describe('isAllowedExternal', () => {
  it.each([
    'https://github.com/shelfready/issues',
    'https://docs.github.com/en',
    'https://sellercentral.amazon.com/help/hub',
    'https://help.shopify.com/en/manual',
    'https://shopify.dev/docs/api',
    'https://open.taobao.com/doc',
    'https://GITHUB.com/',
  ])('allows %s', (url) => {
    expect(isAllowedExternal(url)).toBe(true);
  });

  it.each([
    'http://github.com/',
    'https://github.com.evil.com/',
    'https://evilgithub.com/',
    'https://github.com@evil.com/',
    'https://user:pw@github.com/',
    'https://github.com:8443/',
    'https://shopify.com/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'mailto:someone@github.com',
    'app://shelfready/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternal(url)).toBe(false);
  });
});

describe('CSP', () => {
  it('locks scripts, objects, framing and forms down', () => {
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(CSP).toContain("form-action 'none'");
    expect(CSP).not.toContain('unsafe-eval');
  });
});
