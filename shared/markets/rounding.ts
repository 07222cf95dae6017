import { z } from 'zod';
import { CURRENCIES, type Currency } from '../model/ids';
import { MINOR_UNITS } from './currency';
import { add, ceil, compare, DECIMAL_PATTERN, divide, isZero, multiply, parseDecimal, roundHalfUp, subtract, ZERO, type Ratio } from './decimal';

/*
 * How a converted price is made to look like a price in its currency. A rule is data:
 *
 *   the allowed prices are  k × step + ending  for k = 0, 1, 2, …  (ending defaults to 0, < step)
 *
 * and `mode` picks one of them for a converted value v:
 *   - 'up':      the smallest allowed price ≥ v. The merchant never sells below the converted
 *                value, the way Shopify Markets' "round up to the nearest .99" and most charm-pricing
 *                tools work. USD {step 1, ending 0.99}: 12.30 → 12.99, 12.99 → 12.99, 13.00 → 13.99.
 *   - 'nearest': the allowed price closest to v, a tie going up. USD {step 1, ending 0.99}:
 *                12.30 → 11.99, 12.48 → 11.99, 12.49 → 12.99 (a tie), 13.00 → 12.99.
 *
 * Two guards: 0 stays 0 (rounding does not turn a free item into a paid one), and a positive
 * value never rounds to 0 (a 30-won price with step 100 becomes 100, not nothing).
 */

export const ROUNDING_MODES = ['up', 'nearest'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const decimalText = z.string().regex(DECIMAL_PATTERN, 'not-a-decimal');

/** `value` is a whole number of the currency's smallest unit (0.01 for USD, 1 for JPY). */
function isInMinorUnits(value: Ratio, currency: Currency): boolean {
  const scaled = multiply(value, { num: 10n ** BigInt(MINOR_UNITS[currency]), den: 1n });
  return scaled.num % scaled.den === 0n;
}

export const roundingRuleSchema = z
  .object({
    currency: z.enum(CURRENCIES),
    /** Distance between allowed prices: "1" whole units, "0.1" 角, "10" ten yen, "100" won. */
    step: decimalText,
    /** What every allowed price ends in, e.g. "0.99" with step "1"; must be below step. */
    ending: decimalText.optional(),
    mode: z.enum(ROUNDING_MODES),
  })
  .superRefine((rule, ctx) => {
    const step = parseDecimal(rule.step);
    if (step === null) return;
    if (isZero(step)) ctx.addIssue({ code: 'custom', path: ['step'], message: 'step-not-positive' });
    else if (!isInMinorUnits(step, rule.currency)) ctx.addIssue({ code: 'custom', path: ['step'], message: 'step-below-minor-unit' });
    const ending = rule.ending === undefined ? null : parseDecimal(rule.ending);
    if (ending === null) return;
    if (compare(ending, step) >= 0) ctx.addIssue({ code: 'custom', path: ['ending'], message: 'ending-not-below-step' });
    else if (!isInMinorUnits(ending, rule.currency)) ctx.addIssue({ code: 'custom', path: ['ending'], message: 'ending-below-minor-unit' });
  });
export type RoundingRule = z.infer<typeof roundingRuleSchema>;

/** One rule per currency at most; a currency without a rule rounds to its minor unit (see ruleFor). */
export const roundingRulesSchema = z.array(roundingRuleSchema).superRefine((rules, ctx) => {
  const seen = new Set<Currency>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.currency)) ctx.addIssue({ code: 'custom', path: [index, 'currency'], message: 'duplicate-currency' });
    seen.add(rule.currency);
  });
});

/**
 * Defaults a merchant can change in settings: .99 endings where charm pricing is the norm (USD,
 * EUR, GBP), .9 endings for CNY (19.9 / 99.9 style), whole yen and Hong Kong dollars, 100 won.
 * Common alternatives as data: JPY {step "10"}; CNY "ends in 9 yuan" {step "10", ending "9"}
 * (99 → 99, 100.3 → 109); CNY to the 角 {step "0.1"}.
 */
export const DEFAULT_ROUNDING_RULES: RoundingRule[] = [
  { currency: 'CNY', step: '1', ending: '0.9', mode: 'up' },
  { currency: 'USD', step: '1', ending: '0.99', mode: 'up' },
  { currency: 'EUR', step: '1', ending: '0.99', mode: 'up' },
  { currency: 'GBP', step: '1', ending: '0.99', mode: 'up' },
  { currency: 'JPY', step: '1', mode: 'up' },
  { currency: 'HKD', step: '1', mode: 'up' },
  { currency: 'KRW', step: '100', mode: 'up' },
];

function minorStep(currency: Currency): string {
  const decimals = MINOR_UNITS[currency];
  return decimals === 0 ? '1' : `0.${'1'.padStart(decimals, '0')}`;
}

/** The currency's rule, else rounding half-up to its smallest unit (a plain, exact conversion). */
export function ruleFor(currency: Currency, rules: readonly RoundingRule[]): RoundingRule {
  return rules.find((rule) => rule.currency === currency) ?? { currency, step: minorStep(currency), mode: 'nearest' };
}

/** `value` moved to an allowed price of `rule` (see the top of this file); rules are validated. */
export function applyRounding(value: Ratio, rule: RoundingRule): Ratio {
  if (isZero(value)) return ZERO;
  const parsedStep = parseDecimal(rule.step);
  // Only an unvalidated rule gets here with a bad step: fall back to the minor unit, never divide by 0.
  const step = parsedStep !== null && !isZero(parsedStep) ? parsedStep : { num: 1n, den: 10n ** BigInt(MINOR_UNITS[rule.currency]) };
  const ending = (rule.ending === undefined ? null : parseDecimal(rule.ending)) ?? ZERO;
  // k counts steps above the ending; below the first allowed price only k = 0 is left.
  const steps = divide(subtract(value, ending), step);
  const rawK = rule.mode === 'up' ? ceil(steps) : roundHalfUp(steps);
  const k = rawK < 0n ? 0n : rawK;
  const rounded = add(multiply({ num: k, den: 1n }, step), ending);
  return isZero(rounded) ? step : rounded;
}
