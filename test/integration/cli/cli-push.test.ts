import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { signWebhookBody } from '../../../electron/services/connectors/webhook';
import type { Listing } from '../../../shared/model/listing';
import { jsonOf, startFakeServer, type FakeServer } from '../connectors/fake-server';
import { copySample, removeDir, runCli, tempDir } from './cli-process';

/*
 * `shelfready push` to a local webhook receiver (signature checked, upsert by SPU): the readiness
 * gate, the journal, a rerun that retries only the failed item, --force, and bad account files.
 */

const SECRET = 'whsec_cli_test_0123456789';
const dirs: string[] = [];
const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(dirs.splice(0).map(removeDir));
});

interface PushJson {
  summary: { listings: number; pushed: number; already: number; failed: number; notReady: number };
  journal: string;
  items: { spuCode: string; status: string; remoteId: string | null; idempotencyKey: string | null; error: { kind: string } | null }[];
}

async function receiver(rejectOnce: string) {
  const products = new Map<string, string>();
  let isRejecting = true;
  const server = await startFakeServer((req) => {
    const signature = String(req.headers['x-shelfready-signature'] ?? '');
    if (signature !== signWebhookBody(SECRET, req.body)) return { status: 401, body: { message: 'bad signature' } };
    const body = jsonOf(req) as { ping?: boolean; listing?: { spuCode: string } };
    if (body.ping === true) return { status: 200, body: { ok: true } };
    const spu = body.listing?.spuCode ?? '';
    if (spu === rejectOnce && isRejecting) {
      isRejecting = false;
      return { status: 422, body: { message: 'unknown category' } };
    }
    const id = products.get(spu) ?? `mall-${products.size + 1}`;
    products.set(spu, id);
    return { status: 200, body: { id, created: true, variantIds: {} } };
  });
  servers.push(server);
  return { server, products };
}

const T = 180_000;

describe('shelfready push', () => {
  it('pushes ready listings, journals each, and a rerun retries only what failed', async () => {
    const dir = await tempDir('push');
    dirs.push(dir);
    const cacheDir = join(dir, 'cache');
    const bundle = await copySample(dir);
    // The first listing loses its photos, so it is not ready for the own mall (the webhook's gate).
    const listingsPath = join(bundle, 'listings.json');
    const listings = JSON.parse(await readFile(listingsPath, 'utf8')) as Listing[];
    const [first, second] = listings;
    if (!first || !second) throw new Error('sample launch changed');
    first.images = [];
    await writeFile(listingsPath, JSON.stringify(listings, null, 2));

    const { server, products } = await receiver(second.spuCode);
    const account = join(dir, 'account.json');
    await writeFile(account, JSON.stringify({ target: 'webhook', url: `${server.url}/hooks/shelfready`, secret: SECRET }));
    const args = ['push', bundle, '--channel', 'webhook', '--account', account, '--json'];

    const run1 = await runCli(args, { cacheDir });
    expect(run1.code).toBe(1);
    const json1 = JSON.parse(run1.stdout) as PushJson;
    expect(json1.summary).toEqual({ listings: 12, pushed: 10, already: 0, failed: 1, notReady: 1 });
    expect(json1.items.find((i) => i.spuCode === first.spuCode)?.status).toBe('notReady');
    expect(json1.items.find((i) => i.spuCode === second.spuCode)?.error?.kind).toBe('validation');
    expect(server.violations).toEqual([]);
    expect(await readdir(join(bundle, '.shelfready'))).toEqual([expect.stringMatching(/^push-webhook-[0-9a-f]{8}\.json$/)]);
    const journal = JSON.parse(await readFile(json1.journal, 'utf8')) as { items: Record<string, { status: string; contentHash: string; revision: number }> };
    const statuses = Object.values(journal.items).map((e) => e.status);
    expect(statuses.filter((s) => s === 'done')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'failed')).toHaveLength(1);
    const requestsAfterFirst = server.requests.length;

    const run2 = await runCli(args, { cacheDir });
    expect(run2.code).toBe(1); // the not-ready listing is still reported
    expect((JSON.parse(run2.stdout) as PushJson).summary).toEqual({ listings: 12, pushed: 1, already: 10, failed: 0, notReady: 1 });
    expect(server.requests.length - requestsAfterFirst).toBe(1);

    const run3 = await runCli([...args, '--force'], { cacheDir });
    expect(run3.code).toBe(0);
    expect((JSON.parse(run3.stdout) as PushJson).summary).toEqual({ listings: 12, pushed: 1, already: 11, failed: 0, notReady: 0 });
    expect(products.size).toBe(12);
    // Human output of a finished launch: every listing already done.
    const run4 = await runCli(['push', bundle, '--channel', 'webhook', '--account', account, '--force'], { cacheDir });
    expect(run4.code).toBe(0);
    expect(run4.stdout).toContain('0 pushed, 12 already done, 0 failed, 0 not ready');
  }, T);

  it('refuses an account file that does not fit the schema (exit 2)', async () => {
    const dir = await tempDir('account');
    dirs.push(dir);
    const cacheDir = join(dir, 'cache');
    const account = join(dir, 'account.json');
    const push = () => runCli(['push', dir, '--channel', 'webhook', '--account', account], { cacheDir });

    await writeFile(account, JSON.stringify({ target: 'webhook', url: 'https://mall.example.com/hook', secret: 'short' }));
    let run = await push();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not valid: secret: at least 16 characters');

    await writeFile(account, JSON.stringify({ target: 'webhook', url: 'not a url', secret: SECRET }));
    run = await push();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not valid: url:');

    await writeFile(account, '{ nope');
    run = await push();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read the account file');

    await writeFile(account, JSON.stringify({ target: 'shopify', shopDomain: 'x.myshopify.com', accessToken: 'shpat_x' }));
    run = await push();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('The account file is for “shopify”, not “webhook”.');
  }, T);
});
