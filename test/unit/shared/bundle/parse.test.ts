import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type BundleManifest } from '@shared/bundle/format';
import { parseBundle } from '@shared/bundle/parse';
import type { BundleProblem } from '@shared/bundle/problems';
import type { Listing } from '@shared/model/listing';

const HASH = 'a'.repeat(64);

function listing(id: string, assetId = HASH): Listing {
  return {
    id, spuCode: `SPU-${id}`, categoryPath: ['女装', '连衣裙'], brand: 'Shanyu', status: 'ready', currency: 'CNY',
    options: [{ id: 'o1', name: '颜色', values: ['红色'] }],
    skus: [{ id: 's1', code: 'SPU-RD', optionValues: ['红色'], price: '99', compareAtPrice: '', cost: '', stock: '5', barcode: '' }],
    specs: [], tags: [], sizeChart: null, copy: {}, images: [{ assetId, role: 'main', order: 0 }], overrides: [],
    createdAt: 1, updatedAt: 2, revision: 1,
  };
}

function manifest(overrides: Partial<Record<keyof BundleManifest, unknown>> = {}): Record<string, unknown> {
  return {
    format: BUNDLE_FORMAT, version: BUNDLE_VERSION, createdAt: '2026-11-20T08:00:00.000Z', appVersion: '0.1.0',
    images: { [HASH]: { file: `images/${HASH}.jpg`, bytes: 10 } },
    ...overrides,
  };
}

function parse(m: unknown, listings: unknown = [listing('l1')]) {
  return parseBundle(JSON.stringify(m), JSON.stringify(listings));
}

function errorsOf(result: ReturnType<typeof parseBundle>): BundleProblem[] {
  return result.ok ? [] : result.errors;
}

function withFile(file: string) {
  return manifest({ images: { [HASH]: { file } } });
}

