import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAssetStore, type ImportResult } from '../../../electron/services/asset-store';
import type { ImageRule } from '../../../shared/images/types';
import type { SizeChartData } from '../../../shared/size-chart/output';
import { createCapturedLogger } from './capture-logger';
import { createFakeEngine } from './fake-image-engine';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

const RULE: ImageRule = {
  id: 'taobao.main.v1',
  channel: 'taobao',
  slot: 'main',
  width: 800,
  height: 800,
  fit: 'pad',
  format: 'jpeg',
  maxBytes: 3_000_000,
  minQuality: 60,
  minSourcePx: 700,
  requiresWhiteBackground: false,
  source: 'test',
  confidence: 'verified',
  effectiveFrom: '2026-01-01',
};

async function setup() {
  const dataDir = await makeDir();
  const inbox = await makeDir();
  const engine = createFakeEngine();
  const { logger } = await createCapturedLogger();
  const store = createAssetStore({ dataDir, engine, logger });
  const put = async (name: string, content: string) => {
    const path = join(inbox, name);
    await writeFile(path, content);
    return path;
  };
  return { dataDir, inbox, engine, store, put };
}

function okMeta(result: ImportResult | undefined) {
  if (result === undefined || !result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result;
}

describe('asset store: import', () => {
  it('stores an original under assets/<hash[0..2]>/<hash>.<ext> and returns its meta with the content hash', async () => {
    const { dataDir, store, put } = await setup();
    const path = await put('WM26F-00164_1.jpg', 'photo one');
    const [result] = await store.importPaths([path]);
    const hash = sha('photo one');
    expect(result).toMatchObject({ name: 'WM26F-00164_1.jpg', path, ok: true, isNew: true, meta: { hash, format: 'jpeg', bytes: 9 } });
    expect(await readFile(join(dataDir, 'assets', hash.slice(0, 2), `${hash}.jpg`), 'utf8')).toBe('photo one');
    expect(await store.has(hash)).toBe(true);
    // Nothing left behind in the incoming folder.
    expect(await readdir(join(dataDir, 'assets', 'incoming'))).toEqual([]);
  });

  it('stores the same photo once however often it is dropped, and does not decode it again', async () => {
    const { dataDir, engine, store, put } = await setup();
    const a = await put('a.jpg', 'same bytes');
    const b = await put('b.jpg', 'same bytes');
    const first = await store.importPaths([a]);
    const second = await store.importPaths([a, b]);
    expect(first.map((r) => r.ok && r.isNew)).toEqual([true]);
    expect(second.map((r) => r.ok && r.isNew)).toEqual([false, false]);
    expect(okMeta(second[1]).meta).toEqual(okMeta(first[0]).meta);
    expect(engine.calls.probe).toHaveLength(1);
    const hash = sha('same bytes');
    expect((await readdir(join(dataDir, 'assets', hash.slice(0, 2)))).sort()).toEqual([`${hash}.jpg`, `${hash}.json`]);
  });

  it('two copies of one photo in the same call: stored once, one isNew', async () => {
    const { engine, store, put } = await setup();
    const paths = await Promise.all(['x1.jpg', 'x2.jpg', 'x3.jpg'].map((name) => put(name, 'twin')));
    const results = await store.importPaths(paths);
    expect(results.filter((r) => r.ok && r.isNew)).toHaveLength(1);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(engine.calls.probe).toHaveLength(1);
  });

  it('gives each bad file its code, stores nothing for it, and carries on with the others, in input order', async () => {
    const { dataDir, inbox, store, put } = await setup();
    const good = await put('good.jpg', 'good');
    const bad = await put('notes.jpg', 'BAD text');
    const empty = await put('empty.jpg', '');
    const results = await store.importPaths([bad, good, empty, join(inbox, 'gone.jpg'), 'relative/x.jpg']);
    expect(results.map((r) => (r.ok ? 'ok' : r.error))).toEqual(['not-an-image', 'ok', 'empty-file', 'file-gone', 'file-gone']);
    expect(results.map((r) => r.name)).toEqual(['notes.jpg', 'good.jpg', 'empty.jpg', 'gone.jpg', 'x.jpg']);
    expect(await store.has(sha('BAD text'))).toBe(false);
    expect(await readFile(bad, 'utf8')).toBe('BAD text');
    const shards = (await readdir(join(dataDir, 'assets'))).filter((name) => name !== 'incoming');
    expect(shards).toEqual([sha('good').slice(0, 2)]);
  });

  it('expands a folder to its image files, not recursively, skipping symlinks, hidden and temp files', async () => {
    const { inbox, store, put } = await setup();
    await put('ABC_2.jpg', 'two');
    await put('ABC_10.jpg', 'ten');
    await put('ABC_1.png', 'one');
    await put('.DS_Store', 'mac');
    await put('~$ABC.jpg', 'lock');
    await put('ABC_3.jpg.part', 'partial');
    await put('readme.txt', 'text');
    await mkdir(join(inbox, 'sub'));
    await writeFile(join(inbox, 'sub', 'ABC_4.jpg'), 'nested');
    await symlink(join(inbox, 'ABC_1.png'), join(inbox, 'ABC_9.png'));
    const results = await store.importPaths([inbox]);
    expect(results.map((r) => r.name)).toEqual(['ABC_1.png', 'ABC_2.jpg', 'ABC_10.jpg']);
  });

  it('refuses a symlink given directly (regular files only)', async () => {
    const { inbox, store, put } = await setup();
    const target = await put('real.jpg', 'real');
    await symlink(target, join(inbox, 'link.jpg'));
    const [result] = await store.importPaths([join(inbox, 'link.jpg')]);
    expect(result).toMatchObject({ ok: false, error: 'not-an-image' });
  });

  it('imports pasted bytes, deduplicated against files', async () => {
    const { store, put } = await setup();
    const pasted = await store.importBytes('clipboard.png', new TextEncoder().encode('pasted'));
    expect(pasted).toMatchObject({ name: 'clipboard.png', path: '', ok: true, isNew: true, meta: { hash: sha('pasted') } });
    const [again] = await store.importPaths([await put('p.jpg', 'pasted')]);
    expect(again).toMatchObject({ ok: true, isNew: false });
    expect(await store.importBytes('x.png', new Uint8Array())).toMatchObject({ ok: false, error: 'empty-file' });
    expect(await store.importBytes('x.png', new TextEncoder().encode('BAD'))).toMatchObject({ ok: false, error: 'not-an-image' });
  });
});

describe('asset store: thumbnails and renditions', () => {
  it('makes a thumbnail once and serves it from thumbs/<hash>.webp after that', async () => {
    const { dataDir, engine, store, put } = await setup();
    const meta = okMeta((await store.importPaths([await put('a.jpg', 'pic')]))[0]).meta;
    const first = await store.thumbnail(meta.hash);
    const second = await store.thumbnail(meta.hash);
    expect(first.ok && Buffer.from(first.value).toString()).toBe('THUMB:pic');
    expect(second).toEqual(first);
    expect(first.ok && first.value.constructor).toBe(Uint8Array);
    expect(engine.calls.thumbnail).toHaveLength(1);
    expect(await readdir(join(dataDir, 'thumbs'))).toEqual([`${meta.hash}.webp`]);
    expect(await store.thumbnail('0'.repeat(64))).toMatchObject({ ok: false, code: 'file-gone' });
  });

  it('renders once per (hash, rule); a second render is cached and never reaches the engine', async () => {
    const { dataDir, engine, store, put } = await setup();
    const { hash } = okMeta((await store.importPaths([await put('a.jpg', 'pic')]))[0]).meta;
    const first = await store.render(hash, RULE);
    const second = await store.render(hash, RULE);
    const key = `${hash}-taobao.main.v1`;
    expect(first).toMatchObject({ ok: true, value: { key, assetHash: hash, ruleId: RULE.id, isCached: false, format: 'jpeg' } });
    expect(second).toMatchObject({ ok: true, value: { key, isCached: true } });
    expect(engine.calls.render).toHaveLength(1);
    expect((await readdir(join(dataDir, 'renditions'))).sort()).toEqual([`${key}.jpeg`, `${key}.json`]);
    const preview = await store.readRendition(key);
    expect(preview?.format).toBe('jpeg');
    expect(Buffer.from(preview?.bytes ?? []).toString()).toBe('R:taobao.main.v1:pic');
    // Another rule, or the same id with changed parameters, renders again.
    await store.render(hash, { ...RULE, width: 1000 });
    await store.render(hash, { ...RULE, id: 'taobao.gallery.v1', slot: 'gallery' });
    expect(engine.calls.render).toHaveLength(3);
    expect(await store.readRendition('../../etc/passwd')).toBeNull();
    expect(await store.render('f'.repeat(64), RULE)).toMatchObject({ ok: false, code: 'file-gone' });
  });

  it('a new store on the same folder still has the cache (nothing decoded again after a restart)', async () => {
    const { dataDir, store, put } = await setup();
    const { hash } = okMeta((await store.importPaths([await put('a.jpg', 'pic')]))[0]).meta;
    await store.render(hash, RULE);
    const engine = createFakeEngine();
    const { logger } = await createCapturedLogger();
    const reopened = createAssetStore({ dataDir, engine, logger });
    expect(await reopened.render(hash, RULE)).toMatchObject({ ok: true, value: { isCached: true } });
    expect(await reopened.importPaths([await put('b.jpg', 'pic')])).toMatchObject([{ ok: true, isNew: false }]);
    expect(engine.calls).toEqual({ probe: [], thumbnail: [], render: [], sizeChart: [] });
  });
});

describe('size charts drawn once', () => {
  const data: SizeChartData = { unit: 'cm', locales: ['zh-CN'], title: ['尺码表'], notes: [], columns: [{ kind: 'size', labels: ['尺码'] }], rows: [['S'], ['M']] };

  it('draws a chart once per data and size, and hands out the same drawing after that', async () => {
    const { store, engine, dataDir } = await setup();
    const size = { width: 750, maxHeight: 2000 };
    // Two at once (a launch exports its channels together) share one drawing.
    const [a, b] = await Promise.all([store.sizeChartFile(data, size), store.sizeChartFile(data, size)]);
    expect(a).toEqual({ ok: true, value: { drawn: true, path: expect.stringContaining(join(dataDir, 'size-charts')), width: 750, height: 100 } });
    expect(b).toEqual(a);
    expect(await store.sizeChartFile(data, size)).toEqual(a);
    expect(engine.calls.sizeChart).toHaveLength(1);
    if (!a.ok || !a.value.drawn) throw new Error('not drawn');
    expect(await readFile(a.value.path, 'utf8')).toBe('SIZECHART:750:S,M');

    // Another width, or other data, is another drawing; a store opened again still has the first.
    await store.sizeChartFile(data, { width: 1000, maxHeight: 4000 });
    await store.sizeChartFile({ ...data, rows: [['L']] }, size);
    expect(engine.calls.sizeChart).toHaveLength(3);
    const { logger } = await createCapturedLogger();
    const reopened = createAssetStore({ dataDir, engine, logger });
    expect(await reopened.sizeChartFile(data, size)).toEqual(a);
    expect(engine.calls.sizeChart).toHaveLength(3);
  });
});
