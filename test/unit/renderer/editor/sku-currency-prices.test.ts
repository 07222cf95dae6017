import { describe, expect, it } from 'vitest';
import { createListing } from '@shared/model/factory';
import { DEFAULT_MARKETS, type Market } from '@shared/markets/market';
import type { Listing } from '@shared/model/listing';
import { clearSkuCurrencyPrice, createSku, setSkuCurrencyPrice } from '../../../../renderer/src/features/editor/listing-edits';
import { hasOwnPrice, otherCurrencies } from '../../../../renderer/src/features/editor/sections/sku-price-model';

function listingWithSku(): Listing {
  const listing = createListing(1, { spuCode: 'DR-1' });
  return { ...listing, currency: 'CNY', skus: [{ ...createSku(0), price: '199' }] };
}

describe('per-currency SKU prices', () => {
  it('sets an own price, keeps an own compare-at price, and clears back to derived', () => {
    const start = listingWithSku();
    const set = setSkuCurrencyPrice(0, 'USD', '27.50')(start);
    expect(set.skus[0]?.prices).toEqual({ USD: { price: '27.50' } });
    expect(start.skus[0]?.prices).toBeUndefined();
    const withJpy = setSkuCurrencyPrice(0, 'JPY', '')(set);
    expect(withJpy.skus[0]?.prices).toEqual({ USD: { price: '27.50' }, JPY: { price: '' } });
    expect(hasOwnPrice(withJpy.skus[0] ?? {}, 'JPY')).toBe(true);

    const cleared = clearSkuCurrencyPrice(0, 'JPY')(clearSkuCurrencyPrice(0, 'USD')(withJpy));
    expect(cleared.skus[0]).not.toHaveProperty('prices');
    expect(clearSkuCurrencyPrice(0, 'EUR')(start)).toBe(start);
    expect(setSkuCurrencyPrice(5, 'USD', '1')(start)).toBe(start);

    const imported = { ...start, skus: [{ ...createSku(0), price: '199', prices: { USD: { price: '29', compareAtPrice: '39' } } }] };
    const kept = clearSkuCurrencyPrice(0, 'USD')(imported);
    expect(kept.skus[0]?.prices).toEqual({ USD: { price: '', compareAtPrice: '39' } });
    expect(hasOwnPrice(kept.skus[0] ?? {}, 'USD')).toBe(false);
    expect(setSkuCurrencyPrice(0, 'USD', '31')(kept).skus[0]?.prices).toEqual({ USD: { price: '31', compareAtPrice: '39' } });
  });

  it('offers the markets’ currencies and what their channels require, without the listing’s own', () => {
    expect(otherCurrencies(DEFAULT_MARKETS, 'CNY')).toEqual(['USD', 'JPY']);
    expect(otherCurrencies(DEFAULT_MARKETS, 'USD')).toEqual(['CNY', 'JPY']);
    const onlyChina: Market[] = [{ id: 'cn', name: 'China', locale: 'zh-CN', currency: 'CNY', units: 'metric', channels: ['taobao'] }];
    expect(otherCurrencies(onlyChina, 'CNY')).toEqual([]);
    expect(otherCurrencies([], 'CNY')).toEqual([]);
  });
});
