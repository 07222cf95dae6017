import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from '@shared/model/ids';
import { DEFAULT_CHECKLIST_SETTINGS } from '@shared/model/settings';
import type { CatalogDb } from '../../../../renderer/src/db/database';
import { READINESS_STAMP_KEY, readinessStamp } from '../../../../renderer/src/db/readiness-summary';
import { createAssetsRepo } from '../../../../renderer/src/db/repos/assets';
import { createListingsRepo } from '../../../../renderer/src/db/repos/listings';
import { createSummariesRepo } from '../../../../renderer/src/db/repos/summaries';
import { toSummary } from '../../../../renderer/src/db/summary';
import { setChecklistSettings } from '../../../../renderer/src/features/checklist/checklist-settings';
import { photoMeta, plainContext, sellableListing, sku } from './readiness-fixtures';
import { openCatalogDb } from './test-db';

const main = (hash: string) => ({ assetId: hash, role: 'main' as const, order: 0 });

describe('toSummary readiness', () => {
  it('scores every channel and lists the ready ones', () => {
    const s = toSummary(sellableListing(), plainContext());
    expect(Object.keys(s.scores).sort()).toEqual([...CHANNEL_IDS].sort());
    for (const c of CHANNEL_IDS) expect(s.scores[c]).toBeGreaterThanOrEqual(0);
    // Web stores only warn about a missing main image; the own mall and the marketplaces need one.
    expect(s.readyFor).toEqual(expect.arrayContaining(['shopify', 'woocommerce']));
    expect(s.readyFor).not.toContain('own-mall');
    expect(s.readyFor).not.toContain('taobao');
    expect(s.scores.shopify).toBeLessThan(100);
  });

  it('counts a main image only when its measured meta passes the channel rule', () => {
    const listing = sellableListing({ images: [main('big')] });
    const withMeta = toSummary(listing, plainContext([photoMeta('big')]));
    expect(withMeta.readyFor).toContain('own-mall');
    expect(withMeta.scores.shopify).toBe(100);
    // Not measured (not in the assets table): the image does not count.
    expect(toSummary(listing, plainContext()).readyFor).not.toContain('own-mall');
    // Below the own mall's 500 px: that size rule is unverified, so it warns and does not block.
    const small = toSummary(listing, plainContext([photoMeta('big', { width: 300, height: 300 })]));
    expect(small.readyFor).toContain('own-mall');
  });

  it('is ready for nothing without a title or a priced SKU', () => {
    const untitled = sellableListing({ copy: {} });
    expect(toSummary(untitled, plainContext()).readyFor).toEqual([]);
    const unpriced = sellableListing({ skus: [sku({ price: '' })] });
    expect(toSummary(unpriced, plainContext()).readyFor).toEqual([]);
  });

  it('follows the checklist settings: a competitor brand in the copy is a blocker', () => {
    const listing = sellableListing();
    const ctx = { ...plainContext(), settings: { ...DEFAULT_CHECKLIST_SETTINGS, competitorBrands: ['Turtleneck'] } };
    expect(toSummary(listing, ctx).readyFor).not.toContain('shopify');
  });

  it('survives a malformed stored document: ready for nothing', () => {
    const good = sellableListing();
    // A copy without its keyword lists, as no version ever wrote, but stored data is not trusted.
    const broken = { ...good, copy: { ...good.copy, 'en-US': { title: 'x' } } } as unknown as Parameters<typeof toSummary>[0];
    const s = toSummary(broken, plainContext());
    expect(s).toMatchObject({ readyFor: [], scores: {} });
  });
});

