import { afterEach, describe, expect, it } from 'vitest';
import type { Listing } from '@shared/model';
import { createListing, createEmptyCopy } from '@shared/model';
import { generateSampleListings } from '@shared/sample/generate';
import type { CatalogDb } from '../../../../renderer/src/db/database';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/src/db/versions';
import { createSummariesRepo } from '../../../../renderer/src/db/repos/summaries';
import { DEFAULT_CHECKLIST_SETTINGS } from '@shared/model/settings';
import { V4_CHUNK } from '../../../../renderer/src/db/migrations/v4-checklist-fields';
import { READINESS_STAMP_KEY, readinessStamp } from '../../../../renderer/src/db/readiness-summary';
import { todayIso } from '../../../../renderer/src/features/checklist/as-of';
import { photoMeta, sellableListing } from './readiness-fixtures';
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

describe('v3 → v4: checklist fields, readiness in the summaries', () => {
  /** A listing as v1–v3 stored it: no overrides, copies without primaryKeywords. */
  function v3Listing(l: Listing): Record<string, unknown> {
    const { overrides: _overrides, copy, ...rest } = l;
    const oldCopy = Object.fromEntries(Object.entries(copy).map(([locale, c]) => {
      const { primaryKeywords: _pk, ...old } = c ?? createEmptyCopy();
      return [locale, old];
    }));
    return { ...rest, copy: oldCopy };
  }
  /** A v3 summary row: the v2 shape, no readiness. */
  const v3Summary = (l: Listing) => ({ ...v1Summary(l), currency: l.currency });

  const withImage = sellableListing({ spuCode: 'OM-1', revision: 5, images: [{ assetId: 'big', role: 'main', order: 0 }] });
  const noImage = sellableListing({ spuCode: 'WEB-1' });
  const untitled = createListing(500, { spuCode: 'DRAFT-1' });

  async function upgraded(): Promise<CatalogDb> {
    return upgradeFrom(3, async (v3) => {
      await v3.table('listings').bulkPut([withImage, noImage, untitled].map(v3Listing));
      await v3.table('summaries').bulkPut([withImage, noImage, untitled].map(v3Summary));
      await v3.table('assets').put(photoMeta('big'));
    });
  }

  it('adds overrides and primaryKeywords, leaving revision and updatedAt alone', async () => {
    opened = await upgraded();
    expect(opened.verno).toBe(LATEST_VERSION);
    const after = await opened.listings.get(withImage.id);
    expect(after?.overrides).toEqual([]);
    expect(after?.copy['zh-CN']?.primaryKeywords).toEqual([]);
    expect(after?.copy['en-US']?.primaryKeywords).toEqual([]);
    expect(after?.revision).toBe(5);
    expect(after?.updatedAt).toBe(withImage.updatedAt);
    // Once upgraded, a listing is exactly what today's factory makes.
    expect(after).toEqual(withImage);
  });

  it('rebuilds every summary with readiness, reading image metas from the assets table', async () => {
    opened = await upgraded();
    const om = await opened.summaries.get(withImage.id);
    expect(om?.readyFor).toEqual(expect.arrayContaining(['own-mall', 'shopify', 'woocommerce']));
    expect(om?.scores.shopify).toBe(100);
    const web = await opened.summaries.get(noImage.id);
    expect(web?.readyFor).toEqual(expect.arrayContaining(['shopify', 'woocommerce']));
    expect(web?.readyFor).not.toContain('own-mall');
    expect((await opened.summaries.get(untitled.id))?.readyFor).toEqual([]);
    for (const s of await opened.summaries.toArray()) expect(Object.keys(s.scores)).toHaveLength(9);
    // The *readyFor index answers "ready for <channel>".
    expect(opened.summaries.schema.indexes.find((i) => i.name === 'readyFor')?.multi).toBe(true);
    const ownMall = await createSummariesRepo(opened).readyFor('own-mall');
    expect(ownMall.map((s) => s.spuCode)).toEqual(['OM-1']);
    expect(await opened.summaries.where('readyFor').equals('shopify').count()).toBe(2);
  });

  it('stamps what readiness was computed with', async () => {
    opened = await upgraded();
    expect((await opened.meta.get(READINESS_STAMP_KEY))?.value).toBe(readinessStamp(DEFAULT_CHECKLIST_SETTINGS, todayIso()));
  });

  it('upgrades a v1 database all the way, rows lacking the new fields included', async () => {
    opened = await upgradeFrom(1, async (v1) => {
      await v1.table('listings').put(v3Listing(noImage));
      await v1.table('summaries').put(v1Summary(noImage));
    });
    expect((await opened.listings.get(noImage.id))?.overrides).toEqual([]);
    expect((await opened.summaries.get(noImage.id))?.readyFor).toContain('shopify');
  });

  it('walks a catalog bigger than one chunk', { timeout: 30_000 }, async () => {
    const many = Array.from({ length: V4_CHUNK * 2 + 37 }, (_, i) => sellableListing({ spuCode: `M-${i}` }));
    opened = await upgradeFrom(3, async (v3) => {
      await v3.table('listings').bulkPut(many.map(v3Listing));
    });
    expect(await opened.summaries.count()).toBe(many.length);
    expect(await opened.summaries.where('readyFor').equals('shopify').count()).toBe(many.length);
    expect(await opened.listings.filter((l) => !Array.isArray(l.overrides)).count()).toBe(0);
  });
});
