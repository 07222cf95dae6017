import { CURRENCIES, type Currency } from '@shared/model/ids';
import { MINOR_UNITS } from '@shared/markets/currency';
import { formatFixed, formatTrimmed, parseTypedAmount } from '@shared/markets/decimal';
import { skuPriceIn, type MarketAmount } from '@shared/markets/prices';
import { convert, crossRate, formatRate, validateRateTable, type RateIssueCode, type RateTable } from '@shared/markets/rates';
import { roundingRuleSchema, ROUNDING_MODES, ruleFor, type RoundingMode, type RoundingRule } from '@shared/markets/rounding';

/*
 * The Exchange rates card edits the rate table and the rounding rules as text, one row per
 * currency, and saves both once every row is valid. These turn the stored values into that text
 * and back, and say what is wrong with a row in codes the card maps to messages.
 */

export interface RoundingDraft {
  step: string;
  /** '' = no ending. */
  ending: string;
  mode: RoundingMode;
}

export interface RatesDraft {
  base: Currency;
  /** '' = no rate: prices in that currency are not derived. */
  rates: Record<Currency, string>;
  rounding: Record<Currency, RoundingDraft>;
}

export type RoundingIssueCode = 'not-a-decimal' | 'step-not-positive' | 'step-below-minor-unit' | 'ending-not-below-step' | 'ending-below-minor-unit';
const ROUNDING_ISSUES: readonly string[] = ['not-a-decimal', 'step-not-positive', 'step-below-minor-unit', 'ending-not-below-step', 'ending-below-minor-unit'];

export interface RatesCheck {
  /** Set when every row is valid. */
  table: RateTable | null;
  rounding: RoundingRule[] | null;
  rateIssues: Partial<Record<Currency, RateIssueCode>>;
  roundingIssues: Partial<Record<Currency, { field: 'step' | 'ending'; code: RoundingIssueCode }>>;
  /** The valid rows only, so the examples follow the typing while another row is still wrong. */
  usableTable: RateTable;
  usableRules: RoundingRule[];
}

/** Spelled out so that a currency added to CURRENCIES fails to compile here rather than go missing. */
function mapCurrencies<T>(make: (currency: Currency) => T): Record<Currency, T> {
  return { CNY: make('CNY'), USD: make('USD'), EUR: make('EUR'), JPY: make('JPY'), GBP: make('GBP'), HKD: make('HKD'), KRW: make('KRW') };
}

function isRoundingIssue(message: string): message is RoundingIssueCode {
  return ROUNDING_ISSUES.includes(message);
}

export function draftFromSettings(table: RateTable, rules: readonly RoundingRule[]): RatesDraft {
  return {
    base: table.base,
    rates: mapCurrencies((c) => (c === table.base ? '1' : (table.rates[c] ?? ''))),
    rounding: mapCurrencies((c) => {
      const rule = ruleFor(c, rules);
      return { step: rule.step, ending: rule.ending ?? '', mode: rule.mode };
    }),
  };
}

/** "0,14" and " 0.14 " are what people type for 0.14. */
export function cleanDecimal(text: string): string {
  const trimmed = text.trim();
  return /^\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
}

function ruleOf(currency: Currency, draft: RoundingDraft): RoundingRule {
  const ending = cleanDecimal(draft.ending);
  return { currency, step: cleanDecimal(draft.step), ...(ending === '' ? {} : { ending }), mode: draft.mode };
}

/**
 * The rate table and rules the draft stands for, or what is wrong with it. `updatedAt` is the
 * caller's: the card sets it to now when the rates changed.
 */
