import { describe, expect, it } from 'vitest';
import { evaluateListing, ListingChecklist, readyChannels } from '@shared/checklist/evaluate';
import { DEFAULT_MARKET_SETTINGS, priceGaps } from '@shared/checklist/market-facts';
import { CHECKLIST_CODES, type ChannelReadiness, type MarketSettings } from '@shared/checklist/types';
import { DEFAULT_MARKETS } from '@shared/markets/market';
import { skuPriceIn } from '@shared/markets/prices';
import type { RateTable } from '@shared/markets/rates';
import { createEmptyCopy } from '@shared/model/factory';
import { CHANNEL_IDS, type CopyLocale } from '@shared/model/ids';
import type { Copy, Listing } from '@shared/model/listing';
import { createSizeChart } from '@shared/model/size-chart';
import { DEFAULT_CHECKLIST_SETTINGS } from '@shared/model/settings';
import { fieldKeysOf } from '@shared/translation/fields';
import { markReviewed } from '@shared/translation/outdated';
import enChecklist from '../../../../renderer/src/i18n/locales/en/checklist.json';
import zhChecklist from '../../../../renderer/src/i18n/locales/zh-CN/checklist.json';
import { context, readyListing, sku } from './fixtures';

const open = (r: ChannelReadiness, code: string) => r.items.filter((i) => i.code === code && !i.override);
const codes = (r: ChannelReadiness) => r.items.filter((i) => !i.override).map((i) => `${i.severity}:${i.code}`);

function withMarkets(patch: Partial<MarketSettings>) {
  return context({}, '2026-11-25', DEFAULT_CHECKLIST_SETTINGS, { ...DEFAULT_MARKET_SETTINGS, ...patch });
}

/** The default markets, with Shopify also selling in Japan. */
const SHOPIFY_IN_JAPAN = withMarkets({ markets: DEFAULT_MARKETS.map((m) => (m.id === 'jp' ? { ...m, channels: ['shopify' as const] } : m)) });

function editCopy(listing: Listing, locale: CopyLocale, patch: Partial<Copy>): Listing {
  return { ...listing, copy: { ...listing.copy, [locale]: { ...(listing.copy[locale] ?? createEmptyCopy()), ...patch } } };
}

const JAPANESE: Partial<Copy> = { title: 'リュミエール 花柄シフォン ミディ丈ワンピース', description: '軽やかなシフォンのミディ丈ワンピース。' };

