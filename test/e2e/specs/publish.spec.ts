import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createEmptyCopy, createListing } from '../../../shared/model';
import { expect, test } from '../fixtures';
import { seedListings } from '../harness/seed';

/*
 * Publishing from the editor through the outbox to a signed webhook served by the test: a push
 * reaches "done" and the receiver stores one product per Idempotency-Key; a 500 (with
 * Retry-After) shows the translated retry message and the job then succeeds on its own; a 422
 * with field errors fails the job, lists the field, and Retry sends it again. The outbox view lists
 * every job and filters by state. Both UI languages, screenshots at 1440×900.
 */
const OUT = join(import.meta.dirname, '../../../test-results/screenshots');
const SECRET = 'e2e-webhook-secret-0123456789';

type Answer = { status: number; headers?: Record<string, string>; body: unknown };

interface Receiver {
  url: string;
  /** Every request in order: its key and whether its signature was right. */
  requests: { key: string; isSigned: boolean }[];
  /** One stored product per Idempotency-Key. */
  products: Map<string, unknown>;
  /** Answers used once each, before the normal 201. */
  failures: Answer[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function isSignedBy(secret: string, body: Buffer, header: string | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const got = Buffer.from(header ?? '');
  return got.length === expected.length && timingSafeEqual(got, expected);
}

async function startReceiver(): Promise<Receiver> {
  const requests: Receiver['requests'] = [];
  const products = new Map<string, unknown>();
  const failures: Answer[] = [];
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const key = String(req.headers['idempotency-key'] ?? '');
      const isSigned = isSignedBy(SECRET, body, req.headers['x-shelfready-signature']?.toString());
      requests.push({ key, isSigned });
      const answer: Answer = !isSigned
        ? { status: 401, body: { message: 'bad signature' } }
        : (failures.shift() ?? { status: products.has(key) ? 200 : 201, body: { id: `wh-${[...products.keys(), key].indexOf(key) + 1}`, created: !products.has(key) } });
      if (answer.status < 300) products.set(key, JSON.parse(body.toString('utf8')));
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/products`, requests, products, failures,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const LISTING = createListing(Date.now(), {
  spuCode: 'PUB-01', brand: '栖木', categoryPath: ['女装'],
  skus: [{ id: 's1', code: 'PUB-01-S', optionValues: [], price: '259', compareAtPrice: '', cost: '', stock: '12', barcode: '' }],
  copy: {
    'zh-CN': { ...createEmptyCopy(), title: '法式碎花连衣裙', description: '法式碎花连衣裙，柔软舒适。' },
    'en-US': { ...createEmptyCopy(), title: 'Floral Midi Dress', description: 'Floral Midi Dress: soft and comfortable.' },
  },
});

const LANGUAGES = [
  {
    lang: 'en', os: 'en-US', push: 'Push to Webhook', pushAnyway: 'Push anyway', sentRevision: /Sent: revision \d+/, alreadyPushed: 'This saved version is already on Webhook; nothing was sent again. Edit the listing to push a new version.', blockers: /^\d+ blockers?$/, done: 'Done', queued: 'Queued', failed: 'Failed',
    server: /The channel had an error on its side/, nextAttempt: /^Next attempt/, validation: /did not accept the listing/, retry: 'Retry the push to PUB-01 Webhook',
    remoteId: 'Remote ID: wh-1', outbox: 'Outbox', filter: 'Show', count3: '3 pushes', count0: '0 pushes', noAccounts: /No channel accounts yet/,
    channel: 'Channel', exportRun: 'Export…', exported: /Wrote \d+ files? to/,
  },
  {
    lang: 'zh-CN', os: 'zh-CN', push: '推送到Webhook', pushAnyway: '仍然推送', sentRevision: /已发送：第 \d+ 版/, alreadyPushed: '这个已保存的版本已经在Webhook上，没有重复发送。修改商品后可推送新版本。', blockers: /^\d+ 个阻断项$/, done: '已完成', queued: '排队中', failed: '失败',
    server: /渠道自身出错/, nextAttempt: /^下次尝试/, validation: /渠道未接受该商品/, retry: '重试推送到PUB-01 Webhook',
    remoteId: '远端 ID：wh-1', outbox: '发件箱', filter: '显示', count3: '3 次推送', count0: '0 次推送', noAccounts: /还没有渠道账号/,
    channel: '渠道', exportRun: '导出…', exported: /已写入 \d+ 个文件到/,
  },
] as const;

for (const l of LANGUAGES) {
  test.describe(`in ${l.lang}`, () => {
    test.use({ harnessOptions: { osLocale: l.os, locale: l.lang, viewport: { width: 1440, height: 900 } } });

    test('push to a signed webhook through the outbox: done, retried after a 500, failed on a 422 and retried, listed in the outbox', async ({ app }, testInfo) => {
      test.setTimeout(90_000);
      const { page } = app;
      const receiver = await startReceiver();
      try {
        await seedListings(app, [LISTING], '/');
        const row = page.getByTestId('catalog-row').filter({ hasText: 'PUB-01' });

        // Without an account the panel points to Settings.
        await row.click();
        const panel = page.getByTestId('publish-panel');
        await expect(panel.getByText(l.noAccounts)).toBeVisible();

        // The accounts UI is another screen's work: save the webhook account through the same api.
        const saved = await page.evaluate(([url, secret]) => window.api.accounts.save({ endpoint: { target: 'webhook', url }, secret: { secret } }), [receiver.url, SECRET] as const);
        expect(saved.ok).toBe(true);
        await page.reload();
        const webhook = panel.getByTestId('publish-target-webhook');
        await webhook.scrollIntoViewIfNeeded();
        const state = webhook.locator('.job-state');
        await expect(state).toHaveText(l.lang === 'en' ? 'Not pushed yet' : '尚未推送');

        // No photo yet: not ready for the own mall's rules, so Push asks first.
        await expect(webhook.locator('.readiness')).toHaveText(l.blockers);
        await webhook.getByRole('button', { name: l.push }).click();
        await webhook.getByRole('button', { name: l.pushAnyway }).click();
        await expect(state).toHaveText(l.done, { timeout: 15_000 });
        await expect(webhook.getByText(l.remoteId)).toBeVisible();
        expect(receiver.requests).toHaveLength(1);
        expect(receiver.requests.every((r) => r.isSigned)).toBe(true);
        await webhook.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(OUT, `publish-panel-${l.lang}.png`) });

        // Pushing the same saved revision again is the same job: nothing new is sent.
        await webhook.getByRole('button', { name: l.push }).click();
        await webhook.getByRole('button', { name: l.pushAnyway }).click();
        await expect(state).toHaveText(l.done);
        await expect(webhook.getByRole('status')).toHaveText(l.alreadyPushed);
        expect(receiver.requests).toHaveLength(1);

        // An export package for Shopify, written to the folder the (stand-in) folder dialog returns.
        const exportDir = testInfo.outputPath('exports');
        await mkdir(exportDir, { recursive: true });
        app.services.pickFolderPath = exportDir;
        const exporter = panel.getByTestId('export-package');
        await exporter.getByRole('combobox', { name: l.channel }).selectOption('shopify');
        await exporter.getByRole('button', { name: l.exportRun }).click();
        await expect(exporter.getByRole('status')).toContainText(l.exported, { timeout: 20_000 });
        await expect(exporter.getByRole('status')).toContainText(exportDir);
        await exporter.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(OUT, `publish-panel-export-${l.lang}.png`) });

        // A new revision, and the server fails once with a 500: the job waits and tries again by itself.
        await page.locator('#f-copy-en-US-title').fill('Floral Midi Dress with Pockets');
        receiver.failures.push({ status: 500, headers: { 'retry-after': '2' }, body: { message: 'database is restarting' } });
        await webhook.getByRole('button', { name: l.push }).click();
        await webhook.getByRole('button', { name: l.pushAnyway }).click();
        await expect(webhook.getByText(l.server)).toBeVisible({ timeout: 15_000 });
        await expect(state).toHaveText(l.queued);
        await expect(webhook.getByText(l.nextAttempt)).toBeVisible();
        await webhook.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(OUT, `publish-panel-retrying-${l.lang}.png`) });
        await expect(state).toHaveText(l.done, { timeout: 15_000 });
        await expect(webhook.getByText(l.server)).toHaveCount(0);

        // Another revision, refused with field errors: not retried; the field is listed; Retry sends it again.
        await page.locator('#f-copy-en-US-title').fill('Floral Midi Dress with Pockets and Belt');
        receiver.failures.push({ status: 422, body: { message: 'invalid product', fields: [{ field: 'skus[0].price', message: 'must be at least 300' }] } });
        await webhook.getByRole('button', { name: l.push }).click();
        await webhook.getByRole('button', { name: l.pushAnyway }).click();
        await expect(state).toHaveText(l.failed, { timeout: 15_000 });
        await expect(webhook.getByRole('alert')).toContainText(l.validation);
        await expect(webhook.getByText('must be at least 300')).toBeVisible();
        await webhook.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(OUT, `publish-panel-failed-${l.lang}.png`) });

        // The outbox lists the failed job with its error; Retry there sends it again.
        await page.getByRole('button', { name: l.outbox, exact: true }).click();
        const outbox = page.getByTestId('outbox-page');
        const jobs = outbox.locator('tbody tr');
        await expect(jobs).toHaveCount(3);
        const failedJob = jobs.first();
        await expect(failedJob.locator('.job-state')).toHaveText(l.failed);
        await expect(failedJob).toContainText(l.validation);
        await page.screenshot({ path: join(OUT, `outbox-failed-${l.lang}.png`) });
        await failedJob.getByRole('button', { name: l.retry }).click();
        await expect(failedJob.locator('.job-state')).toHaveText(l.done, { timeout: 15_000 });

        // Three revisions, three keys, one stored product each; 5 requests (1 + 500-then-ok + 422-then-ok).
        expect(receiver.products.size).toBe(3);
        expect(receiver.requests).toHaveLength(5);
        expect(new Set(receiver.requests.map((r) => r.key)).size).toBe(3);
        expect(receiver.requests.every((r) => r.isSigned)).toBe(true);

        // The outbox view lists the three jobs, newest first, and filters by state.
        await expect(outbox.getByRole('status')).toHaveText(l.count3);
        for (const job of await jobs.all()) {
          await expect(job).toContainText('PUB-01');
          await expect(job.locator('.job-state')).toHaveText(l.done);
        }
        // Newest first: the 422 job (Retry starts a fresh run of attempts), the 500 one (two attempts), the first.
        await expect(jobs.locator('td.num')).toHaveText(['1', '2', '1']);
        // Each row keeps what it sent: the listing revision as queued, its SKUs with price and stock.
        const sent = jobs.last().locator('details.sent-snapshot');
        await sent.locator('summary').click();
        await expect(sent).toContainText(l.sentRevision);
        await page.screenshot({ path: join(OUT, `outbox-${l.lang}.png`) });
        await outbox.getByRole('combobox', { name: l.filter }).selectOption('failed');
        await expect(jobs).toHaveCount(0);
        await expect(outbox.getByRole('status')).toHaveText(l.count0);
        await outbox.getByRole('combobox', { name: l.filter }).selectOption('done');
        await expect(jobs).toHaveCount(3);
      } finally {
        await receiver.close();
      }
    });
  });
}