describe('readiness in the repos', () => {
  let db: CatalogDb;
  beforeEach(async () => {
    db = await openCatalogDb();
  });
  afterEach(() => {
    setChecklistSettings(DEFAULT_CHECKLIST_SETTINGS);
    db.close();
  });

  it('reads image metas from the assets table when a listing is saved', async () => {
    await createAssetsRepo(db).putMany([{ meta: photoMeta('big'), originalName: 'big.jpg' }]);
    const repo = createListingsRepo(db);
    const withImage = await repo.create({ ...sellableListing({ images: [main('big')] }), spuCode: 'IMG' });
    const unmeasured = await repo.create({ ...sellableListing({ images: [main('unknown')] }), spuCode: 'NOIMG' });
    expect((await db.summaries.get(withImage.id))?.readyFor).toContain('own-mall');
    expect((await db.summaries.get(unmeasured.id))?.readyFor).not.toContain('own-mall');
    // "Ready for <channel>" straight from the *readyFor index.
    const ready = await createSummariesRepo(db).readyFor('own-mall');
    expect(ready.map((s) => s.spuCode)).toEqual(['IMG']);
    expect((await createSummariesRepo(db).readyFor('shopify')).map((s) => s.spuCode).sort()).toEqual(['IMG', 'NOIMG']);
  });

  it('stamps a new database, so a fresh catalog is not re-scored at start', async () => {
    const stamp = await createListingsRepo(db).readinessStamp();
    expect(stamp).toBe(readinessStamp(DEFAULT_CHECKLIST_SETTINGS, plainContext().asOf));
  });

  it('refreshReadiness re-scores in chunks after the settings change, writing only what changed, then stamps', { timeout: 30_000 }, async () => {
    const repo = createListingsRepo(db);
    const listings = Array.from({ length: 1_200 }, (_, i) =>
      sellableListing({ spuCode: `R-${i}`, brand: i % 2 === 0 ? '栖木' : 'ACME', copy: { 'en-US': { ...sellableListing().copy['en-US'], title: `Sweater ${i % 2 === 0 ? 'plain' : 'by Rival'}`, primaryKeywords: [], keywords: [], bullets: [], subtitle: '', description: '', titleOverrides: {} } } }),
    );
    await repo.bulkPut(listings);
    expect(await db.summaries.where('readyFor').equals('shopify').count()).toBe(1_200);

    const settings = { ...DEFAULT_CHECKLIST_SETTINGS, competitorBrands: ['Rival'] };
    setChecklistSettings(settings);
    const progress: number[] = [];
    const result = await repo.refreshReadiness(undefined, (n) => progress.push(n));
    // Only the listings naming the competitor changed readiness, so only those summaries are written.
    expect(result).toEqual({ isComplete: true, scanned: 1_200, updated: 600 });
    expect(progress).toEqual([500, 1000, 1200]);
    expect(await db.summaries.where('readyFor').equals('shopify').count()).toBe(600);
    expect(await db.meta.get(READINESS_STAMP_KEY)).toEqual({ key: READINESS_STAMP_KEY, value: readinessStamp(settings, plainContext().asOf) });

    // Nothing changed since: scans, writes nothing.
    expect(await repo.refreshReadiness()).toEqual({ isComplete: true, scanned: 1_200, updated: 0 });
  });

  it('a newer refresh supersedes a running one, which stops without stamping', async () => {
    const repo = createListingsRepo(db);
    await repo.bulkPut(Array.from({ length: 1_100 }, (_, i) => sellableListing({ spuCode: `S-${i}` })));
    const first = repo.refreshReadiness();
    const second = repo.refreshReadiness();
    const [a, b] = await Promise.all([first, second]);
    expect(a.isComplete).toBe(false);
    expect(b).toMatchObject({ isComplete: true, scanned: 1_100 });
  });
});

describe('refreshReadiness and concurrent saves', () => {
  let db: CatalogDb;
  beforeEach(async () => {
    db = await openCatalogDb();
  });
  afterEach(() => {
    setChecklistSettings(DEFAULT_CHECKLIST_SETTINGS);
    db.close();
  });

  it('keeps the summary a save wrote while the refresh was scoring', async () => {
    const repo = createListingsRepo(db);
    const a = await repo.create(sellableListing({ spuCode: 'A' }));
    const settings = { ...DEFAULT_CHECKLIST_SETTINGS, competitorBrands: ['Turtleneck'] };
    setChecklistSettings(settings);
    const refresh = repo.refreshReadiness();
    // Saved under the new settings with a title that no longer names the competitor.
    await repo.save({ ...a, copy: { ...a.copy, 'en-US': { ...sellableListing().copy['en-US'], title: 'Wool Sweater', primaryKeywords: [], keywords: [], bullets: [], subtitle: '', description: '', titleOverrides: {} } } });
    await refresh;
    expect((await db.summaries.get(a.id))?.readyFor).toContain('shopify');
  });
});
