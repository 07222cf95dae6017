import { access, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copySample, removeDir, runCli, SAMPLE, tempDir } from './cli-process';

/*
 * `shelfready` end to end on the sample launch, as a child process (tsx on the source). Each test
 * has its own work folder and image cache. Sample facts (test/fixtures/make-sample-launch.ts):
 * DR26A-002 is too long for Taobao, SN26A-009 lacks a barcode and CT26W-011 a white-background
 * main image for Amazon; everything is ready for Shopify.
 */

const dirs: string[] = [];
async function work(prefix: string): Promise<{ dir: string; cacheDir: string }> {
  const dir = await tempDir(prefix);
  dirs.push(dir);
  return { dir, cacheDir: join(dir, 'cache') };
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

const AS_OF = ['--as-of', '2026-11-25'];
const T = 120_000;

interface CheckJson {
  command: string;
  asOf: string;
  channels: string[];
  summary: { listings: number; ready: number; notReady: number; channels: { channel: string; ready: number; notReady: number }[] };
  listings: {
    listingId: string; spuCode: string; ready: boolean;
    channels: { channel: string; ready: boolean | null; blockers: number; locales: { locale: string; ready: boolean; items: { code: string; severity: string; message: string; ruleId: string }[] }[] }[];
  }[];
}

describe('shelfready', () => {
  it('lists the channels and their rules as JSON', async () => {
    const { cacheDir } = await work('channels');
    const run = await runCli(['channels', '--json'], { cacheDir });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { channels: { id: string; rules: { id: string; source: string; effectiveFrom: string; confidence: string }[] }[] };
    expect(json.channels.map((c) => c.id)).toContain('taobao');
    const amazon = json.channels.find((c) => c.id === 'amazon');
    expect(amazon?.rules.length).toBeGreaterThan(3);
    for (const rule of amazon?.rules ?? []) {
      expect(rule.source).not.toBe('');
      expect(rule.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  }, T);

  it('checks the sample launch: some listings are not ready (exit 1), with the documented JSON', async () => {
    const { cacheDir } = await work('check');
    const run = await runCli(['check', SAMPLE, '--json', ...AS_OF], { cacheDir });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.command).toBe('check');
    expect(json.channels).toEqual(['taobao', 'amazon', 'shopify']);
    expect(json.summary).toMatchObject({ listings: 12, notReady: 3, ready: 9 });
    expect(json.summary.channels).toEqual([
      { channel: 'taobao', ready: 11, notReady: 1, notChecked: 0 },
      { channel: 'amazon', ready: 10, notReady: 2, notChecked: 0 },
      { channel: 'shopify', ready: 12, notReady: 0, notChecked: 0 },
    ]);
    const dress = json.listings.find((l) => l.spuCode === 'DR26A-002');
    const taobao = dress?.channels.find((c) => c.channel === 'taobao');
    expect(taobao?.ready).toBe(false);
    const blocker = taobao?.locales[0]?.items.find((i) => i.severity === 'blocker');
    expect(blocker?.code).toBe('title.tooLong');
    expect(blocker?.message).toMatch(/The title is \d+ units long; the limit is 60/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, T);

  it('exits 0 when every listing is ready for the channels asked for, and prints a table', async () => {
    const { cacheDir } = await work('check-shopify');
    const run = await runCli(['check', SAMPLE, '--channel', 'shopify', ...AS_OF], { cacheDir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ shopify');
    expect(run.stdout).toContain('Ready: shopify 12/12');
  }, T);

  it('speaks Chinese with --lang zh-CN', async () => {
    const { cacheDir } = await work('zh');
    const run = await runCli(['check', SAMPLE, '--channel', 'taobao', '--lang', 'zh-CN', ...AS_OF], { cacheDir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('未就绪');
    expect(run.stdout).toContain('可上架：taobao 11/12');
    const usage = await runCli(['check', SAMPLE, '--bogus'], { cacheDir, env: { LANG: 'zh_CN.UTF-8' } });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('请运行');
  }, T);

  it('renders every image for a channel', async () => {
    const { dir, cacheDir } = await work('render');
    const out = join(dir, 'renditions');
    const run = await runCli(['render', SAMPLE, '--channel', 'shopify', '--out', out, '--json'], { cacheDir });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { summary: { listings: number; images: number; failed: number }; listings: { folder: string; files: { path: string }[] }[] };
    expect(json.summary.listings).toBe(12);
    expect(json.summary.failed).toBe(0);
    expect(json.summary.images).toBeGreaterThan(12);
    for (const listing of json.listings) for (const file of listing.files) await access(file.path);
    expect((await readdir(out)).sort()).toContain('DR26A-001');
  }, T);

  it('exports Taobao, Amazon and Shopify packages with the ready listings', async () => {
    const { dir, cacheDir } = await work('export');
    const out = join(dir, 'out');
    const run = await runCli(['export', SAMPLE, '--channel', 'taobao', '--channel', 'amazon', '--channel', 'shopify', '--out', out, '--json', '--progress', ...AS_OF], { cacheDir });
    expect(run.code).toBe(1); // the not-ready listings were skipped
    const json = JSON.parse(run.stdout) as { channels: { channel: string; ok: boolean; folder: string; zip: string; files: string[]; exported: unknown[]; skippedNotReady: { spuCode: string }[] }[] };
    expect(json.channels.map((c) => [c.channel, c.ok, c.exported.length, c.skippedNotReady.map((s) => s.spuCode).sort()])).toEqual([
      ['taobao', true, 11, ['DR26A-002']],
      ['amazon', true, 10, ['CT26W-011', 'SN26A-009']],
      ['shopify', true, 12, []],
    ]);
    for (const c of json.channels) {
      await access(c.zip);
      expect(c.files.some((f) => f.startsWith('images/'))).toBe(true);
      for (const f of c.files) await access(join(c.folder, ...f.split('/')));
    }
    expect(run.stderr).toMatch(/^\d+\/\d+ rendering for amazon$/m);
  }, T);

  it('refuses bad bundles with readable messages (exit 2)', async () => {
    const { dir, cacheDir } = await work('bad');
    const missing = await runCli(['check', join(dir, 'nope')], { cacheDir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot be used');
    expect(missing.stderr).toContain('is not there');

    const bundle = await copySample(dir);
    const manifestPath = join(bundle, 'bundle.json');
    const original = await readFile(manifestPath, 'utf8');
    const manifest = JSON.parse(original) as { version: number; images: Record<string, { file: string }> };

    await writeFile(manifestPath, JSON.stringify({ ...manifest, version: 99 }));
    const newer = await runCli(['check', bundle], { cacheDir });
    expect(newer.code).toBe(2);
    expect(newer.stderr).toContain('made by a newer ShelfReady (format version 99; this one reads up to 1)');

    const [firstId, firstImage] = Object.entries(manifest.images)[0] ?? [];
    expect(firstId).toBeDefined();
    await writeFile(manifestPath, JSON.stringify({ ...manifest, images: { ...manifest.images, [firstId ?? '']: { file: '../../etc/passwd' } } }));
    const escaping = await runCli(['check', bundle, '--json'], { cacheDir });
    expect(escaping.code).toBe(2);
    expect(escaping.stderr).toContain('an image path leads outside the bundle folder');
    const error = (JSON.parse(escaping.stdout) as { error: { code: string; details: string[] } }).error;
    expect(error.code).toBe('bundle.refused');
    expect(error.details[0]).toContain('../../etc/passwd');

    await writeFile(manifestPath, original);
    await rm(join(bundle, ...(firstImage?.file ?? '').split('/')));
    const noImage = await runCli(['check', bundle], { cacheDir });
    expect(noImage.code).toBe(2);
    expect(noImage.stderr).toContain('an image file is missing');
    for (const run of [missing, newer, escaping, noImage]) expect(run.stderr).not.toMatch(/\n\s+at /);
  }, T);

  it('treats usage errors as exit 2', async () => {
    const { cacheDir } = await work('usage');
    const flag = await runCli(['check', SAMPLE, '--bogus'], { cacheDir });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--bogus'");
    expect((await runCli(['frobnicate'], { cacheDir })).code).toBe(2);
    expect((await runCli(['check', SAMPLE, '--channel', 'ebay'], { cacheDir })).stderr).toContain('Unknown channel “ebay”');
    expect((await runCli(['export', SAMPLE, '--channel', 'own-mall', '--out', cacheDir], { cacheDir })).code).toBe(2);
    expect((await runCli(['check', SAMPLE, '--as-of', '2026-02-30'], { cacheDir })).code).toBe(2);
    expect((await runCli([], { cacheDir })).code).toBe(2);
    const help = await runCli(['--help'], { cacheDir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('shelfready check <bundle>');
  }, T);
});