describe('copy for every locale a channel needs', () => {
  it("checks the locales of the channel's markets too, and only those", () => {
    const plain = new ListingChecklist(readyListing(), context());
    expect(plain.localesFor('shopify')).toEqual(['en-US']);
    expect(plain.localesFor('own-mall')).toEqual(['zh-CN', 'en-US']);
    const japan = new ListingChecklist(readyListing(), SHOPIFY_IN_JAPAN);
    expect(japan.localesFor('shopify')).toEqual(['en-US', 'ja-JP']);
    expect(japan.evaluateChannel('shopify').results.map((r) => r.locale)).toEqual(['en-US', 'ja-JP']);
    expect(japan.localesFor('amazon')).toEqual(['en-US']);
  });

  it('shows a locale without copy as one blocker, folding its title and description items into it', () => {
    const shopify = new ListingChecklist(readyListing(), SHOPIFY_IN_JAPAN).evaluateChannel('shopify');
    expect(shopify.ready).toBe(false);
    const ja = shopify.results.find((r) => r.locale === 'ja-JP');
    expect(ja?.items).toMatchObject([{ code: 'copy.localeMissing', severity: 'blocker', path: ['copy', 'ja-JP'], params: { locale: 'ja-JP' }, ruleId: 'core.copy.locale.v1' }]);
    expect(ja?.items[0]?.source).toMatch(/^app rule: /);
    // The copy checks it stands for still run and count against the score.
    const en = shopify.results.find((r) => r.locale === 'en-US');
    expect(ja?.checks).toBe(en?.checks);
    expect(ja?.score).toBeLessThan(en?.score ?? 0);
    expect(readyChannels(readyListing(), SHOPIFY_IN_JAPAN, CHANNEL_IDS)).not.toContain('shopify');
  });

  it('counts a copy with no text (an added but empty language) as missing', () => {
    const listing = editCopy(readyListing(), 'ja-JP', { keywords: ['ワンピース'] });
    const ja = new ListingChecklist(listing, SHOPIFY_IN_JAPAN).evaluate('shopify', 'ja-JP');
    expect(codes(ja)).toEqual(['blocker:copy.localeMissing']);
  });

  it("is raised for a pack's own locale too, instead of an empty title", () => {
    const { 'en-US': _dropped, ...zhOnly } = readyListing().copy;
    const amazon = evaluateListing(readyListing({ copy: zhOnly }), 'amazon', 'en-US', context());
    expect(open(amazon, 'copy.localeMissing')).toHaveLength(1);
    expect(open(amazon, 'title.missing')).toEqual([]);
    expect(open(amazon, 'field.missing').filter((i) => i.path[0] === 'copy')).toEqual([]);
    // Items not about copy stay listed.
    expect(open(amazon, 'currency.mismatch')).toHaveLength(1);
  });

  it('clears once the locale has copy, and leaves channels outside the market alone', () => {
    const listing = editCopy(readyListing(), 'ja-JP', JAPANESE);
    const shopify = new ListingChecklist(listing, SHOPIFY_IN_JAPAN).evaluateChannel('shopify');
    expect(shopify.results.flatMap((r) => r.items.map((i) => i.code))).not.toContain('copy.localeMissing');
    expect(shopify.ready).toBe(true);
    expect(readyChannels(readyListing(), context(), CHANNEL_IDS)).toEqual([...CHANNEL_IDS]);
  });
});

describe('outdated translations', () => {
  /** The ready fixture with en-US reviewed against the current zh-CN copy. */
  function reviewed(listing = readyListing()): Listing {
    const zh = listing.copy['zh-CN'];
    if (!zh) throw new Error('fixture');
    return markReviewed(listing, 'en-US', fieldKeysOf(zh), 1, 'zh-CN');
  }

  it('passes a translation reviewed against the current source', () => {
    expect(evaluateListing(reviewed(), 'shopify', 'en-US', context()).items).toEqual([]);
  });

  it('warns per field after a source edit, pointing at the target field', () => {
    const listing = editCopy(reviewed(), 'zh-CN', { title: '2026夏季新款 法式碎花连衣裙 收腰显瘦', bullets: ['轻盈雪纺面料，透气舒适', '收腰设计，显瘦', '法式碎花，度假通勤皆宜'] });
    const r = evaluateListing(listing, 'shopify', 'en-US', context());
    expect(r.ready).toBe(true);
    expect(r.items).toMatchObject([
      { code: 'translation.outdatedTitle', severity: 'warning', path: ['copy', 'en-US', 'title'], params: { source: 'zh-CN' }, key: 'core.copy.translation-current.v1|en-US|title' },
      { code: 'translation.outdatedBullet', severity: 'warning', path: ['copy', 'en-US', 'bullets', 1], params: { source: 'zh-CN', index: 2 } },
    ]);
    // The source itself is never outdated.
    expect(open(evaluateListing(listing, 'taobao', 'zh-CN', context()), 'translation.outdatedTitle')).toEqual([]);
  });

  it('clears after review', () => {
    const edited = editCopy(reviewed(), 'zh-CN', { title: '2026夏季新款 法式碎花连衣裙 收腰显瘦' });
    expect(open(evaluateListing(edited, 'amazon', 'en-US', context()), 'translation.outdatedTitle')).toHaveLength(1);
    const again = markReviewed(edited, 'en-US', ['title'], 2);
    expect(open(evaluateListing(again, 'amazon', 'en-US', context()), 'translation.outdatedTitle')).toEqual([]);
  });

  it("reports an outdated title override only on the override's channel", () => {
    const base = editCopy(editCopy(readyListing(), 'zh-CN', { titleOverrides: { shopify: '碎花连衣裙' } }), 'en-US', { titleOverrides: { shopify: 'Floral Midi Dress' } });
    const edited = editCopy(reviewed(base), 'zh-CN', { titleOverrides: { shopify: '法式碎花连衣裙' } });
    expect(open(evaluateListing(edited, 'shopify', 'en-US', context()), 'translation.outdatedTitleOverride')).toMatchObject([
      { path: ['copy', 'en-US', 'titleOverrides', 'shopify'], params: { channel: 'shopify', source: 'zh-CN' } },
    ]);
    expect(open(evaluateListing(edited, 'amazon', 'en-US', context()), 'translation.outdatedTitleOverride')).toEqual([]);
  });

  it('says nothing for copy whose translation was never tracked', () => {
    const edited = editCopy(readyListing(), 'zh-CN', { title: '全新标题 连衣裙' });
    expect(evaluateListing(edited, 'shopify', 'en-US', context()).items.filter((i) => i.code.startsWith('translation.'))).toEqual([]);
  });
});

