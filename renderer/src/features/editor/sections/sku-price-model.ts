import { CHANNEL_IDS, CURRENCIES, type Currency } from '@shared/model/ids';
import type { Sku } from '@shared/model/listing';
import type { Market } from '@shared/markets/market';
import { requiredFor } from '@shared/markets/requirements';

/*
 * Which currencies the SKU table offers besides the listing's own, and whether a SKU has its own
 * price in one. Pure, so the rules are tested without a DOM.
 */

/**
 * The currencies the merchant's markets sell in, plus those a channel sold in some market
 * requires by its rule pack, in CURRENCIES order, without the listing's own currency.
 */
export function otherCurrencies(markets: readonly Market[], listingCurrency: Currency): Currency[] {
  const needed = new Set<Currency>(markets.map((m) => m.currency));
  for (const channel of CHANNEL_IDS) {
    if (!markets.some((m) => m.channels.includes(channel))) continue;
    for (const c of requiredFor(channel, markets).currencies) needed.add(c);
  }
  return CURRENCIES.filter((c) => c !== listingCurrency && needed.has(c));
}

/**
 * The SKU has a price typed for `currency`, possibly empty while it is being retyped. An entry
 * left holding only a compare-at price (after the price was cleared) counts as no own price.
 */
export function hasOwnPrice(sku: Pick<Sku, 'prices'>, currency: Currency): boolean {
  const entry = sku.prices?.[currency];
  if (entry === undefined) return false;
  return entry.price !== '' || !entry.compareAtPrice?.trim();
}
