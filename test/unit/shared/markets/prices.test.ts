import { describe, expect, it } from 'vitest';
import { skuSchema, type Sku } from '@shared/model/listing';
import { DEFAULT_MARKETS } from '@shared/markets/market';
import { skuPriceForMarket, skuPriceIn, type PriceContext, type PricedSku } from '@shared/markets/prices';
import { DEFAULT_ROUNDING_RULES } from '@shared/markets/rounding';

const ctx: PriceContext = {
  rates: { base: 'CNY', rates: { CNY: '1', USD: '0.138', JPY: '21.5' }, updatedAt: 1_764_000_000_000 },
  rounding: DEFAULT_ROUNDING_RULES,
};

const sku = (fields: Partial<PricedSku>): PricedSku => ({ price: '19.99', compareAtPrice: '29.99', ...fields });

describe('derived prices', () => {
  it('converts the base price exactly and applies the currency rule', () => {
    // 19.99 × 0.138 = 2.75862 → up to .99; 29.99 × 0.138 = 4.13862 → 4.99.
    expect(skuPriceIn(sku({}), 'CNY', 'USD', ctx)).toEqual({
      currency: 'USD',
      price: { source: 'derived', amount: '2.99', rateUsed: '0.138' },
      compareAtPrice: { source: 'derived', amount: '4.99', rateUsed: '0.138' },
    });
  });

  it('gives whole yen for JPY', () => {
    // 199 × 21.5 = 4278.5 → 4279.
    expect(skuPriceIn(sku({ price: '199', compareAtPrice: '' }), 'CNY', 'JPY', ctx).price).toEqual({ source: 'derived', amount: '4279', rateUsed: '21.5' });
  });

  it('reads amounts as merchants type them', () => {
    expect(skuPriceIn(sku({ price: '¥1,000' }), 'CNY', 'USD', ctx).price).toEqual({ source: 'derived', amount: '138.99', rateUsed: '0.138' });
  });

  it('derives from a listing priced in another currency through a cross rate', () => {
    // USD → JPY = 21.5 / 0.138 = 155.797…; 10 USD = 1557.97… yen → 1558.
    expect(skuPriceIn(sku({ price: '10', compareAtPrice: '' }), 'USD', 'JPY', ctx).price).toEqual({ source: 'derived', amount: '1558', rateUsed: '155.7971014493' });
  });
});

describe('explicit prices', () => {
  it('uses the price typed for the currency and derives the compare-at price it lacks', () => {
    expect(skuPriceIn(sku({ prices: { USD: { price: '$3.49' } } }), 'CNY', 'USD', ctx)).toEqual({
      currency: 'USD',
      price: { source: 'explicit', amount: '3.49' },
      compareAtPrice: { source: 'derived', amount: '4.99', rateUsed: '0.138' },
    });
  });

  it('uses both typed amounts when given', () => {
    const result = skuPriceIn(sku({ prices: { USD: { price: '3.49', compareAtPrice: '5.00' } } }), 'CNY', 'USD', ctx);
    expect(result.price).toEqual({ source: 'explicit', amount: '3.49' });
    expect(result.compareAtPrice).toEqual({ source: 'explicit', amount: '5.00' });
  });

  it('derives when the typed price is empty', () => {
    expect(skuPriceIn(sku({ prices: { USD: { price: '  ' } } }), 'CNY', 'USD', ctx).price.source).toBe('derived');
  });

  it('uses the SKU\'s own amounts for the listing currency', () => {
    expect(skuPriceIn(sku({ price: '¥1,299', prices: { CNY: { price: '5' } } }), 'CNY', 'CNY', ctx)).toEqual({
      currency: 'CNY',
      price: { source: 'explicit', amount: '1299' },
      compareAtPrice: { source: 'explicit', amount: '29.99' },
    });
  });
});