describe('prices in the currencies a channel sells in', () => {
  const CNY_ONLY: RateTable = { base: 'CNY', rates: { CNY: '1' }, updatedAt: 1 };

  it('accepts derived prices: the default rates cover USD', () => {
    expect(evaluateListing(readyListing(), 'amazon', 'en-US', context()).items.map((i) => i.code)).not.toContain('price.currencyMissing');
  });

  it('blocks when a SKU has no price in the currency and no rate to derive one', () => {
    const ctx = withMarkets({ rates: CNY_ONLY });
    const r = evaluateListing(readyListing(), 'amazon', 'en-US', ctx);
    expect(open(r, 'price.currencyMissing')).toMatchObject([
      { severity: 'blocker', ruleId: 'core.price.market-currency.v1', path: ['skus', 0, 'prices', 'USD', 'price'], params: { currency: 'USD', count: 3, total: 3, sku: 'DR-RED-S' } },
    ]);
    expect(open(r, 'price.currencyMissing')[0]?.variantGroup).toBeUndefined();
    // Taobao sells in the listing's own currency: nothing to derive.
    expect(open(evaluateListing(readyListing(), 'taobao', 'zh-CN', ctx), 'price.currencyMissing')).toEqual([]);
  });

  it('rolls up by colour and clears with typed prices', () => {
    const ctx = withMarkets({ rates: CNY_ONLY });
    const usd = { USD: { price: '29.99' } };
    const redPriced = readyListing({ skus: [sku('A', 'Red', { prices: usd }), sku('B', 'Red', { prices: usd }), sku('C', 'Blue')] });
    expect(open(evaluateListing(redPriced, 'shopify', 'en-US', ctx), 'price.currencyMissing')).toMatchObject([
      { params: { count: 1, sku: 'C' }, path: ['skus', 2, 'prices', 'USD', 'price'], variantGroup: { axis: '颜色', values: ['Blue'] } },
    ]);
    const allPriced = readyListing({ skus: [sku('A', 'Red', { prices: usd }), sku('B', 'Red', { prices: usd }), sku('C', 'Blue', { prices: usd })] });
    expect(evaluateListing(allPriced, 'shopify', 'en-US', ctx).items).toEqual([]);
  });

  it('blocks a typed price that is not an amount, even with a rate', () => {
    const listing = readyListing({ skus: [sku('A', 'Red', { prices: { USD: { price: 'abc' } } }), sku('B', 'Blue')] });
    expect(open(evaluateListing(listing, 'shopify', 'en-US', context()), 'price.currencyInvalid')).toMatchObject([{ severity: 'blocker', params: { currency: 'USD', count: 1, sku: 'A' } }]);
  });

  it('leaves a SKU without a base price to sku.unpriced', () => {
    const listing = readyListing({ skus: [sku('A', 'Red', { price: '' }), sku('B', 'Blue')] });
    const r = evaluateListing(listing, 'shopify', 'en-US', withMarkets({ rates: CNY_ONLY }));
    expect(open(r, 'sku.unpriced')).toMatchObject([{ params: { count: 1, sku: 'A' } }]);
    expect(open(r, 'price.currencyMissing')).toMatchObject([{ params: { count: 1, sku: 'B' } }]);
  });

  it("checks every market's currency of the channel", () => {
    const ctx = withMarkets({
      rates: { base: 'CNY', rates: { CNY: '1', USD: '0.14' }, updatedAt: 1 },
      markets: DEFAULT_MARKETS.map((m) => (m.id === 'jp' ? { ...m, channels: ['shopify' as const] } : m)),
    });
    const listing = editCopy(readyListing(), 'ja-JP', JAPANESE);
    const shopify = new ListingChecklist(listing, ctx).evaluateChannel('shopify');
    expect(shopify.results.map((r) => open(r, 'price.currencyMissing').map((i) => i.params.currency))).toEqual([['JPY'], ['JPY']]);
  });

  it('agrees with skuPriceIn on which prices are missing', () => {
    const rates: RateTable = { base: 'CNY', rates: { CNY: '1', USD: '0.14' }, updatedAt: 1 };
    const skus = [
      sku('A', 'Red'), sku('B', 'Red', { price: '¥1,299.50' }), sku('C', 'Red', { price: '-5' }), sku('D', 'Red', { price: '1e3' }),
      sku('E', 'Red', { prices: { USD: { price: '12' } } }), sku('F', 'Red', { prices: { USD: { price: '$12' } } }), sku('G', 'Red', { prices: { USD: { price: 'x' } } }),
      sku('H', 'Red', { prices: { USD: { price: ' ' } } }), sku('I', 'Red', { prices: { JPY: { price: '300' } } }),
    ];
    for (const target of ['USD', 'JPY'] as const) {
      const gaps = priceGaps({ skus, currency: 'CNY' }, target, rates, []);
      const flagged = new Set([...gaps.missing, ...gaps.invalid]);
      skus.forEach((s, i) => {
        const missing = skuPriceIn(s, 'CNY', target, { rates, rounding: DEFAULT_MARKET_SETTINGS.rounding }).price.source === 'missing';
        expect(flagged.has(i), `${s.code} in ${target}`).toBe(missing);
      });
    }
  });
});

