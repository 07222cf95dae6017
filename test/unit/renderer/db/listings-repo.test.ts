import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyCopy, createListing, type Listing } from '@shared/model';
import { generateSampleListings } from '@shared/sample/generate';
import type { CatalogDb } from '../../../../renderer/src/db/database';
import { BULK_CHUNK, createListingsRepo, type ListingsRepo } from '../../../../renderer/src/db/repos/listings';
import { createSummariesRepo } from '../../../../renderer/src/db/repos/summaries';
import { toSummary } from '../../../../renderer/src/db/summary';
import { plainContext } from './readiness-fixtures';
import { openCatalogDb } from './test-db';

let db: CatalogDb;
let repo: ListingsRepo;
let clock: number;

beforeEach(async () => {
  db = await openCatalogDb();
  clock = 1_000;
  repo = createListingsRepo(db, () => clock);
});
afterEach(() => db.close());

async function expectSummaryInSync(id: string): Promise<void> {
  const listing = await db.listings.get(id);
  expect(listing).toBeDefined();
  if (listing) expect(await db.summaries.get(id)).toEqual(toSummary(listing, plainContext()));
}

describe('listings repo', () => {
  it('creates a draft with zh-CN and en-US copy and its summary', async () => {
    const created = await repo.create({ spuCode: 'NEW-1' });
    expect(created).toMatchObject({ spuCode: 'NEW-1', status: 'draft', createdAt: 1000, updatedAt: 1000, revision: 0 });
    expect(Object.keys(created.copy)).toEqual(['zh-CN', 'en-US']);
    expect(await repo.get(created.id)).toEqual(created);
    await expectSummaryInSync(created.id);
  });

  it('returns undefined for a listing that does not exist', async () => {
    expect(await repo.get('missing')).toBeUndefined();
    expect(await repo.duplicate('missing')).toBeUndefined();
    await expect(repo.setStatus('missing', 'ready')).resolves.toBeUndefined();
    expect(await db.listings.count()).toBe(0);
  });

  it('saves: bumps revision and updatedAt and keeps the summary in sync', async () => {
    const created = await repo.create();
    clock = 5_000;
    const edited: Listing = {
      ...created, spuCode: 'WM-9', brand: '拾光',
      copy: { 'zh-CN': { ...createEmptyCopy(), title: '真丝衬衫' }, 'en-US': { ...createEmptyCopy(), title: 'Silk Blouse' } },
      skus: [{ id: 's', code: 'WM-9-S', optionValues: [], price: '1,299', compareAtPrice: '', cost: '', stock: '', barcode: '' }],
    };
    const saved = await repo.save(edited);
    expect(saved).toMatchObject({ revision: 1, updatedAt: 5000, createdAt: 1000 });
    expect(await db.summaries.get(created.id)).toMatchObject({ spuCode: 'WM-9', titleZh: '真丝衬衫', titleEn: 'Silk Blouse', priceFrom: '1299', skuCount: 1, updatedAt: 5000 });
    await expectSummaryInSync(created.id);
  });

  it('stores tags normalized, in the listing and its summary', async () => {
    const created = await repo.create({ tags: ['新品 ', '新品', ' ', '直播'] });
    expect(created.tags).toEqual(['新品', '直播']);
    const saved = await repo.save({ ...created, tags: ['爆款', ' 爆款 '] });
    expect((await repo.get(saved.id))?.tags).toEqual(['爆款']);
    await expectSummaryInSync(saved.id);
  });

  it('writes listing and summary atomically: a summary that cannot be built leaves nothing behind', async () => {
    const created = await repo.create({ spuCode: 'A-1' });
    const broken = { ...created, spuCode: 'A-2', copy: null } as unknown as Listing;
    await expect(repo.save(broken)).rejects.toThrow();
    expect((await repo.get(created.id))?.spuCode).toBe('A-1');
    await expectSummaryInSync(created.id);
  });

  it('sets the status in both tables', async () => {
    const created = await repo.create();
    clock = 9_000;
    await repo.setStatus(created.id, 'archived');
    expect(await repo.get(created.id)).toMatchObject({ status: 'archived', revision: 1, updatedAt: 9000 });
    expect((await db.summaries.get(created.id))?.status).toBe('archived');
    await expectSummaryInSync(created.id);
  });

  it('duplicates as a new draft with a suffixed code and no barcodes', async () => {
    const [source] = generateSampleListings(1, { seed: 11 });
    if (!source) throw new Error('no sample');
    await repo.bulkPut([{ ...source, status: 'ready' }]);
    clock = 7_000;
    const copy = await repo.duplicate(source.id);
    expect(copy).toMatchObject({ spuCode: `${source.spuCode}-COPY`, status: 'draft', revision: 0, createdAt: 7000 });
    expect(copy?.id).not.toBe(source.id);
    expect(copy?.skus.every((s) => s.barcode === '')).toBe(true);
    expect(await db.listings.count()).toBe(2);
    if (copy) await expectSummaryInSync(copy.id);
  });

  it('removes the listing and its summary', async () => {
    const keep = await repo.create({ spuCode: 'KEEP' });
    const gone = await repo.create({ spuCode: 'GONE' });
    await repo.remove(gone.id);
    expect(await repo.get(gone.id)).toBeUndefined();
    expect(await db.summaries.get(gone.id)).toBeUndefined();
    expect((await db.summaries.toArray()).map((s) => s.id)).toEqual([keep.id]);
  });

  it('bulk-puts in chunks of BULK_CHUNK, one transaction and one progress call per chunk', { timeout: 30_000 }, async () => {
    // Small documents: this is about chunking, and fake-indexeddb's cost grows with document size.
    const listings = Array.from({ length: 2 * BULK_CHUNK + 500 }, (_, i) => createListing(i, { spuCode: `B-${i}`, tags: ['新品'] }));
    const progress = vi.fn();
    const transaction = vi.spyOn(db, 'transaction');
    await repo.bulkPut(listings, progress);
    expect(progress.mock.calls).toEqual([[1000, 2500], [2000, 2500], [2500, 2500]]);
    expect(transaction).toHaveBeenCalledTimes(3);
    expect(await db.listings.count()).toBe(2500);
    expect(await db.summaries.count()).toBe(2500);
    const sample = listings[1234];
    if (sample) expect(await db.summaries.get(sample.id)).toEqual(toSummary(sample, plainContext()));
  });

  it('bulk-puts nothing without calling back', async () => {
    const progress = vi.fn();
    await repo.bulkPut([], progress);
    expect(progress).not.toHaveBeenCalled();
  });
});

describe('summaries repo', () => {
  it('lists all summaries newest first and one status from the compound index', async () => {
    const listings = generateSampleListings(300, { seed: 9 });
    await repo.bulkPut(listings);
    const summaries = createSummariesRepo(db);
    const all = await summaries.all();
    expect(all).toHaveLength(300);
    expect(all.map((s) => s.updatedAt)).toEqual([...all.map((s) => s.updatedAt)].sort((a, b) => b - a));
    const ready = await summaries.byStatus('ready', 10);
    expect(ready).toHaveLength(10);
    const expected = listings.filter((l) => l.status === 'ready').sort((a, b) => b.updatedAt - a.updatedAt).slice(0, 10);
    expect(ready.map((s) => s.id)).toEqual(expected.map((l) => l.id));
    expect(await summaries.count()).toBe(300);
  });
});
