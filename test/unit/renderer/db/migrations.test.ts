import { afterEach, describe, expect, it } from 'vitest';
import type { Listing } from '@shared/model';
import { createListing, createEmptyCopy } from '@shared/model';
import { generateSampleListings } from '@shared/sample/generate';
import type { CatalogDb } from '../../../../renderer/src/db/database';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/src/db/versions';
import { createSummariesRepo } from '../../../../renderer/src/db/repos/summaries';
import { openCatalogDb, upgradeFrom } from './test-db';

let opened: CatalogDb | undefined;
afterEach(() => opened?.close());

/** A v1 summary row as v1 wrote it: no currency, tags copied as they were typed. */
function v1Summary(l: Listing) {
  return {
    id: l.id, spuCode: l.spuCode, titleZh: l.copy['zh-CN']?.title ?? '', titleEn: '', brand: l.brand, status: l.status,
    tags: [...new Set(l.tags)], skuCount: l.skus.length, priceFrom: '', updatedAt: l.updatedAt,
    searchText: [l.spuCode, ...l.tags].join('\n').toLowerCase(),
  };
}

describe('schema history', () => {
  it('is append-only: shipped versions keep their exact stores', () => {
    // If this fails you edited a shipped version: add a new one instead.
    expect(SCHEMA_VERSIONS[0]).toEqual({
      version: 1,
      stores: { listings: 'id, spuCode, status, updatedAt', summaries: 'id, spuCode, status, updatedAt, *tags' },
    });
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('opens a new database at the latest version', async () => {
    opened = await openCatalogDb();
    expect(opened.verno).toBe(LATEST_VERSION);
    expect(opened.summaries.schema.indexes.map((i) => i.name)).toContain('[status+updatedAt]');
  });
});

describe('v1 → v2: normalize tags, rebuild summaries', () => {
  const messy = createListing(1000, {
    spuCode: 'WM26F-001', brand: '栖木', status: 'ready', revision: 7,
    tags: [' 新品', '新品', '秋冬  ', '', 'Cross-border', 'cross-border', '直播\u3000', '双 \t 11'],
    copy: { 'zh-CN': { ...createEmptyCopy(), title: '羊毛混纺高领毛衣' }, 'en-US': { ...createEmptyCopy(), title: 'Wool-Blend Turtleneck' } },
  });
  const clean = createListing(2000, { spuCode: 'MN26F-002', tags: ['基础款'], currency: 'USD', revision: 3 });
  const orphan = { ...v1Summary(createListing(3000, { spuCode: 'GONE-1' })) };

  async function upgraded(): Promise<CatalogDb> {
    return upgradeFrom(1, async (v1) => {
      await v1.table('listings').bulkPut([messy, clean]);
      await v1.table('summaries').bulkPut([v1Summary(messy), v1Summary(clean), orphan]);
    });
  }

  it('trims, collapses and de-duplicates tags without touching revision or updatedAt', async () => {
    opened = await upgraded();
    expect(opened.verno).toBe(LATEST_VERSION);
    const after = await opened.listings.get(messy.id);
    expect(after?.tags).toEqual(['新品', '秋冬', 'Cross-border', '直播', '双 11']);
    expect(after?.revision).toBe(7);
    expect(after?.updatedAt).toBe(1000);
    expect(await opened.listings.get(clean.id)).toEqual(clean);
  });

  it('rebuilds every summary in the v2 shape and drops orphans', async () => {
    opened = await upgraded();
    const summaries = await opened.summaries.toArray();
    expect(summaries.map((s) => s.spuCode).sort()).toEqual(['MN26F-002', 'WM26F-001']);
    const s = await opened.summaries.get(messy.id);
    expect(s).toMatchObject({ tags: ['新品', '秋冬', 'Cross-border', '直播', '双 11'], currency: 'CNY', titleEn: 'Wool-Blend Turtleneck' });
    expect(s?.searchText).toContain('cross-border');
    expect((await opened.summaries.get(clean.id))?.currency).toBe('USD');
    // The tag index is rebuilt from clean tags, so the filter finds both spellings as one.
    expect(await opened.summaries.where('tags').equals('新品').count()).toBe(1);
    expect(await opened.summaries.where('tags').equals('新品 ').count()).toBe(0);
  });

  it('makes the [status+updatedAt] index usable', async () => {
    opened = await upgraded();
    const ready = await createSummariesRepo(opened).byStatus('ready');
    expect(ready.map((r) => r.spuCode)).toEqual(['WM26F-001']);
  });

  it('upgrades an empty v1 database', async () => {
    opened = await upgradeFrom(1, async () => undefined);
    expect(opened.verno).toBe(LATEST_VERSION);
    expect(await opened.summaries.count()).toBe(0);
  });

  it('upgrades a catalog bigger than one bulk chunk', { timeout: 30_000 }, async () => {
    const listings = generateSampleListings(1500, { seed: 3 }).map((l, i) => ({
      // Lean documents keep fake-indexeddb fast; the tags are what this migration is about.
      ...l, skus: l.skus.slice(0, 1), specs: [], sizeChart: null,
      tags: i % 3 === 0 ? [...l.tags, ` ${l.tags[0] ?? '新品'} `, ''] : l.tags,
    }));
    opened = await upgradeFrom(1, async (v1) => {
      await v1.table('listings').bulkPut(listings);
      await v1.table('summaries').bulkPut(listings.map(v1Summary));
    });
    expect(await opened.summaries.count()).toBe(1500);
    const stored = await opened.listings.toArray();
    for (const l of stored) {
      expect(l.tags.every((t) => t === t.trim() && t !== '')).toBe(true);
      expect(new Set(l.tags).size).toBe(l.tags.length);
    }
  });
});