describe('missing prices', () => {
  it.each([
    ['no base price', sku({ price: '' }), 'USD', 'no-base-price'],
    ['an invalid base price', sku({ price: 'abc' }), 'USD', 'invalid-base-price'],
    ['a negative base price', sku({ price: '-5' }), 'USD', 'invalid-base-price'],
    ['no rate for the currency', sku({}), 'KRW', 'no-rate'],
    ['an invalid typed price', sku({ prices: { USD: { price: 'abc' } } }), 'USD', 'invalid-explicit-price'],
  ] as const)('with %s', (_label, input, target, reason) => {
    expect(skuPriceIn(input, 'CNY', target, ctx).price).toEqual({ source: 'missing', reason });
  });

  it('leaves the compare-at price missing when the SKU has none', () => {
    expect(skuPriceIn(sku({ compareAtPrice: '' }), 'CNY', 'USD', ctx).compareAtPrice).toEqual({ source: 'missing', reason: 'no-base-price' });
    expect(skuPriceIn(sku({ compareAtPrice: '' }), 'CNY', 'CNY', ctx).compareAtPrice).toEqual({ source: 'missing', reason: 'no-base-price' });
  });
});

describe('compare-at price', () => {
  it('is never derived below an explicit price', () => {
    // 29.99 CNY derives to 4.99 USD, under the typed 9.99: lifted to the price.
    expect(skuPriceIn(sku({ prices: { USD: { price: '9.99' } } }), 'CNY', 'USD', ctx).compareAtPrice).toEqual({ source: 'derived', amount: '9.99', rateUsed: '0.138' });
  });

  it('is never derived below the derived price', () => {
    // A base compare-at under the base price (the base checklist flags it) does not go lower abroad.
    const result = skuPriceIn(sku({ price: '20', compareAtPrice: '10' }), 'CNY', 'USD', ctx);
    expect(result.price).toEqual({ source: 'derived', amount: '2.99', rateUsed: '0.138' });
    expect(result.compareAtPrice).toEqual({ source: 'derived', amount: '2.99', rateUsed: '0.138' });
  });

  it('keeps a derived compare-at that rounds to the price', () => {
    // 19.99 and 20 both derive to 2.99: equal is allowed.
    expect(skuPriceIn(sku({ price: '19.99', compareAtPrice: '20' }), 'CNY', 'USD', ctx).compareAtPrice).toEqual({ source: 'derived', amount: '2.99', rateUsed: '0.138' });
  });

  it('keeps an explicit compare-at as typed, even below the price (the checklist reports it)', () => {
    expect(skuPriceIn(sku({ prices: { USD: { price: '9.99', compareAtPrice: '5' } } }), 'CNY', 'USD', ctx).compareAtPrice).toEqual({ source: 'explicit', amount: '5' });
  });
});

describe('per market', () => {
  it('prices a SKU in each default market\'s currency', () => {
    const [cn, us, jp] = DEFAULT_MARKETS;
    if (cn === undefined || us === undefined || jp === undefined) throw new Error('three default markets');
    const input = sku({ price: '199', compareAtPrice: '299' });
    expect(skuPriceForMarket(input, 'CNY', cn, ctx).price).toEqual({ source: 'explicit', amount: '199' });
    expect(skuPriceForMarket(input, 'CNY', us, ctx).price).toEqual({ source: 'derived', amount: '27.99', rateUsed: '0.138' });
    expect(skuPriceForMarket(input, 'CNY', jp, ctx).price).toEqual({ source: 'derived', amount: '4279', rateUsed: '21.5' });
  });
});

describe('stored SKUs', () => {
  const old = { id: 's1', code: 'A-1', optionValues: ['红'], price: '199', compareAtPrice: '', cost: '80', stock: '5', barcode: '' };

  it('parse without per-currency prices, as saved before markets', () => {
    const parsed: Sku = skuSchema.parse(old);
    expect(parsed.prices).toBeUndefined();
  });

  it('keep per-currency prices as typed', () => {
    const prices = { USD: { price: '29.99', compareAtPrice: '39.99' }, JPY: { price: '4,280' } };
    expect(skuSchema.parse({ ...old, prices }).prices).toEqual(prices);
    expect(skuSchema.safeParse({ ...old, prices: { XBT: { price: '1' } } }).success).toBe(false);
  });
});