describe('size charts', () => {
  it('warns on every channel when a dress has no size chart, pointing at the chart', () => {
    const listing = readyListing({ sizeChart: null });
    for (const channel of CHANNEL_IDS) {
      const r = evaluateListing(listing, channel, channel === 'amazon' || channel === 'shopify' || channel === 'woocommerce' ? 'en-US' : 'zh-CN', context());
      expect(open(r, 'sizeChart.missing'), channel).toMatchObject([{ severity: 'warning', path: ['sizeChart'], params: { categoryPath: '女装 > 连衣裙' } }]);
      expect(r.ready).toBe(true);
    }
  });

  it('counts an empty grid as no chart, and clears with a filled one', () => {
    const empty = readyListing({ sizeChart: createSizeChart(['S', 'M'], ['胸围']) });
    expect(open(evaluateListing(empty, 'taobao', 'zh-CN', context()), 'sizeChart.missing')).toHaveLength(1);
    expect(open(evaluateListing(readyListing(), 'taobao', 'zh-CN', context()), 'sizeChart.missing')).toEqual([]);
  });

  it('asks nothing of categories not sold by size', () => {
    const listing = readyListing({ categoryPath: ['家居', '香薰蜡烛'], sizeChart: null });
    expect(open(evaluateListing(listing, 'taobao', 'zh-CN', context()), 'sizeChart.missing')).toEqual([]);
  });
});

