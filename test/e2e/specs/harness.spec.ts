import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { expect, test } from '../fixtures';

// Smoke test of the harness itself: the page, window.api, the sender check and events.
test.use({ harnessOptions: { osLocale: 'zh-Hans-CN', locale: 'zh-CN' } });

test('serves the renderer with the app CSP and gives the page window.api', async ({ app }) => {
  const response = await app.page.request.get(`${app.baseUrl}/`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(app.page.locator('#root')).toBeAttached();
  expect(await app.page.evaluate(() => Object.keys(window.api).sort())).toEqual(['accounts', 'app', 'assets', 'bundles', 'exports', 'files', 'launches', 'on', 'publish', 'renditions', 'settings', 'sheets', 'shell', 'sizeCharts', 'xliff']);
});

test('app.info reports the OS locale given to the harness', async ({ app }) => {
  const info = await app.page.evaluate(() => window.api.app.info({}));
  expect(info).toEqual({ ok: true, value: { version: '0.0.0-e2e', osLocale: 'zh-Hans-CN', platform: process.platform } });
});

test('settings.update persists to the data folder and raises settings:changed', async ({ app }) => {
  const changed = app.page.evaluate(
    () => new Promise((resolve) => window.api.on('settings:changed', (settings) => resolve(settings))),
  );
  const result = await app.page.evaluate(() => window.api.settings.update({ language: 'en' }));
  const expected = { ...DEFAULT_SETTINGS, language: 'en' };
  expect(result).toEqual({ ok: true, value: expected });
  expect(await changed).toEqual(expected);
  expect(JSON.parse(await readFile(join(app.dataDir, 'settings.json'), 'utf8'))).toEqual(expected);
  expect(await app.page.evaluate(() => window.api.settings.get({}))).toEqual({ ok: true, value: expected });
});

test('invalid input comes back as invalid-input, not a throw', async ({ app }) => {
  const bad: unknown = { language: 'fr' };
  const result = await app.page.evaluate(
    // Deliberately outside the contract's types, as a compromised or buggy page could send it.
    (input) => window.api.settings.update(input as Parameters<typeof window.api.settings.update>[0]),
    bad,
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
});

test('shell.openExternal opens only allowlisted links', async ({ app }) => {
  const allowed = await app.page.evaluate(() => window.api.shell.openExternal({ url: 'https://help.shopify.com/en' }));
  const refused = await app.page.evaluate(() => window.api.shell.openExternal({ url: 'file:///etc/passwd' }));
  expect(allowed).toEqual({ ok: true, value: { opened: true } });
  expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  expect(app.services.openedUrls).toEqual(['https://help.shopify.com/en']);
});

test('a page from another origin is an untrusted sender', async ({ app }) => {
  await app.page.goto('about:blank');
  expect(await app.page.evaluate(() => window.api.settings.get({}))).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
});
