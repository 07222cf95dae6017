import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slugOf } from '../../../electron/services/connectors/vendure-mapping';
import { startVendure, SUPERADMIN, VENDURE_BOOT_TIMEOUT_MS, type VendureTestServer } from '../vendure/vendure-server';
import { removeDir, runCli, startCli, tempDir } from './cli-process';
import { writeGeneratedBundle } from './generated-bundle';

/*
 * The crash test: a launch of generated listings pushed to a real local Vendure, the CLI killed
 * (SIGKILL, no chance to clean up) once part of it is done, then run again. The rerun must finish,
 * skip every listing the journal has as done (checked by the CLI's counts and independently by
 * Vendure's updatedAt of those products), and Vendure must hold each product exactly once.
 *
 * Size: the 500 listings. Vendure (sql.js, in this process) takes ~0.5 s per product on a
 * 2-core machine even with 4 pushes at once and gets slower as it fills: 500 took 322 s here, the
 * slowest test of the suite. SHELFREADY_CRASH_LISTINGS=100 makes a quick local run.
 */

const COUNT = Number(process.env.SHELFREADY_CRASH_LISTINGS ?? 500);
const KILL_AFTER = Math.floor(COUNT * 0.4);

let server: VendureTestServer;
let work: string;
let token = '';

async function admin<T>(query: string): Promise<T> {
  if (!token) {
    const login = await fetch(server.adminApiUrl, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }', variables: { u: SUPERADMIN.username, p: SUPERADMIN.password } }),
    });
    token = login.headers.get('vendure-auth-token') ?? '';
  }
  const response = await fetch(server.adminApiUrl, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function products(): Promise<{ totalItems: number; items: { slug: string; updatedAt: string }[] }> {
  const items: { slug: string; updatedAt: string }[] = [];
  let totalItems = 0;
  for (let skip = 0; ; skip += 100) {
    const page = await admin<{ products: { totalItems: number; items: { slug: string; updatedAt: string }[] } }>(
      `{ products(options: { skip: ${skip}, take: 100 }) { totalItems items { slug updatedAt } } }`,
    );
    totalItems = page.products.totalItems;
    items.push(...page.products.items);
    if (page.products.items.length < 100) break;
  }
  return { totalItems, items };
}

beforeAll(async () => {
  server = await startVendure({ currency: 'CNY' });
  work = await tempDir('crash');
}, VENDURE_BOOT_TIMEOUT_MS);

afterAll(async () => {
  await server?.stop();
  if (work) await removeDir(work);
});

describe('shelfready push after a crash', () => {
  it(`completes a ${COUNT}-listing push to Vendure killed at ${KILL_AFTER}, pushing each product once`, async () => {
    const started = performance.now();
    const { dir, spuCodes } = await writeGeneratedBundle(work, COUNT);
    const account = join(work, 'account.json');
    await writeFile(account, JSON.stringify({ target: 'own-mall', adminApiUrl: server.adminApiUrl, username: SUPERADMIN.username, password: SUPERADMIN.password }));
    const journalPath = join(work, 'journal.json');
    const cacheDir = join(work, 'cache');
    // --force: generated listings are not all ready for the own mall; this test is about resuming.
    const args = ['push', dir, '--channel', 'own-mall', '--account', account, '--state', journalPath, '--force', '--concurrency', '4', '--json'];

    // Killed as soon as its own progress line says KILL_AFTER listings are finished.
    let isKilled = false;
    let pending = '';
    const first = startCli([...args, '--progress'], {
      cacheDir,
      onStderr: (text, child) => {
        // Whole lines only: a chunk may end in the middle of one.
        pending += text;
        const cut = pending.lastIndexOf('\n') + 1;
        const lines = pending.slice(0, cut);
        pending = pending.slice(cut);
        const counts = [...lines.matchAll(/^(\d+)\/\d+ pushing to/gm)].map((m) => Number(m[1]));
        if (!isKilled && counts.some((n) => n >= KILL_AFTER)) {
          isKilled = true;
          child.kill('SIGKILL');
        }
      },
    });
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    const killedAt = performance.now();

    const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { items: Record<string, { status: string; spuCode: string }> };
    const done = Object.values(journal.items).filter((e) => e.status === 'done');
    expect(done.length).toBeGreaterThanOrEqual(KILL_AFTER - 4);
    expect(done.length).toBeLessThan(COUNT);
    const before = new Map((await products()).items.map((p) => [p.slug, p.updatedAt]));

    const rerun = await runCli(args, { cacheDir });
    const finished = performance.now();
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    const summary = (JSON.parse(rerun.stdout) as { summary: { pushed: number; already: number; failed: number } }).summary;
    expect(summary).toEqual({ listings: COUNT, pushed: COUNT - done.length, already: done.length, failed: 0, notReady: 0 });

    const after = await products();
    expect(after.totalItems).toBe(COUNT);
    expect(new Set(after.items.map((p) => p.slug))).toEqual(new Set(spuCodes.map((s) => slugOf(s))));
    // Finished before the kill → not touched by the rerun.
    const updatedAt = new Map(after.items.map((p) => [p.slug, p.updatedAt]));
    for (const entry of done) expect(updatedAt.get(slugOf(entry.spuCode))).toBe(before.get(slugOf(entry.spuCode)));

    process.stdout.write(`crash test: ${COUNT} listings, killed after ${done.length} done (${((killedAt - started) / 1000).toFixed(1)} s), rerun pushed ${summary.pushed} and skipped ${summary.already} in ${((finished - killedAt) / 1000).toFixed(1)} s; total ${((finished - started) / 1000).toFixed(1)} s\n`);
  }, 900_000);
});
