import { describe, expect, it } from 'vitest';
import { createEmptyCopy, createListing } from '@shared/model';
import { toBaseSummary } from '../../../../renderer/src/db/summary';
import { areTagsNormalized, normalizeTags } from '../../../../renderer/src/db/tags';

const sku = (price: string) => ({ id: price, code: price, optionValues: [], price, compareAtPrice: '', cost: '', stock: '', barcode: '' });

describe('toBaseSummary (readiness: summary-readiness.test.ts)', () => {
  it('takes the lowest price the way validation parses prices', () => {
    const l = createListing(0, { skus: [sku('1,299'), sku('¥99'), sku('abc'), sku(''), sku('-5'), sku('99.50')] });
    expect(toBaseSummary(l).priceFrom).toBe('99');
    expect(toBaseSummary(createListing(0)).priceFrom).toBe('');
  });

  it('shows the English title only when there is one', () => {
    const zhOnly = createListing(0, { copy: { 'zh-CN': { ...createEmptyCopy(), title: '帆布托特包' } } });
    expect(toBaseSummary(zhOnly)).toMatchObject({ titleZh: '帆布托特包', titleEn: '' });
    const jaOnly = createListing(0, { copy: { 'ja-JP': { ...createEmptyCopy(), title: 'トートバッグ' } } });
    expect(toBaseSummary(jaOnly).titleZh).toBe('トートバッグ');
  });

  it('builds lower-case search text from code, every title, tags and brand', () => {
    const l = createListing(0, {
      spuCode: 'BG26A-7', brand: 'NORTHLIGHT', tags: ['Cross-border', ' 新品 '],
      copy: { 'zh-CN': { ...createEmptyCopy(), title: '托特包' }, 'en-US': { ...createEmptyCopy(), title: 'Canvas Tote' } },
    });
    const s = toBaseSummary(l);
    expect(s.searchText.split('\n')).toEqual(['bg26a-7', '托特包', 'canvas tote', 'cross-border', '新品', 'northlight']);
    expect(s.tags).toEqual(['Cross-border', '新品']);
    expect(s.currency).toBe('CNY');
  });
});

describe('normalizeTags', () => {
  it('trims, collapses spaces, drops empties and case-insensitive duplicates, keeping the first spelling', () => {
    expect(normalizeTags([' 新品', '新品\u3000', '', '  ', 'Cross-border', 'cross-border', 'a  b'])).toEqual(['新品', 'Cross-border', 'a b']);
    expect(normalizeTags([])).toEqual([]);
  });

  it('tells whether tags are already normal', () => {
    expect(areTagsNormalized(['新品', '秋冬'])).toBe(true);
    expect(areTagsNormalized(['新品', '新品'])).toBe(false);
    expect(areTagsNormalized(['新品 '])).toBe(false);
  });
});