export function checkDraft(draft: RatesDraft, updatedAt: number | null): RatesCheck {
  const rates: Partial<Record<Currency, string>> = {};
  for (const c of CURRENCIES) {
    const text = cleanDecimal(draft.rates[c]);
    if (c !== draft.base && text !== '') rates[c] = text;
  }
  rates[draft.base] = '1';
  const tableResult = validateRateTable({ base: draft.base, rates, updatedAt });
  const rateIssues: RatesCheck['rateIssues'] = {};
  if (!tableResult.ok) {
    for (const issue of tableResult.issues) {
      const currency = CURRENCIES.find((c) => issue.path === `rates.${c}`);
      if (currency !== undefined) rateIssues[currency] = issue.code;
    }
  }
  const roundingIssues: RatesCheck['roundingIssues'] = {};
  const rules: RoundingRule[] = [];
  for (const c of CURRENCIES) {
    const parsed = roundingRuleSchema.safeParse(ruleOf(c, draft.rounding[c]));
    if (parsed.success) {
      rules.push(parsed.data);
      continue;
    }
    const [issue] = parsed.error.issues;
    const field = issue?.path[0] === 'ending' ? 'ending' : 'step';
    const code = issue !== undefined && isRoundingIssue(issue.message) ? issue.message : 'not-a-decimal';
    roundingIssues[c] = { field, code };
  }
  const isTableOk = tableResult.ok && Object.keys(rateIssues).length === 0;
  const usableRates: Partial<Record<Currency, string>> = {};
  for (const c of CURRENCIES) {
    const text = rates[c];
    if (text !== undefined && rateIssues[c] === undefined) usableRates[c] = text;
  }
  return {
    table: isTableOk ? tableResult.value : null,
    rounding: Object.keys(roundingIssues).length === 0 ? rules : null,
    rateIssues,
    roundingIssues,
    usableTable: { base: draft.base, rates: usableRates, updatedAt },
    usableRules: rules,
  };
}

/**
 * The same rates against another base: each becomes its cross rate through the old base (10
 * decimals at most). Currencies without a rate stay without one. null when the new base has no
 * valid rate to divide by.
 */
export function rebaseDraft(draft: RatesDraft, base: Currency): RatesDraft | null {
  if (base === draft.base) return draft;
  const { usableTable: table, rateIssues } = checkDraft(draft, null);
  if (crossRate(draft.base, base, table) === null) return null;
  const rates = mapCurrencies((c) => {
    if (c === base) return '1';
    const rate = crossRate(base, c, table);
    // A row still being typed keeps its text for the user to finish.
    if (rateIssues[c] !== undefined) return draft.rates[c];
    return rate === null ? '' : formatRate(rate);
  });
  return { ...draft, base, rates };
}

export interface RateExample {
  /** The converted amount before rounding, with two more decimals than the currency uses. */
  exact: string | null;
  rounded: MarketAmount;
}

/** `amount` (in the base) converted to `target` and rounded by its rule: the card's live example. */
export function exampleFor(amount: string, target: Currency, table: RateTable, rules: readonly RoundingRule[]): RateExample {
  const value = parseTypedAmount(amount);
  const converted = value === null ? null : convert(value, table.base, target, table);
  const rounded = skuPriceIn({ price: amount, compareAtPrice: '' }, table.base, target, { rates: table, rounding: rules }).price;
  return { exact: converted === null ? null : formatTrimmed(converted, MINOR_UNITS[target] + 2), rounded };
}

/** A few prices the rule allows, from the lowest: "0.99, 1.99, 2.99". */
export function allowedPrices(rule: RoundingRule, count = 3): string[] {
  const step = parseTypedAmount(rule.step);
  const ending = parseTypedAmount(rule.ending ?? '0');
  if (step === null || ending === null || step.num === 0n) return [];
  const decimals = MINOR_UNITS[rule.currency];
  const out: string[] = [];
  for (let k = 0n; out.length < count; k++) {
    const num = k * step.num * ending.den + ending.num * step.den;
    if (num === 0n) continue;
    out.push(formatFixed({ num, den: step.den * ending.den }, decimals));
  }
  return out;
}

export function isRoundingMode(value: string): value is RoundingMode {
  return (ROUNDING_MODES as readonly string[]).includes(value);
}

/** The table as saved after the merchant changed a rate: dated now. */
export function stampRates(table: RateTable, now: number = Date.now()): RateTable {
  return { ...table, updatedAt: now };
}
