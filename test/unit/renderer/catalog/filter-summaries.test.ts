import { describe, expect, it } from 'vitest';
import { generateSampleListings } from '@shared/sample/generate';
import { toSummary, type ListingSummary } from '../../../../renderer/src/db/summary';
import { plainContext } from '../db/readiness-fixtures';
import {
  clearedFilter, countTags, DEFAULT_FILTER, filterSummaries, hasCustomFilter, searchTerms, sortSummaries, type CatalogFilter,
} from '../../../../renderer/src/features/catalog/filter-summaries';

const zh = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

function summary(patch: Partial<ListingSummary> & { id: string }): ListingSummary {
  const base: ListingSummary = {
    id: patch.id, spuCode: '', titleZh: '', titleEn: '', brand: '', status: 'draft', tags: [], skuCount: 1,
    priceFrom: '', currency: 'CNY', updatedAt: 0, searchText: '', readyFor: [], scores: {},
  };
  const s = { ...base, ...patch };
  return { ...s, searchText: [s.spuCode, s.titleZh, s.titleEn, ...s.tags, s.brand].join('\n').toLowerCase() };
}

const rows = [
  summary({ id: 'a', spuCode: 'WM26F-2', titleZh: '羊毛混纺高领毛衣', titleEn: "Women's Wool-Blend Turtleneck Sweater", tags: ['新品', '秋冬'], status: 'ready', updatedAt: 30, readyFor: ['taobao', 'shopify'] }),
  summary({ id: 'b', spuCode: 'WM26F-10', titleZh: '法式碎花连衣裙', titleEn: 'Floral Midi Dress', tags: ['直播'], status: 'draft', updatedAt: 50, readyFor: ['shopify'] }),
  summary({ id: 'c', spuCode: 'BG26A-1', titleZh: '帆布托特包', titleEn: 'Canvas Tote Bag', tags: ['cross-border', '新品'], status: 'archived', updatedAt: 10, readyFor: ['taobao'] }),
  summary({ id: 'd', spuCode: '', titleZh: '', status: 'draft', updatedAt: 20 }),
];
const ids = (list: readonly ListingSummary[]) => list.map((s) => s.id);
const view = (patch: Partial<CatalogFilter>) => ids(filterSummaries(rows, { ...DEFAULT_FILTER, status: 'all', ...patch }));

describe('filterSummaries', () => {
  it('returns everything, the same array, when nothing filters', () => {
    expect(filterSummaries(rows, { search: '  ', status: 'all', tag: null })).toBe(rows);
  });

  it('searches code, titles and tags case-insensitively, AND-ing words', () => {
    expect(view({ search: 'wm26f' })).toEqual(['a', 'b']);
    expect(view({ search: 'TURTLENECK' })).toEqual(['a']);
    expect(view({ search: '毛衣' })).toEqual(['a']);
    expect(view({ search: '新品' })).toEqual(['a', 'c']);
    expect(view({ search: '新品 tote' })).toEqual(['c']);
    expect(view({ search: '  wool   秋冬 ' })).toEqual(['a']);
    expect(view({ search: 'wool dress' })).toEqual([]);
  });

  it('filters by status, "active" meaning not archived', () => {
    expect(view({ status: 'active' })).toEqual(['a', 'b', 'd']);
    expect(view({ status: 'archived' })).toEqual(['c']);
    expect(view({ status: 'ready' })).toEqual(['a']);
  });

  it('filters by exact tag and combines every filter', () => {
    expect(view({ tag: '新品' })).toEqual(['a', 'c']);
    expect(view({ tag: '新品', status: 'active' })).toEqual(['a']);
    expect(view({ tag: '新品', status: 'active', search: 'tote' })).toEqual([]);
    expect(view({ tag: '新' })).toEqual([]);
  });

  it('filters by the channel a listing is ready for, combined with the other filters', () => {
    expect(view({ readyFor: 'taobao' })).toEqual(['a', 'c']);
    expect(view({ readyFor: 'shopify' })).toEqual(['a', 'b']);
    expect(view({ readyFor: 'amazon' })).toEqual([]);
    expect(view({ readyFor: 'taobao', status: 'active' })).toEqual(['a']);
    expect(view({ readyFor: 'shopify', tag: '直播' })).toEqual(['b']);
    expect(view({ readyFor: 'shopify', search: 'turtleneck' })).toEqual(['a']);
    expect(view({ readyFor: null })).toEqual(['a', 'b', 'c', 'd']);
    expect(hasCustomFilter({ ...DEFAULT_FILTER, readyFor: 'jd' })).toBe(true);
  });
});

describe('sortSummaries', () => {
  it('sorts newest first by default, without touching the input', () => {
    const input = [...rows];
    expect(ids(sortSummaries(input, 'updated-desc', zh))).toEqual(['b', 'a', 'd', 'c']);
    expect(input).toEqual(rows);
  });

  it('sorts codes naturally with empty codes last', () => {
    expect(ids(sortSummaries(rows, 'code-asc', zh))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('sorts Chinese titles by pinyin with untitled last', () => {
    // fǎ (法) < fān (帆) < yáng (羊) in pinyin order.
    expect(ids(sortSummaries(rows, 'title-asc', zh))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts by status draft → ready → archived, newest first within each', () => {
    expect(ids(sortSummaries(rows, 'status', zh))).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('tags and filter state', () => {
  it('counts tags, most used first', () => {
    expect(countTags(rows, zh)).toEqual([
      { tag: '新品', count: 2 }, { tag: 'cross-border', count: 1 }, { tag: '秋冬', count: 1 }, { tag: '直播', count: 1 },
    ].sort((x, y) => y.count - x.count || zh.compare(x.tag, y.tag)));
  });

  it('knows when the view is not the default one', () => {
    expect(hasCustomFilter(DEFAULT_FILTER)).toBe(false);
    expect(hasCustomFilter({ ...DEFAULT_FILTER, search: ' ' })).toBe(false);
    expect(hasCustomFilter({ ...DEFAULT_FILTER, search: 'x' })).toBe(true);
    expect(hasCustomFilter({ ...DEFAULT_FILTER, status: 'all' })).toBe(true);
    expect(hasCustomFilter({ ...DEFAULT_FILTER, tag: '新品' })).toBe(true);
    expect(searchTerms(' A  b ')).toEqual(['a', 'b']);
  });

  it('clears to the default view, or to every status when only archived listings exist', () => {
    expect(clearedFilter(rows)).toEqual(DEFAULT_FILTER);
    expect(clearedFilter(rows.filter((r) => r.status === 'archived'))).toEqual({ ...DEFAULT_FILTER, status: 'all' });
  });
});

describe('at catalog scale', () => {
  it('filters 10,000 generated summaries correctly', { timeout: 30_000 }, () => {
    const ctx = plainContext();
    const summaries = generateSampleListings(10_000, { seed: 1 }).map((l) => toSummary(l, ctx));
    const sorted = sortSummaries(summaries, 'updated-desc', zh);
    const hits = filterSummaries(sorted, { search: '毛衣 wool', status: 'active', tag: null });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.titleZh.includes('毛衣') && h.status !== 'archived').toBe(true);
    expect(hits.map((h) => h.updatedAt)).toEqual([...hits.map((h) => h.updatedAt)].sort((a, b) => b - a));
    const code = sorted[4321]?.spuCode ?? '';
    expect(ids(filterSummaries(sorted, { search: code.toLowerCase(), status: 'all', tag: null }))).toEqual([sorted[4321]?.id]);
  });
});
