import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '../fixtures';

/*
 * Settings → Channel accounts, through the UI, against a real local webhook receiver that checks
 * the HMAC signature as a merchant's backend would: save (the secret never comes back, nor lands in
 * accounts.json in clear), test the connection, a wrong secret, a too-short one, remove. Both UI
 * languages, with screenshots at two window sizes for people to look at.
 */
const OUT = join(import.meta.dirname, '../../../test-results/screenshots');
const SECRET = 'correct-horse-battery-staple-42';
const WRONG_SECRET = 'not-the-secret-the-receiver-has';

const LANGUAGES = [
  {
    lang: 'en', os: 'en-US', settings: 'Settings', title: 'Channel accounts', webhook: 'Webhook', url: 'Receiver address', secret: 'Signing secret',
    save: 'Save', test: 'Test connection', remove: 'Remove', saved: 'Saved', savedHint: 'Saved — leave empty to keep', connected: 'Connected to',
    auth: 'The channel refused the credentials.', tooShort: 'At least 16 characters.', removed: 'Account removed', notSetUp: 'Not set up',
  },
  {
    lang: 'zh-CN', os: 'zh-CN', settings: '设置', title: '渠道账号', webhook: 'Webhook', url: '接收地址', secret: '签名密钥',
    save: '保存', test: '测试连接', remove: '移除', saved: '已保存', savedHint: '已保存——留空则保持不变', connected: '已连接到',
    auth: '渠道拒绝了凭据。', tooShort: '至少 16 个字符。', removed: '账号已移除', notSetUp: '未设置',
  },
] as const;

/** A webhook receiver: 200 for a ping signed with SECRET, 401 otherwise. Records what it saw. */
async function startReceiver(): Promise<{ server: Server; url: string; host: string; pings: number }> {
  const state = { pings: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const expected = `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`;
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      const isPing = typeof parsed === 'object' && parsed !== null && (parsed as { schemaVersion?: unknown; ping?: unknown }).schemaVersion === 1 && (parsed as { ping?: unknown }).ping === true;
      res.setHeader('content-type', 'application/json');
      if (req.method !== 'POST' || !isPing || req.headers['x-shelfready-signature'] !== expected) {
        res.statusCode = 401;
        res.end(JSON.stringify({ message: 'signature mismatch' }));
        return;
      }
      state.pings += 1;
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}/shelfready`,
    host: `127.0.0.1:${port}`,
    get pings() {
      return state.pings;
    },
  };
}

for (const l of LANGUAGES) {
  test.describe(`in ${l.lang}`, () => {
    test.use({ harnessOptions: { osLocale: l.os, locale: l.lang, viewport: { width: 1440, height: 900 } } });

    test('webhook account: save, reload, test, wrong and too-short secret, remove', async ({ app }) => {
      const receiver = await startReceiver();
      try {
        const { page } = app;
        await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
        await page.getByRole('button', { name: l.settings }).click();
        const card = page.locator('section.accounts-card');
        await expect(card.getByRole('heading', { name: l.title })).toBeVisible();
        let panel = card.getByRole('form', { name: l.webhook });
        await expect(panel.getByText(l.notSetUp)).toBeVisible();
        // Nothing saved yet: nothing to test.
        await expect(panel.getByRole('button', { name: l.test })).toBeDisabled();

        await panel.getByLabel(l.url).fill(receiver.url);
        await panel.getByLabel(l.secret).fill(SECRET);
        await panel.getByRole('button', { name: l.save }).click();
        await expect(panel.getByRole('status')).toHaveText(l.saved);
        // The typed secret is not kept after saving.
        await expect(panel.getByLabel(l.secret)).toHaveValue('');
        await expect(panel.getByText(l.savedHint)).toBeVisible();

        // Stored as ciphertext only.
        const stored = await readFile(join(app.dataDir, 'accounts.json'), 'utf8');
        expect(stored).toContain(receiver.url);
        expect(stored).not.toContain(SECRET);

        // After a reload (like the next start): the address is back, the secret field empty but "saved".
        await page.reload();
        await page.getByRole('button', { name: l.settings }).click();
        panel = page.locator('section.accounts-card').getByRole('form', { name: l.webhook });
        await expect(panel.getByLabel(l.url)).toHaveValue(receiver.url);
        await expect(panel.getByLabel(l.secret)).toHaveValue('');
        await expect(panel.getByText(l.savedHint)).toBeVisible();

        await panel.getByRole('button', { name: l.test }).click();
        await expect(panel.getByRole('status')).toHaveText(`${l.connected} ${receiver.host}`);
        expect(receiver.pings).toBe(1);
        await panel.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(OUT, `settings-accounts-connected-${l.lang}-1440.png`) });

        // A wrong secret is saved (it is long enough) but the receiver refuses it.
        await panel.getByLabel(l.secret).fill(WRONG_SECRET);
        await panel.getByRole('button', { name: l.save }).click();
        await expect(panel.getByRole('status')).toHaveText(l.saved);
        await panel.getByRole('button', { name: l.test }).click();
        const alert = panel.getByRole('alert');
        await expect(alert).toContainText(l.auth);
        await expect(alert).toContainText('signature mismatch');
        expect(receiver.pings).toBe(1);
        await page.screenshot({ path: join(OUT, `settings-accounts-auth-failed-${l.lang}-1440.png`) });

        // A too-short secret never leaves the form: the field says why.
        await panel.getByLabel(l.secret).fill('short');
        await panel.getByRole('button', { name: l.save }).click();
        await expect(panel.getByText(l.tooShort, { exact: true })).toBeVisible();
        await expect(panel.getByLabel(l.secret)).toHaveAttribute('aria-invalid', 'true');
        await page.setViewportSize({ width: 1280, height: 800 });
        await panel.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(OUT, `settings-accounts-too-short-${l.lang}-1280.png`) });
        await card.getByRole('heading', { name: l.title }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: join(OUT, `settings-accounts-top-${l.lang}-1280.png`) });

        // Remove asks first, then the panel is back to "not set up" and the file has no webhook.
        await panel.getByRole('button', { name: l.remove }).click();
        await panel.getByRole('group').getByRole('button', { name: l.remove }).click();
        await expect(panel.getByRole('status')).toHaveText(l.removed);
        await expect(panel.getByText(l.notSetUp)).toBeVisible();
        await expect(panel.getByLabel(l.url)).toHaveValue('');
        await expect(panel.getByText(l.savedHint)).toHaveCount(0);
        expect(await readFile(join(app.dataDir, 'accounts.json'), 'utf8')).not.toContain(receiver.url);
        expect(await page.evaluate(() => window.api.accounts.list({}))).toEqual({ ok: true, value: { accounts: [] } });
        await page.screenshot({ path: join(OUT, `settings-accounts-removed-${l.lang}-1280.png`) });
      } finally {
        await new Promise((resolve) => receiver.server.close(resolve));
      }
    });
  });
}
