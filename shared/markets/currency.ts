import type { Currency } from '../model/ids';

/**
 * Decimal places of each currency's smallest unit (ISO 4217 minor units): yen and won have no
 * subunit in use, so a derived price in them is a whole number.
 */
export const MINOR_UNITS: Readonly<Record<Currency, number>> = {
  CNY: 2,
  USD: 2,
  EUR: 2,
  JPY: 0,
  GBP: 2,
  HKD: 2,
  KRW: 0,
};
