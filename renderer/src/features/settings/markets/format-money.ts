import type { Currency } from '@shared/model/ids';
import { MINOR_UNITS } from '@shared/markets/currency';

/**
 * An amount (decimal text from shared/markets) as the UI language writes a price: "CN¥199.00",
 * "$27.99", "¥4,179" in English, "¥199.00", "US$27.99", "JP¥4,179" in Chinese. The symbol form
 * tells yuan and yen apart. Display only: the number is already rounded by the currency's rule.
 */
export function formatMoney(amount: string, currency: Currency, language: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return amount;
  return moneyFormat(currency, language).format(value);
}

/** One formatter per (language, currency): the SKU table formats a price per cell on every render. */
const formats = new Map<string, Intl.NumberFormat>();
function moneyFormat(currency: Currency, language: string): Intl.NumberFormat {
  const key = `${language}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    const digits = MINOR_UNITS[currency];
    format = new Intl.NumberFormat(language, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/** The currency's name in the UI language ("US Dollar", "美元"), else its code. */
export function currencyName(currency: Currency, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'currency' }).of(currency) ?? currency;
  } catch (error) {
    // An engine without DisplayNames for this language: the code is still a clear label.
    reportError(error);
    return currency;
  }
}
