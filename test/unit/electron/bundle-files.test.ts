import { readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundle, writeBundle } from '../../../electron/services/bundle-files';
import type { Listing } from '../../../shared/model/listing';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();
const SAMPLE = resolve(import.meta.dirname, '../../../resources/sample-launch');

function listing(id: string, assetIds: string[]): Listing {
  return {
    id, spuCode: `SPU-${id}`, categoryPath: ['鞋靴', '帆布鞋'], brand: 'Shanyu', status: 'ready', currency: 'CNY',
    options: [{ id: 'o1', name: '颜色', values: ['白色'] }],
    skus: [{ id: 's1', code: 'SPU-WH', optionValues: ['白色'], price: '159', compareAtPrice: '239', cost: '52', stock: '8', barcode: '6901234567892' }],
    specs: [], tags: [], sizeChart: null, copy: {},
    images: assetIds.map((assetId, order) => ({ assetId, role: order === 0 ? 'main' : 'gallery', order })),
    overrides: [], createdAt: 1, updatedAt: 2, revision: 1,
  };
}

/** Two fake "originals" in a source folder and a bundle written from them. */
async function writeSample() {
  const source = await makeDir();
  const files: Record<string, string> = { a1: join(source, 'a1.jpg'), b2: join(source, 'b2.png') };
  await writeFile(files.a1 ?? '', 'jpeg bytes');
  await writeFile(files.b2 ?? '', 'png bytes');
  const dir = join(await makeDir(), 'launch');
  const listings = [listing('l1', ['a1', 'b2']), listing('l2', ['b2'])];
  const written = await writeBundle(dir, { listings, imagePath: (id) => files[id] ?? null, appVersion: '0.1.0', launch: { name: 'AW26', channels: ['shopify'], locales: ['en-US'] } });
  return { dir, listings, written };
}

describe('writeBundle / readBundle', () => {
  it('round-trips listings and images, with sizes and hashes in the manifest', async () => {
    const { dir, listings, written } = await writeSample();
    expect(written.ok).toBe(true);
    const read = await readBundle(dir);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.bundle.listings).toEqual(listings);
    expect(read.bundle.manifest.launch?.name).toBe('AW26');
    expect(read.bundle.manifest.images.a1).toMatchObject({ file: 'images/a1.jpg', bytes: 10 });
    expect(read.bundle.manifest.images.b2?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const a1 = read.bundle.images.find((i) => i.assetId === 'a1');
    expect(a1?.path).toBe(join(read.bundle.dir, 'images', 'a1.jpg'));
    expect(await readFile(a1?.path ?? '', 'utf8')).toBe('jpeg bytes');
  });

  it('replaces an older bundle but refuses a folder with other things in it', async () => {
    const { dir } = await writeSample();
    const again = await writeBundle(dir, { listings: [], imagePath: () => null });
    expect(again.ok).toBe(true);
    const read = await readBundle(dir);
    expect(read.ok && read.bundle.listings).toEqual([]);

    const other = await makeDir();
    await writeFile(join(other, 'thesis.docx'), 'mine');
    expect(await writeBundle(other, { listings: [], imagePath: () => null })).toEqual({
      ok: false, errors: [{ code: 'bundle.targetNotEmpty', params: { path: other } }],
    });
    expect(await readFile(join(other, 'thesis.docx'), 'utf8')).toBe('mine');
  });

  it('refuses to write when an image is unknown, leaving nothing behind', async () => {
    const parent = await makeDir();
    const dir = join(parent, 'launch');
    const result = await writeBundle(dir, { listings: [listing('l1', ['gone'])], imagePath: () => null });
    expect(result).toEqual({ ok: false, errors: [{ code: 'bundle.missingImage', params: { id: 'l1', assetId: 'gone' } }] });
    await expect(readFile(join(dir, 'bundle.json'))).rejects.toThrow();
  });

  it('reports an image file missing from the folder', async () => {
    const { dir } = await writeSample();
    await rm(join(dir, 'images', 'b2.png'));
    expect(await readBundle(dir)).toEqual({ ok: false, errors: [{ code: 'bundle.missingImage', params: { assetId: 'b2', path: 'images/b2.png' } }] });
  });

  it('reports an image whose bytes changed', async () => {
    const { dir } = await writeSample();
    await writeFile(join(dir, 'images', 'a1.jpg'), 'JPEG BYTES');
    const read = await readBundle(dir);
    expect(read.ok ? [] : read.errors).toMatchObject([{ code: 'bundle.imageMismatch', params: { assetId: 'a1', field: 'sha256' } }]);
  });

  it('refuses an image that is a symlink pointing outside the bundle', async () => {
    const { dir } = await writeSample();
    const outside = join(await makeDir(), 'secret.txt');
    await writeFile(outside, 'jpeg bytes');
    await rm(join(dir, 'images', 'a1.jpg'));
    await symlink(outside, join(dir, 'images', 'a1.jpg'));
    expect(await readBundle(dir)).toEqual({ ok: false, errors: [{ code: 'bundle.pathEscapes', params: { assetId: 'a1', path: 'images/a1.jpg', reason: 'symlink' } }] });
  });

  it('refuses an images folder that is a symlink to elsewhere', async () => {
    const { dir } = await writeSample();
    const elsewhere = await makeDir();
    await rename(join(dir, 'images'), join(elsewhere, 'images'));
    await symlink(join(elsewhere, 'images'), join(dir, 'images'));
    const read = await readBundle(dir);
    expect(read.ok ? [] : read.errors.map((e) => e.code)).toEqual(['bundle.pathEscapes', 'bundle.pathEscapes']);
  });

  it('refuses a manifest from a newer version', async () => {
    const { dir } = await writeSample();
    const path = join(dir, 'bundle.json');
    const manifest: unknown = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...(manifest as object), version: 99 }));
    expect(await readBundle(dir)).toEqual({ ok: false, errors: [{ code: 'bundle.unsupportedVersion', params: { found: 99, supported: 1 } }] });
  });

  it('reports a folder that is not there or has no manifest', async () => {
    const empty = await makeDir();
    expect(await readBundle(join(empty, 'nope'))).toMatchObject({ ok: false, errors: [{ code: 'bundle.notFound' }] });
    expect(await readBundle(empty)).toEqual({ ok: false, errors: [{ code: 'bundle.notFound', params: { file: 'bundle.json' } }] });
  });
});

describe('the committed sample launch', () => {
  it('reads without problems: at least 10 listings, each in zh-CN and en-US, every image present', async () => {
    const read = await readBundle(SAMPLE);
    expect(read.ok ? [] : read.errors).toEqual([]);
    if (!read.ok) return;
    const { listings, images } = read.bundle;
    expect(listings.length).toBeGreaterThanOrEqual(10);
    for (const l of listings) {
      expect(l.copy['zh-CN']?.title, l.spuCode).toBeTruthy();
      expect(l.copy['en-US']?.title, l.spuCode).toBeTruthy();
      expect(l.images.some((i) => i.role === 'main'), l.spuCode).toBe(true);
    }
    expect(images.length).toBe(Object.keys(read.bundle.manifest.images).length);
  });
});
