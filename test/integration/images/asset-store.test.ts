import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssetStore, type AssetStore } from '../../../electron/services/asset-store';
import type { ImageEngine } from '../../../electron/services/image-engine';
import type { ImagePool } from '../../../electron/services/image-pool';
import { createLogger } from '../../../electron/services/logger';
import { findImageRule } from '../../../shared/rules/image-rules';
import { noisy, startPool, WORKER_TEST_TIMEOUT_MS } from './fixtures';

/* The asset store over the real worker pool: real JPEG/PNG in, meta, thumbnails, renditions, bad files. */

let dir: string;
let pool: ImagePool;
let store: AssetStore;
const decodes = { probe: 0, thumbnail: 0, render: 0 };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shelfready-asset-store-'));
  pool = startPool(2);
  // Counts what reaches the workers, so "never decoded again" is measured, not assumed.
  const counted: ImageEngine = {
    probe: (...args) => ((decodes.probe += 1), pool.probe(...args)),
    thumbnail: (...args) => ((decodes.thumbnail += 1), pool.thumbnail(...args)),
    render: (...args) => ((decodes.render += 1), pool.render(...args)),
    sizeChart: (...args) => pool.sizeChart(...args),
    close: () => pool.close(),
  };
  store = createAssetStore({ dataDir: join(dir, 'data'), engine: counted, logger: await createLogger({ stderr: false }) });
}, WORKER_TEST_TIMEOUT_MS);

afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
}, WORKER_TEST_TIMEOUT_MS);

describe('asset store on the worker pool', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('imports real photos with their meta, once, and gives bad files their codes alongside', async () => {
    const jpeg = join(dir, 'WM26F-00164_1.jpg');
    await noisy(1600, 1200).jpeg({ quality: 90 }).toFile(jpeg);
    const png = join(dir, 'WM26F-00164_燕麦色_1.png');
    await sharp({ create: { width: 300, height: 400, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 0.5 } } }).png().toFile(png);
    const text = join(dir, 'notes.jpg');
    await writeFile(text, 'not a jpeg at all');
    const truncated = join(dir, 'cut.jpg');
    await writeFile(truncated, (await readFile(jpeg)).subarray(0, 4000));

    const results = await store.importPaths([jpeg, text, png, truncated, jpeg]);
    expect(results.map((r) => (r.ok ? `ok:${String(r.isNew)}` : r.error))).toEqual(['ok:true', 'not-an-image', 'ok:true', 'truncated', 'ok:false']);
    expect(results[0]).toMatchObject({ ok: true, meta: { format: 'jpeg', width: 1600, height: 1200, space: 'srgb' } });
    expect(results[2]).toMatchObject({ ok: true, meta: { format: 'png', width: 300, height: 400, hasAlpha: true } });
    const shards = (await readdir(join(dir, 'data', 'assets'))).filter((name) => name !== 'incoming');
    expect(shards).toHaveLength(2);
  });

  it('thumbnails are WebP of at most 320 px; renditions are cached by (hash, rule): the second pass decodes nothing', async () => {
    const path = join(dir, 'ABC_2.jpg');
    await noisy(1000, 1000).jpeg().toFile(path);
    const [result] = await store.importPaths([path]);
    if (result?.ok !== true) throw new Error(JSON.stringify(result));
    const thumb = await store.thumbnail(result.meta.hash);
    if (!thumb.ok) throw new Error(thumb.code);
    const info = await sharp(thumb.value).metadata();
    expect(info.format).toBe('webp');
    expect(Math.max(info.width, info.height)).toBeLessThanOrEqual(320);

    const rules = [findImageRule('taobao', 'main'), findImageRule('amazon', 'main'), findImageRule('shopify', 'main')].filter((r) => r !== undefined);
    expect(rules).toHaveLength(3);
    const first = await Promise.all(rules.map((rule) => store.render(result.meta.hash, rule)));
    expect(first.map((r) => r.ok && r.value.isCached)).toEqual([false, false, false]);
    const before = { ...decodes };
    const second = await Promise.all(rules.map((rule) => store.render(result.meta.hash, rule)));
    await store.thumbnail(result.meta.hash);
    await store.importPaths([path]);
    expect(second.map((r) => r.ok && r.value.isCached)).toEqual([true, true, true]);
    expect(decodes).toEqual(before);
    for (const r of second) {
      if (!r.ok) throw new Error(r.code);
      const preview = await store.readRendition(r.value.key);
      expect(preview?.bytes.byteLength).toBe(r.value.bytes);
    }
  });
});
