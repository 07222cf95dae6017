import { describe, expect, it } from 'vitest';
import { evaluateListing, ListingChecklist, readyChannels } from '@shared/checklist/evaluate';
import type { ChannelReadiness } from '@shared/checklist/types';
import { CHANNEL_IDS } from '@shared/model/ids';
import type { Listing } from '@shared/model/listing';
import { DEFAULT_CHECKLIST_SETTINGS } from '@shared/model/settings';
import { context, goodMeta, readyListing, sku } from './fixtures';

const codes = (r: ChannelReadiness) => r.items.filter((i) => !i.override).map((i) => `${i.severity}:${i.code}`);
const open = (r: ChannelReadiness, code: string) => r.items.filter((i) => i.code === code && !i.override);

function withTitle(listing: Listing, locale: 'zh-CN' | 'en-US', title: string): Listing {
  const copy = listing.copy[locale];
  if (!copy) throw new Error('fixture lacks locale');
  return { ...listing, copy: { ...listing.copy, [locale]: { ...copy, title } } };
}

describe('readiness engine', () => {
  it('scores the complete fixture ready on every channel in every locale it needs', () => {
    const listing = readyListing();
    expect(readyChannels(listing, context(), CHANNEL_IDS)).toEqual([...CHANNEL_IDS]);
    const shopify = evaluateListing(listing, 'shopify', 'en-US', context());
    expect(shopify.items).toEqual([]);
    expect(shopify.score).toBe(100);
  });

  describe('title length in the channel unit (channel-rules.md §1.1)', () => {
    const thirty = '春'.repeat(30);
    it('passes a Taobao title of exactly 60 units and fails one of 61', () => {
      const at60 = evaluateListing(withTitle(readyListing(), 'zh-CN', thirty), 'taobao', 'zh-CN', context());
      expect(at60.meter).toMatchObject({ unit: 'cjk-double', used: 60, limit: 60, cutIndex: null });
      expect(open(at60, 'title.tooLong')).toEqual([]);

      const at61 = evaluateListing(withTitle(readyListing(), 'zh-CN', `${thirty}A`), 'taobao', 'zh-CN', context());
      expect(at61.ready).toBe(false);
      expect(open(at61, 'title.tooLong')).toMatchObject([{ severity: 'blocker', ruleId: 'taobao.title.length.v1', params: { used: 61, limit: 60 }, path: ['copy', 'zh-CN', 'title'] }]);
      // The channel keeps the 30 汉字 and cuts the A.
      expect(at61.meter.cutIndex).toBe(30);
    });

    it('counts mixed Chinese and ASCII: 汉字 2, ASCII 1', () => {
      const r = evaluateListing(withTitle(readyListing(), 'zh-CN', '2026新款 Dress'), 'douyin', 'zh-CN', context());
      expect(r.meter.used).toBe(4 + 4 + 1 + 5);
      const amazon = evaluateListing(withTitle(readyListing(), 'zh-CN', '2026新款 Dress'), 'amazon', 'zh-CN', context());
      expect(amazon.meter).toMatchObject({ unit: 'chars', used: 12, limit: 75 });
    });

    it('checks the channel title override, and points the fix at it', () => {
      const base = readyListing();
      const zh = base.copy['zh-CN'];
      if (!zh) throw new Error('fixture');
      const listing = { ...base, copy: { ...base.copy, 'zh-CN': { ...zh, titleOverrides: { taobao: '春'.repeat(31) } } } };
      const taobao = evaluateListing(listing, 'taobao', 'zh-CN', context());
      expect(open(taobao, 'title.tooLong')[0]?.path).toEqual(['copy', 'zh-CN', 'titleOverrides', 'taobao']);
      expect(open(evaluateListing(listing, 'tmall', 'zh-CN', context()), 'title.tooLong')).toEqual([]);
    });

    it('treats an unverified limit as a warning: JD over 60 units stays ready', () => {
      const r = evaluateListing(withTitle(readyListing(), 'zh-CN', '春'.repeat(31)), 'jd', 'zh-CN', context());
      expect(open(r, 'title.tooLong')).toMatchObject([{ severity: 'warning', confidence: 'unverified' }]);
      expect(r.ready).toBe(true);
      expect(r.score).toBeLessThan(100);
    });
  });

  it('refuses emoji where the channel forbids them (Douyin, Taobao) and not elsewhere', () => {
    const listing = withTitle(readyListing(), 'zh-CN', '法式碎花连衣裙 😍 夏季新款');
    expect(open(evaluateListing(listing, 'douyin', 'zh-CN', context()), 'title.forbiddenChars')).toMatchObject([{ severity: 'blocker', params: { chars: '😍' } }]);
    expect(open(evaluateListing(listing, 'taobao', 'zh-CN', context()), 'title.forbiddenChars')).toHaveLength(1);
    expect(open(evaluateListing(listing, 'own-mall', 'zh-CN', context()), 'title.forbiddenChars')).toEqual([]);
    // ® is part of brand names, not an emoji.
    expect(open(evaluateListing(withTitle(readyListing(), 'zh-CN', 'Lumière® 连衣裙'), 'douyin', 'zh-CN', context()), 'title.forbiddenChars')).toEqual([]);
  });

  it("refuses Amazon's special characters unless they are part of the brand", () => {
    const bad = evaluateListing(withTitle(readyListing(), 'en-US', 'Floral Midi Dress for Women {Summer}!'), 'amazon', 'en-US', context());
    expect(open(bad, 'title.forbiddenChars')[0]?.params.chars).toBe('{ } !');
    const brand = readyListing({ brand: 'Yahoo!' });
    expect(open(evaluateListing(withTitle(brand, 'en-US', 'Yahoo! Floral Midi Dress'), 'amazon', 'en-US', context()), 'title.forbiddenChars')).toEqual([]);
  });

  it('fails an Amazon title that repeats a word three times; twice is allowed, prepositions are exempt', () => {
    const thrice = evaluateListing(withTitle(readyListing(), 'en-US', 'Midi Dress, Summer Dress, Floral Dress'), 'amazon', 'en-US', context());
    expect(open(thrice, 'title.repeatedWord')).toMatchObject([{ severity: 'blocker', params: { word: 'dress', count: 3, max: 2 } }]);
    expect(thrice.ready).toBe(false);
    const twice = evaluateListing(withTitle(readyListing(), 'en-US', 'Midi Dress for Work, for Travel, for Summer, Summer Dress'), 'amazon', 'en-US', context());
    expect(open(twice, 'title.repeatedWord')).toEqual([]);
  });

  describe('广告法 absolute terms (channel-rules.md §8)', () => {
    it.each([
      ['最好', 'superlative'],
      ['全网第一', 'first'],
      ['顶级', 'grade'],
      ['绝对', 'absolute'],
      ['全网最低', 'platform-risk'],
    ])('flags %s (%s) as an overridable warning', (term, category) => {
      const r = evaluateListing(withTitle(readyListing(), 'zh-CN', `法式碎花连衣裙 ${term} 夏季新款`), 'taobao', 'zh-CN', context());
      expect(open(r, 'adLaw.term')).toMatchObject([{ severity: 'warning', params: { term, category }, path: ['copy', 'zh-CN', 'title'] }]);
      expect(r.ready).toBe(true);
    });

    it('clears the warning on every channel once overridden with a reason, and keeps the reason', () => {
      const listing = withTitle(readyListing(), 'zh-CN', '法式碎花连衣裙 最新款 夏季');
      const before = evaluateListing(listing, 'taobao', 'zh-CN', context());
      const item = open(before, 'adLaw.term')[0];
      expect(item?.params.term).toBe('最新');
      if (!item) return;
      const accepted = { ...listing, overrides: [{ key: item.key, reason: '2026 新品，“最新”指上市时间', at: 1 }] };
      for (const channel of ['taobao', 'douyin', 'own-mall'] as const) {
        const after = evaluateListing(accepted, channel, 'zh-CN', context());
        expect(open(after, 'adLaw.term')).toEqual([]);
        expect(after.items.find((i) => i.code === 'adLaw.term')?.override?.reason).toBe('2026 新品，“最新”指上市时间');
      }
    });

    it('honours the user list: a removed built-in term is not flagged, an added one is', () => {
      const listing = withTitle(readyListing(), 'zh-CN', '法式碎花连衣裙 顶级 爆款');
      const settings = { ...DEFAULT_CHECKLIST_SETTINGS, adTerms: { added: ['爆款'], removed: ['顶级'] } };
      const r = evaluateListing(listing, 'taobao', 'zh-CN', context({}, '2026-11-25', settings));
      expect(open(r, 'adLaw.term').map((i) => i.params.term)).toEqual(['爆款']);
    });

    it('does not apply China advertising law on Amazon', () => {
      const r = evaluateListing(withTitle(readyListing(), 'zh-CN', '最好的连衣裙'), 'amazon', 'zh-CN', context());
      expect(open(r, 'adLaw.term')).toEqual([]);
    });
  });

  it('blocks a competitor brand from the user list, but not the listing’s own brand', () => {
    const settings = { ...DEFAULT_CHECKLIST_SETTINGS, competitorBrands: ['Zara', 'Lumière'] };
    const listing = withTitle(readyListing(), 'en-US', 'Lumière Midi Dress like Zara');
    const r = evaluateListing(listing, 'shopify', 'en-US', context({}, '2026-11-25', settings));
    expect(open(r, 'competitor.brand')).toMatchObject([{ severity: 'blocker', params: { brand: 'Zara' } }]);
  });

  describe('effective dates', () => {
    const title = `Lumière Floral Chiffon Midi Dress for Women, Fitted Waist, French Print, Summer`;
    it('does not apply a rule before its date: Amazon 75 characters starts 2026-07-27', () => {
      expect(title.length).toBeGreaterThan(75);
      const listing = withTitle(readyListing(), 'en-US', title);
      const before = evaluateListing(listing, 'amazon', 'en-US', context({}, '2026-07-26'));
      expect(before.meter).toMatchObject({ limit: 200, ruleId: 'amazon.title.length.v1' });
      expect(open(before, 'title.tooLong')).toEqual([]);
      const on = evaluateListing(listing, 'amazon', 'en-US', context({}, '2026-07-27'));
      expect(on.meter).toMatchObject({ limit: 75, ruleId: 'amazon.title.length.v2' });
      expect(open(on, 'title.tooLong')).toMatchObject([{ ruleId: 'amazon.title.length.v2', params: { used: title.length, limit: 75 } }]);
    });

    it('does not apply the 2025-01-21 Amazon title rules before that day', () => {
      const listing = withTitle(readyListing(), 'en-US', 'Midi Dress, Summer Dress, Floral Dress!');
      const r = evaluateListing(listing, 'amazon', 'en-US', context({}, '2025-01-20'));
      expect(open(r, 'title.repeatedWord')).toEqual([]);
      expect(open(r, 'title.forbiddenChars')).toEqual([]);
      expect(r.meter.limit).toBeNull();
    });
  });

  describe('images count only when they pass the channel check', () => {
    it('counts a too-small main image as missing, with the failing count', () => {
      const listing = readyListing();
      const r = evaluateListing(listing, 'taobao', 'zh-CN', context({ main: goodMeta('main', { width: 300, height: 300 }) }));
      expect(open(r, 'images.missing')).toMatchObject([{ severity: 'blocker', params: { slot: 'main', have: 0, min: 1, failing: 1 } }]);
      expect(r.ready).toBe(false);
    });

    it('fails the Amazon main image on a grey background, while Shopify takes it', () => {
      const grey = goodMeta('main', { border: { r: 200, g: 200, b: 200, uniformity: 1 } });
      const ctx = context({ main: grey });
      expect(open(evaluateListing(readyListing(), 'amazon', 'en-US', ctx), 'images.missing')[0]?.params).toMatchObject({ slot: 'main', failing: 1 });
      expect(open(evaluateListing(readyListing(), 'shopify', 'en-US', ctx), 'images.missing')).toEqual([]);
    });

    it('counts an image whose original is not in the asset store as missing', () => {
      const ctx = { ...context(), imageMeta: () => undefined };
      expect(open(evaluateListing(readyListing(), 'own-mall', 'en-US', ctx), 'images.missing')).toHaveLength(1);
    });

    it('counts a rendition that could not meet the byte limit as missing', () => {
      const ctx = { ...context(), renditionPassing: (hash: string, ruleId: string) => !(hash === 'main' && ruleId === 'douyin.main.v1') };
      expect(open(evaluateListing(readyListing(), 'douyin', 'zh-CN', ctx), 'images.missing')).toHaveLength(1);
      expect(open(evaluateListing(readyListing(), 'taobao', 'zh-CN', ctx), 'images.missing')).toEqual([]);
    });

    it('rolls up variant images: all Blue variants lack an image', () => {
      const listing = readyListing();
      const r = evaluateListing({ ...listing, images: listing.images.filter((i) => i.assetId !== 'blue') }, 'amazon', 'en-US', context());
      expect(open(r, 'images.variantMissing')).toMatchObject([{ severity: 'blocker', params: { values: 'Blue', count: 1 }, variantGroup: { axis: '颜色', values: ['Blue'] } }]);
    });
  });

  describe('SKU rollups and price sanity', () => {
    it('rolls up SKUs without a barcode for Amazon: 3 SKUs, pointing at the first', () => {
      const listing = readyListing({ skus: [sku('A', 'Red', { barcode: '' }), sku('B', 'Red', { barcode: '123' }), sku('C', 'Blue', { barcode: '' })] });
      const r = evaluateListing(listing, 'amazon', 'en-US', context());
      expect(open(r, 'sku.noBarcode')).toMatchObject([{ severity: 'blocker', params: { count: 3, total: 3, sku: 'A' }, path: ['skus', 0, 'barcode'] }]);
      expect(open(evaluateListing(listing, 'taobao', 'zh-CN', context()), 'sku.noBarcode')).toEqual([]);
    });

    it('names the colour when exactly its variants fail: all Red variants have no price', () => {
      const listing = readyListing({ skus: [sku('A', 'Red', { price: '' }), sku('B', 'Red', { price: 'abc' }), sku('C', 'Blue')] });
      const [item] = open(evaluateListing(listing, 'shopify', 'en-US', context()), 'sku.unpriced');
      expect(item).toMatchObject({ severity: 'blocker', params: { count: 2, total: 3 }, variantGroup: { axis: '颜色', values: ['Red'] } });
      const mixed = readyListing({ skus: [sku('A', 'Red', { price: '' }), sku('B', 'Red'), sku('C', 'Blue')] });
      expect(open(evaluateListing(mixed, 'shopify', 'en-US', context()), 'sku.unpriced')[0]?.variantGroup).toBeUndefined();
    });

    it('requires every SKU stocked; 0 in stock is a warning', () => {
      const listing = readyListing({ skus: [sku('A', 'Red', { stock: '' }), sku('B', 'Red', { stock: '0' }), sku('C', 'Blue')] });
      const r = evaluateListing(listing, 'woocommerce', 'en-US', context());
      expect(codes(r)).toEqual(['blocker:sku.unstocked', 'warning:sku.outOfStock']);
    });

    it('blocks a sale price above the list price', () => {
      const listing = readyListing({ skus: [sku('A', 'Red', { price: '399', compareAtPrice: '299' }), sku('B', 'Blue')] });
      expect(open(evaluateListing(listing, 'shopify', 'en-US', context()), 'sku.saleAboveList')).toMatchObject([{ severity: 'blocker', path: ['skus', 0, 'price'] }]);
    });

    it('warns about margins under the threshold the user sets', () => {
      const listing = readyListing({ skus: [sku('A', 'Red', { price: '100', cost: '90' }), sku('B', 'Blue', { price: '100', cost: '70' })] });
      expect(open(evaluateListing(listing, 'shopify', 'en-US', context()), 'sku.marginLow')).toMatchObject([{ severity: 'warning', params: { count: 1, min: 15 } }]);
      const strict = context({}, '2026-11-25', { ...DEFAULT_CHECKLIST_SETTINGS, minMarginPercent: 40 });
      expect(open(evaluateListing(listing, 'shopify', 'en-US', strict), 'sku.marginLow')[0]?.params.count).toBe(2);
    });

    it("checks Douyin's reference price below 10× the price, and Pinduoduo's required reference price", () => {
      const listing = readyListing({ skus: [sku('A', 'Red', { price: '10', compareAtPrice: '100' }), sku('B', 'Blue', { compareAtPrice: '' })] });
      expect(open(evaluateListing(listing, 'douyin', 'zh-CN', context()), 'sku.referenceTooHigh')[0]?.params).toMatchObject({ count: 1, ratio: 10 });
      expect(open(evaluateListing(listing, 'pinduoduo', 'zh-CN', context()), 'sku.noReferencePrice')[0]?.params).toMatchObject({ count: 1, sku: 'B' });
    });
  });

  describe('keywords', () => {
    it('warns when a primary keyword is missing from the title or beyond the part shown first', () => {
      const base = readyListing();
      const zh = base.copy['zh-CN'];
      if (!zh) throw new Error('fixture');
      const missing = { ...base, copy: { ...base.copy, 'zh-CN': { ...zh, primaryKeywords: ['半身裙'] } } };
      expect(open(evaluateListing(missing, 'taobao', 'zh-CN', context()), 'keyword.missing')).toMatchObject([{ severity: 'warning', params: { keyword: '半身裙' } }]);
      // 连衣裙 after 21 汉字 (42 units) is past Taobao's first 40 units.
      const late = withTitle(base, 'zh-CN', `${'春'.repeat(21)}连衣裙`);
      expect(open(evaluateListing(late, 'taobao', 'zh-CN', context()), 'keyword.notUpFront')).toMatchObject([{ params: { keyword: '连衣裙', front: 40 } }]);
      expect(open(evaluateListing(late, 'taobao', 'zh-CN', context()), 'keyword.missing')).toEqual([]);
    });

    it('finds Chinese keywords inside compound words and English ones only as whole words', () => {
      const base = readyListing();
      const en = base.copy['en-US'];
      if (!en) throw new Error('fixture');
      const listing = withTitle({ ...base, copy: { ...base.copy, 'en-US': { ...en, primaryKeywords: ['dress'] } } }, 'en-US', 'Floral Dresses for Women');
      expect(open(evaluateListing(listing, 'shopify', 'en-US', context()), 'keyword.missing')).toHaveLength(1);
    });
  });

  it('shares one analysis across channels and locales (same results as separate evaluations)', () => {
    const listing = withTitle(readyListing(), 'zh-CN', '最好的法式碎花连衣裙 😍');
    const shared = new ListingChecklist(listing, context());
    for (const channel of CHANNEL_IDS) {
      for (const locale of ['zh-CN', 'en-US'] as const) {
        expect(shared.evaluate(channel, locale)).toEqual(evaluateListing(listing, channel, locale, context()));
      }
    }
  });

  it('needs both languages for the own mall', () => {
    const listing = readyListing();
    const noEnglish = withTitle(listing, 'en-US', '');
    const own = new ListingChecklist(noEnglish, context()).evaluateChannel('own-mall');
    expect(own.ready).toBe(false);
    expect(own.results.map((r) => [r.locale, r.ready])).toEqual([['zh-CN', true], ['en-US', false]]);
  });
});

describe('nested terms', () => {
  it('counts a keyword inside another keyword, but a claim inside a longer claim once', () => {
    const base = readyListing();
    const en = base.copy['en-US'];
    if (!en) throw new Error('fixture');
    const listing = { ...base, copy: { ...base.copy, 'en-US': { ...en, title: 'Floral Midi Dress', primaryKeywords: ['midi dress', 'dress'], keywords: [] } } };
    const r = evaluateListing(listing, 'shopify', 'en-US', context());
    expect(r.items.filter((i) => i.code.startsWith('keyword.'))).toEqual([]);
    const claim = evaluateListing({ ...base, copy: { ...base.copy, 'zh-CN': { ...en, title: '全网第一 连衣裙' } } }, 'taobao', 'zh-CN', context());
    expect(claim.items.filter((i) => i.code === 'adLaw.term').map((i) => i.params.term)).toEqual(['全网第一']);
  });
});
