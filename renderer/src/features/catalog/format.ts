import type { Currency } from '@shared/model/ids';

/** Intl formatters for one UI language, built once per language and reused by every row. */
export interface CatalogFormat {
  number(n: number): string;
  /** '' when the listing has no valid price yet. */
  price(amount: string, currency: Currency): string;
  /** Compact: time today, day this year, full date otherwise. */
  updated(ts: number): string;
  /** Long form for the tooltip. */
  updatedFull(ts: number): string;
}

export function createCatalogFormat(language: string, now: number): CatalogFormat {
  const numberFormat = new Intl.NumberFormat(language);
  const prices = new Map<Currency, Intl.NumberFormat>();
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' });
  const day = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' });
  const date = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'numeric', day: 'numeric' });
  const full = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  const today = new Date(now);

  function priceFormat(currency: Currency): Intl.NumberFormat {
    let f = prices.get(currency);
    if (!f) {
      // narrowSymbol: "¥89" in both languages rather than "CN¥89" in English.
      f = new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', minimumFractionDigits: 0, maximumFractionDigits: 2 });
      prices.set(currency, f);
    }
    return f;
  }

  return {
    number: (n) => numberFormat.format(n),
    price: (amount, currency) => (amount === '' ? '' : priceFormat(currency).format(Number(amount))),
    updated(ts) {
      const d = new Date(ts);
      if (d.toDateString() === today.toDateString()) return time.format(d);
      if (d.getFullYear() === today.getFullYear()) return day.format(d);
      return date.format(d);
    },
    updatedFull: (ts) => full.format(ts),
  };
}