describe('parseBundle', () => {
  it('parses a valid bundle and fills listing defaults', () => {
    const raw = listing('l1') as Partial<Listing>;
    delete raw.overrides;
    const result = parse(manifest({ launch: { name: 'AW26', channels: ['taobao'], locales: ['zh-CN'], goLiveDate: '2026-12-01' } }), [raw]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.listings[0]?.overrides).toEqual([]);
    expect(result.bundle.manifest.launch?.goLiveDate).toBe('2026-12-01');
  });

  it('reports text that is not JSON, naming the file', () => {
    expect(errorsOf(parseBundle('{', '[]'))).toMatchObject([{ code: 'bundle.badJson', params: { file: 'bundle.json' } }]);
    expect(errorsOf(parseBundle(JSON.stringify(manifest()), 'nope'))).toMatchObject([{ code: 'bundle.badJson', params: { file: 'listings.json' } }]);
  });

  it('refuses something that is not a ShelfReady manifest', () => {
    expect(errorsOf(parse({ format: 'other' }))).toEqual([{ code: 'bundle.wrongFormat', params: { file: 'bundle.json', found: 'other' } }]);
    expect(errorsOf(parse([1, 2]))).toMatchObject([{ code: 'bundle.wrongFormat', params: { found: 'array' } }]);
    expect(errorsOf(parse(manifest(), { not: 'an array' }))).toMatchObject([{ code: 'bundle.wrongFormat', params: { file: 'listings.json', found: 'object' } }]);
  });

  it('refuses a newer version with found and supported, before looking at any field', () => {
    expect(errorsOf(parse({ format: BUNDLE_FORMAT, version: 99, whatever: true }))).toEqual([
      { code: 'bundle.unsupportedVersion', params: { found: 99, supported: BUNDLE_VERSION } },
    ]);
  });

  it('reports missing or mistyped manifest fields with the field path', () => {
    expect(errorsOf(parse(manifest({ version: 0 })))).toMatchObject([{ code: 'bundle.invalidManifest', params: { field: 'version' } }]);
    expect(errorsOf(parse(manifest({ createdAt: 'yesterday' })))).toMatchObject([{ code: 'bundle.invalidManifest', params: { field: 'createdAt' } }]);
    const badChannel = manifest({ launch: { name: 'x', channels: ['ebay'], locales: [] } });
    expect(errorsOf(parse(badChannel))).toMatchObject([{ code: 'bundle.invalidManifest', params: { field: 'launch.channels.0' } }]);
  });

  it('refuses asset ids that cannot be file names', () => {
    const m = manifest({ images: { 'a/b': { file: 'images/x.jpg' } } });
    expect(errorsOf(parse(m, []))).toMatchObject([{ code: 'bundle.invalidManifest', params: { field: 'images.a/b' } }]);
  });

  it('never lets a "__proto__" key reach the image table', () => {
    const m = manifest({ images: JSON.parse('{"__proto__": {"file": "images/x.jpg"}}') as unknown });
    const result = parse(m, [listing('l1', '__proto__')]);
    expect(errorsOf(result)).toMatchObject([{ code: 'bundle.missingImage', params: { assetId: '__proto__' } }]);
    expect(({} as Record<string, unknown>).file).toBeUndefined();
  });

  it('reports an invalid listing with its index, id and field', () => {
    const bad = { ...listing('l2'), currency: 'XYZ' };
    expect(errorsOf(parse(manifest(), [listing('l1'), bad]))).toMatchObject([
      { code: 'bundle.invalidListing', params: { index: 1, id: 'l2', field: 'currency' } },
    ]);
  });

  it('reports duplicate listing ids', () => {
    expect(errorsOf(parse(manifest(), [listing('l1'), listing('l1')]))).toEqual([
      { code: 'bundle.duplicateId', params: { index: 1, id: 'l1', firstIndex: 0 } },
    ]);
  });

  it('reports a listing image that is not in the image table', () => {
    expect(errorsOf(parse(manifest(), [listing('l1', 'b'.repeat(64))]))).toEqual([
      { code: 'bundle.missingImage', params: { index: 0, id: 'l1', assetId: 'b'.repeat(64), field: 'images.0.assetId' } },
    ]);
  });

  it('reports two asset ids naming the same file, whatever the case', () => {
    const m = manifest({ images: { [HASH]: { file: 'images/a.jpg' }, other: { file: 'images/A.jpg' } } });
    expect(errorsOf(parse(m))).toMatchObject([{ code: 'bundle.duplicateFile', params: { assetId: 'other', other: HASH } }]);
  });

  it.each([
    ['../x', 'parent'],
    ['/etc/passwd', 'absolute'],
    ['C:\\x', 'backslash'],
    ['C:/x', 'drive'],
    ['c:x.jpg', 'drive'],
    ['images/../../x', 'parent'],
    ['images\\..\\..\\x', 'backslash'],
    ['images/..', 'parent'],
    ['\\\\server\\share\\x.jpg', 'backslash'],
    ['images/x.jpg\u0000.png', 'control'],
  ])('refuses %j as escaping the bundle (%s)', (file, reason) => {
    expect(errorsOf(parse(withFile(file)))).toEqual([{ code: 'bundle.pathEscapes', params: { assetId: HASH, path: file, reason } }]);
  });

  it.each([
    ['', 'empty'],
    ['x.jpg', 'notInImages'],
    ['images/sub/x.jpg', 'notInImages'],
    ['./images/x.jpg', 'notInImages'],
    ['images/', 'badName'],
    ['images/.hidden.jpg', 'badName'],
    ['images/my photo.jpg', 'badName'],
    ['images/x.', 'badName'],
    ['images/CON.jpg', 'reservedName'],
  ])('refuses the non-portable path %j (%s)', (file, reason) => {
    expect(errorsOf(parse(withFile(file)))).toEqual([{ code: 'bundle.badPath', params: { assetId: HASH, path: file, reason } }]);
  });
});
