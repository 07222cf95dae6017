import { describe, expect, it } from 'vitest';
import { prepareItems } from '../../../../electron/services/exporters/prepare';
import type { ExportPricing } from '../../../../electron/services/exporters/types';
import { exportPricing } from '../../../../electron/services/channel-export';
import { DEFAULT_MARKETS } from '../../../../shared/markets/market';
import { DEFAULT_ROUNDING_RULES } from '../../../../shared/markets/rounding';
import { handBuiltListing } from './fixtures';

const RATES = { base: 'CNY' as const, rates: { CNY: '1', USD: '0.14', JPY: '21' }, updatedAt: 1 };
const usd: ExportPricing = { currency: 'USD', rates: RATES, rounding: DEFAULT_ROUNDING_RULES };

describe('export prices in the package currency', () => {
  it('converts a CNY listing for a USD package with the rounding rule, lifting compare-at to stay above', () => {
    const { listings, warnings } = prepareItems('amazon', 'en-US', [{ listing: handBuiltListing(), images: [] }], usd);
    expect(warnings).toEqual([]);
    const [prepared] = listings;
    expect(prepared?.currency).toBe('USD');
    // 199 × 0.14 = 27.86 → 27.99; 259 × 0.14 = 36.26 → 36.99; 89.9 × 0.14 = 12.586 → 12.99.
    expect(prepared?.skus.map((s) => [s.priceCents, s.compareAtCents])).toEqual([[2799, 3699], [2799, 0], [1299, 0], [1299, 0]]);
  });

  it('an explicit price for the currency wins over the derived one', () => {
    const listing = handBuiltListing();
    listing.skus = listing.skus.map((sku, i) => (i === 0 ? { ...sku, prices: { USD: { price: '25', compareAtPrice: '35' } } } : sku));
    const { listings } = prepareItems('amazon', 'en-US', [{ listing, images: [] }], usd);
    expect(listings[0]?.skus[0]).toMatchObject({ priceCents: 2500, compareAtCents: 3500 });
  });

  it('leaves out, with a reason, a listing with no price in the currency and no rate', () => {
    const noRate: ExportPricing = { ...usd, currency: 'EUR' };
    const { listings, warnings } = prepareItems('shopify', 'en-US', [{ listing: handBuiltListing(), images: [] }], noRate);
    expect(listings).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['currency']);
    expect(warnings[0]?.message).toMatch(/no EUR price \(type one, or add a CNY→EUR rate in Settings\)/);
  });

  it('without pricing, a package keeps the old rule: Chinese marketplaces take CNY only', () => {
    const listing = { ...handBuiltListing(), currency: 'USD' as const };
    expect(prepareItems('taobao', 'zh-CN', [{ listing, images: [] }]).warnings.map((w) => w.code)).toEqual(['currency']);
    expect(prepareItems('shopify', 'en-US', [{ listing, images: [] }]).listings[0]?.currency).toBe('USD');
  });

  it("takes the package currency from the channel's first market, else the rule pack", () => {
    const settings = { markets: DEFAULT_MARKETS, rates: RATES, rounding: DEFAULT_ROUNDING_RULES };
    expect(exportPricing('taobao', settings)?.currency).toBe('CNY');
    expect(exportPricing('amazon', settings)?.currency).toBe('USD');
    expect(exportPricing('shopify', { ...settings, markets: [{ id: 'jp', name: 'Japan', locale: 'ja-JP' as const, currency: 'JPY' as const, units: 'metric' as const, channels: ['shopify' as const] }] })?.currency).toBe('JPY');
    expect(exportPricing('jd', { ...settings, markets: [] })?.currency).toBe('CNY');
  });
});