describe('glossary', () => {
  const glossary = [{ term: '收腰', translations: { 'en-US': 'cinched waist' } }];

  it('warns once per term where the translation does not use the agreed term', () => {
    const r = evaluateListing(readyListing(), 'shopify', 'en-US', withMarkets({ glossary }));
    expect(r.items).toMatchObject([
      {
        code: 'glossary.termMissing', severity: 'warning', ruleId: 'core.copy.glossary.v1', path: ['copy', 'en-US', 'title'],
        params: { term: '收腰', found: '收腰', expected: 'cinched waist', source: 'zh-CN' }, key: 'core.copy.glossary.v1|en-US|收腰',
      },
    ]);
    // The source locale is not held to itself.
    expect(open(evaluateListing(readyListing(), 'taobao', 'zh-CN', withMarkets({ glossary })), 'glossary.termMissing')).toEqual([]);
  });

  it('clears when every field uses the term', () => {
    const listing = editCopy(readyListing(), 'en-US', {
      title: 'Lumière Floral Chiffon Midi Dress, Cinched Waist',
      description: 'A light chiffon midi dress with a cinched waist and a French floral print.',
      bullets: ['Light, breathable chiffon fabric', 'Cinched waist for a slim silhouette', 'French floral print for work or holiday'],
    });
    expect(evaluateListing(listing, 'shopify', 'en-US', withMarkets({ glossary })).items).toEqual([]);
  });

  it('can be accepted with a reason', () => {
    const listing = { ...readyListing(), overrides: [{ key: 'core.copy.glossary.v1|en-US|收腰', reason: 'fitted reads better here', at: 1 }] };
    const r = evaluateListing(listing, 'amazon', 'en-US', withMarkets({ glossary }));
    expect(open(r, 'glossary.termMissing')).toEqual([]);
    expect(r.items.find((i) => i.code === 'glossary.termMissing')?.override?.reason).toBe('fitted reads better here');
  });
});

it('gives the same results shared across channels and locales as evaluated one by one', () => {
  const ctx = withMarkets({
    glossary: [{ term: '收腰', translations: { 'en-US': 'cinched waist' } }],
    rates: { base: 'CNY', rates: { CNY: '1' }, updatedAt: 1 },
    markets: DEFAULT_MARKETS.map((m) => (m.id === 'jp' ? { ...m, channels: ['shopify' as const, 'own-mall' as const] } : m)),
  });
  const zh = readyListing().copy['zh-CN'];
  if (!zh) throw new Error('fixture');
  const tracked = markReviewed(editCopy(readyListing({ sizeChart: null }), 'en-US', { titleOverrides: { amazon: 'Floral Midi Dress' } }), 'en-US', fieldKeysOf(zh), 1, 'zh-CN');
  const listing = editCopy(tracked, 'zh-CN', { title: '新标题 连衣裙' });
  const shared = new ListingChecklist(listing, ctx);
  for (const channel of CHANNEL_IDS) {
    for (const locale of ['zh-CN', 'en-US', 'ja-JP'] as const) {
      expect(shared.evaluate(channel, locale)).toEqual(evaluateListing(listing, channel, locale, ctx));
    }
  }
});

it('has a message for every checklist code in both UI languages, with the params the engine fills', () => {
  const lookup = (tree: unknown, code: string): unknown => code.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), tree);
  for (const code of CHECKLIST_CODES) {
    expect(typeof lookup(enChecklist.items, code), `en ${code}`).toBe('string');
    expect(typeof lookup(zhChecklist.items, code), `zh-CN ${code}`).toBe('string');
  }
  const placeholders = (code: string) => [...String(lookup(enChecklist.items, code)).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
  expect(placeholders('price.currencyMissing').sort()).toEqual(['count', 'currency', 'currency', 'sku', 'total']);
  expect(placeholders('glossary.termMissing').sort()).toEqual(['expected', 'found', 'source']);
});
