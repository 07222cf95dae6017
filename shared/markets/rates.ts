import { z } from 'zod';
import { CURRENCIES, type Currency } from '../model/ids';
import { compare, DECIMAL_PATTERN, divide, formatTrimmed, isZero, multiply, parseDecimal, type Ratio } from './decimal';

/*
 * The exchange rates the merchant maintains by hand: the app never fetches rates (offline-first,
 * and a price should not change because a feed moved overnight). rates[c] is how many units of c
 * one unit of `base` buys, so rates[base] is 1. Rates are decimal text so they convert exactly
 * (see decimal.ts). A currency without a rate has no derived prices: they show as missing.
 */

const ONE: Ratio = { num: 1n, den: 1n };

const rateText = z
  .string()
  .regex(DECIMAL_PATTERN, 'rate-not-decimal')
  .refine((text) => {
    const rate = parseDecimal(text);
    // Malformed text already has rate-not-decimal; this issue is only for zero.
    return rate === null || !isZero(rate);
  }, 'rate-not-positive');

export const rateTableSchema = z
  .object({
    base: z.enum(CURRENCIES),
    rates: z.partialRecord(z.enum(CURRENCIES), rateText),
    /** When the merchant last edited the table (ms since epoch); null = the example table, never edited. */
    updatedAt: z.number().int().nonnegative().nullable(),
  })
  .superRefine((table, ctx) => {
    const baseRate = table.rates[table.base];
    const parsed = baseRate === undefined ? null : parseDecimal(baseRate);
    // A missing base rate is taken as 1; a base rate other than 1 would make every conversion ambiguous.
    if (parsed !== null && compare(parsed, ONE) !== 0) ctx.addIssue({ code: 'custom', path: ['rates', table.base], message: 'base-rate-not-one' });
  });
export type RateTable = z.infer<typeof rateTableSchema>;

/**
 * PLACEHOLDER rates, roughly late-2025 magnitudes, only so derived prices show something before the
 * merchant enters real ones. updatedAt null marks them as examples; the settings UI should say so.
 */
export const EXAMPLE_RATE_TABLE: RateTable = {
  base: 'CNY',
  rates: { CNY: '1', USD: '0.14', EUR: '0.12', GBP: '0.11', HKD: '1.09', JPY: '21', KRW: '200' },
  updatedAt: null,
};

export type RateIssueCode = 'rate-not-decimal' | 'rate-not-positive' | 'base-rate-not-one' | 'invalid-shape';
export type RateTableValidation = { ok: true; value: RateTable } | { ok: false; issues: { path: string; code: RateIssueCode }[] };

const RATE_ISSUE_CODES: readonly string[] = ['rate-not-decimal', 'rate-not-positive', 'base-rate-not-one'];
function isRateIssueCode(message: string): message is RateIssueCode {
  return RATE_ISSUE_CODES.includes(message);
}

/** The table, or what is wrong with it as codes the UI maps to messages (path "rates.USD"). */
export function validateRateTable(input: unknown): RateTableValidation {
  const parsed = rateTableSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: isRateIssueCode(issue.message) ? issue.message : 'invalid-shape',
    })),
  };
}

function rateOf(currency: Currency, table: RateTable): Ratio | null {
  const text = table.rates[currency];
  if (text === undefined) return currency === table.base ? ONE : null;
  const rate = parseDecimal(text);
  return rate === null || isZero(rate) ? null : rate;
}

/** Units of `to` per unit of `from` (a cross rate through the base when neither is the base); null without both rates. */
export function crossRate(from: Currency, to: Currency, table: RateTable): Ratio | null {
  if (from === to) return ONE;
  const fromRate = rateOf(from, table);
  const toRate = rateOf(to, table);
  return fromRate === null || toRate === null ? null : divide(toRate, fromRate);
}

/** `amount` in `from` as an exact, unrounded amount in `to`; null when a rate is missing. */
export function convert(amount: Ratio, from: Currency, to: Currency, table: RateTable): Ratio | null {
  const rate = crossRate(from, to, table);
  return rate === null ? null : multiply(amount, rate);
}

/** A rate for display: exact when it has up to 10 decimals (all typed rates), else rounded there. */
export function formatRate(rate: Ratio): string {
  return formatTrimmed(rate, 10);
}
