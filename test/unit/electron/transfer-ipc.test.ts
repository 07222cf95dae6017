import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/handle';
import { createRegistry } from '../../../electron/main/ipc/register';
import { createTransferHandlers } from '../../../electron/main/ipc/transfer';
import { createAppServices } from '../../../electron/services/app-services';
import { createListing } from '../../../shared/model';
import type { Listing } from '../../../shared/model/listing';
import { createStandInSecretBox } from '../../fixtures/secret-box';
import { createCapturedLogger } from './capture-logger';
import { createFakeEngine } from './fake-image-engine';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();
const APP = 'app://shelfready/index.html';
const TEMPLATE = join(import.meta.dirname, '../../../resources/import-template.csv');

type Value = Record<string, unknown> & { status: string };

async function setup() {
  const dataDir = await makeDir();
  const work = await makeDir();
  const { logger } = await createCapturedLogger();
  const dialogs = { sheet: null as string | null, folder: null as string | null };
  const services = await createAppServices({
    dataDir,
    logger,
    appInfo: () => ({ version: '9.9.9', osLocale: 'en', platform: 'linux' }),
    openExternal: async () => undefined,
    imageEngine: createFakeEngine(),
    pickFiles: async () => [],
    pickFolder: async () => dialogs.folder,
    pickSheet: async () => dialogs.sheet,
    secretBox: createStandInSecretBox(),
  });
  const registry = createRegistry(services);
  // The clock fixed for the export folder's name; the rest of the registry is the app's.
  Object.assign(registry.handlers, createTransferHandlers(services, { now: () => new Date(2026, 10, 25, 9, 30) }));
  const call = (channel: string, input: unknown) => dispatch(registry, channel, input, APP);
  /** A successful call's value (fails the test otherwise). */
  const value = async (channel: string, input: unknown): Promise<Value> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.detail ?? ''}`);
    return result.value as Value;
  };
  const put = async (name: string, content: string) => {
    const path = join(work, name);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, content);
    return path;
  };
  return { services, dialogs, call, value, put, work };
}

describe('sheets:preview', () => {
  it('previews the template CSV: headers, sample rows, suggested mapping, format and encoding', async () => {
    const { dialogs, value, services } = await setup();
    dialogs.sheet = TEMPLATE;
    const preview = await value('sheets:preview', {});
    expect(preview).toMatchObject({ status: 'ready', fileName: 'import-template.csv', format: 'csv', encoding: 'utf-8', headerRow: 1, rowCount: 6, unknown: [] });
    expect(preview.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(preview.headers).toContain('spec.重量(g)');
    expect(preview.sampleRows).toHaveLength(6);
    const columns = preview.columns as { header: string; target: unknown }[];
    expect(columns.find((c) => c.header === 'spu')?.target).toEqual({ kind: 'listing', field: 'spu' });
    expect(columns.find((c) => c.header === 'title.en-US')?.target).toEqual({ kind: 'copy', field: 'title', locale: 'en-US' });
    expect(columns.find((c) => c.header === 'spec.重量(g)')?.target).toEqual({ kind: 'spec', name: '重量', unit: 'g' });
    expect(columns.find((c) => c.header === 'option.颜色')?.target).toEqual({ kind: 'option', axis: '颜色' });
    await services.close();
  });

  it('is cancelled when the dialog is, and reports an unreadable file as a code', async () => {
    const { dialogs, value, put, services } = await setup();
    expect(await value('sheets:preview', {})).toEqual({ status: 'cancelled' });
    dialogs.sheet = await put('old.xls', 'not a zip');
    expect(await value('sheets:preview', {})).toEqual({ status: 'failed', code: 'import.unreadable' });
    await services.close();
  });
});

describe('sheets:import', () => {
  it('imports with the edited mapping, attaches images from the folder the dialog gave', async () => {
    const { dialogs, value, put, work, services } = await setup();
    dialogs.sheet = TEMPLATE;
    const preview = await value('sheets:preview', {});
    const columns = (preview.columns as { header: string; target: { kind: string } }[]).map((c) => (c.header === 'tags' ? { ...c, target: { kind: 'ignore' } } : c));
    await put('photos/DR-2407_1.jpg', 'dress');
    await put('photos/MUG-0815.jpg', 'BAD not an image');
    await put('photos/XYZ-1_1.jpg', 'stranger');
    dialogs.folder = join(work, 'photos');
    const done = await value('sheets:import', { token: preview.token, columns, withImages: true });
    expect(done).toMatchObject({ status: 'done', rowCount: 6, errors: [], rejected: [], imagesFolder: 'photos' });
    const listings = done.listings as Listing[];
    expect(listings.map((l) => l.spuCode)).toEqual(['DR-2407', 'MUG-0815']);
    expect(listings[0]?.tags).toEqual([]);
    expect(listings[0]?.skus).toHaveLength(4);
    expect(listings[0]?.images).toEqual([{ assetId: expect.stringMatching(/^[0-9a-f]{64}$/), role: 'main', order: 0 }]);
    expect(listings[1]?.images).toEqual([]);
    expect(done.images).toEqual([{ name: 'DR-2407_1.jpg', meta: expect.objectContaining({ hash: listings[0]?.images[0]?.assetId }) }]);
    expect(done.imageFailures).toEqual([{ file: 'MUG-0815.jpg', code: 'not-an-image' }]);
    expect(done.unmatchedImages).toEqual([{ file: 'XYZ-1_1.jpg', reason: 'unknown-code' }]);
    await services.close();
  });

  it('reports bad rows with row, column and code, and imports the other listings whole', async () => {
    const { dialogs, value, call, put, services } = await setup();
    dialogs.sheet = await put('bad.csv', ['spu,title,price,stock', 'A-1,好物,12.5,3', 'B-2,坏价,abc,4', 'B-2,,10,lots', ',孤儿,1,1'].join('\n'));
    const preview = await value('sheets:preview', {});
    const done = await value('sheets:import', { token: preview.token, columns: preview.columns, withImages: false });
    expect((done.listings as Listing[]).map((l) => l.spuCode)).toEqual(['A-1']);
    expect(done.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: 'price', code: 'import.badPrice' }),
        expect.objectContaining({ row: 4, column: 'stock', code: 'import.badStock' }),
      ]),
    );
    // A row with a blank SPU continues the listing above it, so row 5 goes down with B-2.
    expect(done.rejected).toEqual([{ spuCode: 'B-2', rows: [3, 4, 5] }]);
    // The token is spent once an import is done.
    expect(await call('sheets:import', { token: preview.token, columns: preview.columns, withImages: false })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await services.close();
  });

  it('never takes a path from the renderer: only a token main handed out', async () => {
    const { call, services } = await setup();
    expect(await call('sheets:preview', { path: TEMPLATE })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('sheets:import', { token: TEMPLATE, columns: [], withImages: false })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('sheets:import', { token: crypto.randomUUID(), columns: [], withImages: false })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('sheets:import', { token: crypto.randomUUID(), columns: [], withImages: false, imagesDir: '/etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('bundles:open', { dir: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const listing = createListing(1, { spuCode: 'X-1' });
    expect(await call('bundles:export', { listings: [listing], dir: '/tmp' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await services.close();
  });
});

describe('bundles', () => {
  it('round trip: export into a dated subfolder with the originals, open it again with the same listings', async () => {
    const { dialogs, value, call, put, work, services } = await setup();
    const stored = await services.assets.importPaths([await put('A_1.jpg', 'photo bytes')]);
    const hash = stored[0]?.ok ? stored[0].meta.hash : '';
    const listing = createListing(1000, { spuCode: 'RT-1', images: [{ assetId: hash, role: 'main', order: 0 }] });
    const other = createListing(2000, { spuCode: 'RT-2' });

    expect(await value('bundles:export', { listings: [listing, other] })).toEqual({ status: 'cancelled' });
    dialogs.folder = join(work, 'out');
    await mkdir(dialogs.folder);
    const exported = await value('bundles:export', { listings: [listing, other] });
    const dir = join(work, 'out', 'shelfready-bundle-2026-11-25');
    expect(exported).toEqual({ status: 'done', dir, listingCount: 2, imageCount: 1 });
    expect(await readdir(join(dir, 'images'))).toEqual([`${hash}.jpg`]);
    expect(await readFile(join(dir, 'images', `${hash}.jpg`), 'utf8')).toBe('photo bytes');
    // A second export the same day goes next to it, never over it.
    expect(await value('bundles:export', { listings: [other] })).toMatchObject({ status: 'done', dir: `${dir}-2` });

    dialogs.folder = dir;
    const opened = await value('bundles:open', {});
    expect(opened).toMatchObject({ status: 'ready', appVersion: '9.9.9', imageFailures: [] });
    expect(opened.listings).toEqual([listing, other]);
    expect(opened.images).toEqual([{ name: `${hash}.jpg`, meta: expect.objectContaining({ hash }) }]);

    // An image the store does not have cannot be exported: the listing is named.
    const lost = createListing(1, { spuCode: 'LOST', images: [{ assetId: 'f'.repeat(64), role: 'main', order: 0 }] });
    dialogs.folder = join(work, 'out');
    expect(await call('bundles:export', { listings: [lost] })).toMatchObject({
      ok: true,
      value: { status: 'failed', problems: [{ code: 'bundle.missingImage', params: { id: lost.id } }] },
    });
    await services.close();
  });

  it('open: a malformed bundle comes back as problems, nothing imported', async () => {
    const { dialogs, value, put, work, services } = await setup();
    const manifest = (version: number, images: Record<string, { file: string }>) =>
      JSON.stringify({ format: 'shelfready-bundle', version, createdAt: '2026-11-20T08:00:00.000Z', appVersion: '1', images });
    const withImage = (id: string) => JSON.stringify([createListing(1, { spuCode: 'M-1', images: [{ assetId: id, role: 'main', order: 0 }] })]);

    await put('newer/bundle.json', manifest(99, {}));
    await put('newer/listings.json', '[]');
    await put('escape/bundle.json', manifest(1, { a1: { file: '../secret.jpg' } }));
    await put('escape/listings.json', withImage('a1'));
    await put('missing/bundle.json', manifest(1, { a1: { file: 'images/a1.jpg' } }));
    await put('missing/listings.json', withImage('a1'));

    const cases = [
      ['newer', { code: 'bundle.unsupportedVersion', params: { found: 99, supported: 1 } }],
      ['escape', { code: 'bundle.pathEscapes' }],
      ['missing', { code: 'bundle.missingImage', params: expect.objectContaining({ assetId: 'a1', path: 'images/a1.jpg' }) }],
      ['nowhere', { code: 'bundle.notFound' }],
    ] as const;
    for (const [name, problem] of cases) {
      dialogs.folder = join(work, name);
      const opened = await value('bundles:open', {});
      expect(opened.status, name).toBe('failed');
      expect(opened.problems, name).toEqual(expect.arrayContaining([expect.objectContaining(problem)]));
    }
    expect(await services.assets.has('0'.repeat(64))).toBe(false);
    await services.close();
  });

  it('opens the sample launch: every listing, every image stored', async () => {
    const { dialogs, value, services } = await setup();
    dialogs.folder = join(import.meta.dirname, '../../../resources/sample-launch');
    const opened = await value('bundles:open', {});
    expect(opened).toMatchObject({ status: 'ready', imageFailures: [], launch: { goLiveDate: '2026-12-01' } });
    expect(opened.listings).toHaveLength(12);
    const hashes = new Set((opened.images as { meta: { hash: string } }[]).map((i) => i.meta.hash));
    for (const l of opened.listings as Listing[]) for (const ref of l.images) expect(hashes.has(ref.assetId)).toBe(true);
    await services.close();
  });
});
