import type { Currency } from '../model/ids';
import type { Sku } from '../model/listing';
import { MINOR_UNITS } from './currency';
import { cleanTypedAmount, compare, formatFixed, parseTypedAmount, type Ratio } from './decimal';
import type { Market } from './market';
import { convert, crossRate, formatRate, type RateTable } from './rates';
import { applyRounding, ruleFor, type RoundingRule } from './rounding';

/*
 * A SKU's price in another currency: what the merchant typed for it, else the base price converted
 * by the rate table and rounded by the currency's rule, else missing (and the checklist says why).
 * The listing's own currency always uses the SKU's `price` / `compareAtPrice`.
 */

export type MissingReason =
  /** The base amount to derive from is empty. */
  | 'no-base-price'
  /** The base amount is not a non-negative number. */
  | 'invalid-base-price'
  /** The merchant typed a price for this currency that is not a number: shown, never derived over. */
  | 'invalid-explicit-price'
  /** The rate table has no rate for one of the two currencies. */
  | 'no-rate';

export type MarketAmount =
  /** amount: as typed, without currency sign or thousands separators. */
  | { source: 'explicit'; amount: string }
  /** amount: with the currency's minor-unit decimals; rateUsed: units of the target per base unit. */
  | { source: 'derived'; amount: string; rateUsed: string }
  | { source: 'missing'; reason: MissingReason };

export interface SkuCurrencyPrice {
  currency: Currency;
  price: MarketAmount;
  compareAtPrice: MarketAmount;
}

export interface PriceContext {
  rates: RateTable;
  rounding: readonly RoundingRule[];
}

export type PricedSku = Pick<Sku, 'price' | 'compareAtPrice' | 'prices'>;

function fromTyped(raw: string, reason: 'invalid-base-price' | 'invalid-explicit-price'): MarketAmount {
  const text = raw.trim();
  if (text === '') return { source: 'missing', reason: 'no-base-price' };
  return parseTypedAmount(text) === null ? { source: 'missing', reason } : { source: 'explicit', amount: cleanTypedAmount(text) };
}

/** `raw` (in `from`) converted and rounded for `to`, with the exact value kept for the compare-at floor. */
function derive(raw: string, from: Currency, to: Currency, ctx: PriceContext): { amount: MarketAmount; value: Ratio | null } {
  if (raw.trim() === '') return { amount: { source: 'missing', reason: 'no-base-price' }, value: null };
  const base = parseTypedAmount(raw);
  if (base === null) return { amount: { source: 'missing', reason: 'invalid-base-price' }, value: null };
  const rate = crossRate(from, to, ctx.rates);
  const converted = convert(base, from, to, ctx.rates);
  if (rate === null || converted === null) return { amount: { source: 'missing', reason: 'no-rate' }, value: null };
  const value = applyRounding(converted, ruleFor(to, ctx.rounding));
  return { amount: { source: 'derived', amount: formatFixed(value, MINOR_UNITS[to]), rateUsed: formatRate(rate) }, value };
}

function hasText(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/** The SKU's price and compare-at price in `target`, for a listing priced in `base`. */
export function skuPriceIn(sku: PricedSku, base: Currency, target: Currency, ctx: PriceContext): SkuCurrencyPrice {
  if (target === base) {
    return { currency: target, price: fromTyped(sku.price, 'invalid-base-price'), compareAtPrice: fromTyped(sku.compareAtPrice, 'invalid-base-price') };
  }
  const explicit = sku.prices?.[target];
  const derivedPrice = derive(sku.price, base, target, ctx);
  const price = hasText(explicit?.price) ? fromTyped(explicit.price, 'invalid-explicit-price') : derivedPrice.amount;

  if (hasText(explicit?.compareAtPrice)) {
    return { currency: target, price, compareAtPrice: fromTyped(explicit.compareAtPrice, 'invalid-explicit-price') };
  }
  const derivedCompareAt = derive(sku.compareAtPrice, base, target, ctx);
  // A derived compare-at below the price would advertise a price rise as a discount: lift it to the price.
  const priceValue = price.source === 'explicit' ? parseTypedAmount(price.amount) : derivedPrice.value;
  if (derivedCompareAt.amount.source === 'derived' && derivedCompareAt.value !== null && priceValue !== null && compare(derivedCompareAt.value, priceValue) < 0) {
    const lifted = price.source === 'explicit' ? price.amount : formatFixed(priceValue, MINOR_UNITS[target]);
    return { currency: target, price, compareAtPrice: { ...derivedCompareAt.amount, amount: lifted } };
  }
  return { currency: target, price, compareAtPrice: derivedCompareAt.amount };
}

/** The SKU's prices in the market's currency. */
export function skuPriceForMarket(sku: PricedSku, listingCurrency: Currency, market: Pick<Market, 'currency'>, ctx: PriceContext): SkuCurrencyPrice {
  return skuPriceIn(sku, listingCurrency, market.currency, ctx);
}
