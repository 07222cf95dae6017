/*
 * Exact decimal arithmetic for prices and rates. Amounts and rates are finite decimals typed by a
 * person ("19.99", "0.138"); a product or quotient of such numbers is an exact fraction of two
 * integers, so conversions keep numerator and denominator as BigInt and round once, at the end,
 * by the currency's rounding rule. Binary floats would round at every step (19.99 is not exactly
 * representable) and a half-cent result could land on the wrong side of the rounding boundary.
 * BigInt is unbounded, so "exact for these magnitudes" holds for any price a shop could type.
 */

/** A non-negative fraction num / den with den > 0; not necessarily in lowest terms. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

/** Up to 12 integer and 12 fraction digits: any real price or rate, and nothing like "1e5" or "Infinity". */
export const DECIMAL_PATTERN = /^\d{1,12}(\.\d{1,12})?$/;

export const ZERO: Ratio = { num: 0n, den: 1n };

/** A plain non-negative decimal ("12", "12.50"); null for anything else. */
export function parseDecimal(text: string): Ratio | null {
  if (!DECIMAL_PATTERN.test(text)) return null;
  const [whole = '', fraction = ''] = text.split('.');
  return { num: BigInt(whole + fraction), den: 10n ** BigInt(fraction.length) };
}

/**
 * An amount as a merchandiser types it, cleaned the way parseAmount (model/money.ts) cleans it
 * ("¥1,299.50", " 12 "), but kept exact; negative or malformed amounts are null.
 */
export function parseTypedAmount(raw: string): Ratio | null {
  return parseDecimal(cleanTypedAmount(raw));
}

/** The typed amount without surrounding space, a leading currency sign or thousands separators. */
export function cleanTypedAmount(raw: string): string {
  return raw.trim().replace(/^[¥$€£￥]/, '').replace(/,/g, '').trim();
}

export function multiply(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** a / b; b must not be zero (callers divide by validated, positive rates and steps). */
export function divide(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.den, den: a.den * b.num };
}

export function add(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

/** a - b, which may be negative: only used for intermediate offsets. */
export function subtract(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

export function compare(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function isZero(a: Ratio): boolean {
  return a.num === 0n;
}

/** Largest integer ≤ a (also for negative a, where BigInt division would truncate toward zero). */
export function floor(a: Ratio): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

/** Smallest integer ≥ a. */
export function ceil(a: Ratio): bigint {
  return -floor({ num: -a.num, den: a.den });
}

/** Nearest integer, an exact half going up (half-up), as shops round a half cent. */
export function roundHalfUp(a: Ratio): bigint {
  return floor(add(a, { num: 1n, den: 2n }));
}

/** `a` with exactly `decimals` fraction digits, rounded half-up if it has more. */
export function formatFixed(a: Ratio, decimals: number): string {
  const scaled = roundHalfUp(multiply(a, { num: 10n ** BigInt(decimals), den: 1n }));
  const digits = scaled.toString().padStart(decimals + 1, '0');
  if (decimals === 0) return digits;
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** `a` with at most `maxDecimals` fraction digits and no trailing zeros ("0.138", "21.5", "1"). */
export function formatTrimmed(a: Ratio, maxDecimals: number): string {
  const fixed = formatFixed(a, maxDecimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
