import { describe, expect, it } from 'vitest';
import type { Currency } from '@shared/model/ids';
import { MINOR_UNITS } from '@shared/markets/currency';
import { formatFixed, parseDecimal } from '@shared/markets/decimal';
import { applyRounding, DEFAULT_ROUNDING_RULES, roundingRulesSchema, roundingRuleSchema, ruleFor, type RoundingRule } from '@shared/markets/rounding';

function round(value: string, rule: RoundingRule): string {
  const parsed = parseDecimal(value);
  if (parsed === null) throw new Error(`bad test value ${value}`);
  return formatFixed(applyRounding(parsed, rule), MINOR_UNITS[rule.currency]);
}

const byDefault = (currency: Currency) => ruleFor(currency, DEFAULT_ROUNDING_RULES);

describe('default rounding rules', () => {
  it.each([
    // USD / EUR / GBP: round up to the next .99
    ['USD', '0', '0.00'],
    ['USD', '0.01', '0.99'],
    ['USD', '0.99', '0.99'],
    ['USD', '1.00', '1.99'],
    ['USD', '12.30', '12.99'],
    ['USD', '12.99', '12.99'],
    ['USD', '13.00', '13.99'],
    ['USD', '13.001', '13.99'],
    ['EUR', '2.75862', '2.99'],
    ['GBP', '999999.50', '999999.99'],
    ['USD', '123456789012.01', '123456789012.99'],
    // CNY: up to the next x.9
    ['CNY', '0.5', '0.90'],
    ['CNY', '99', '99.90'],
    ['CNY', '99.9', '99.90'],
    ['CNY', '99.95', '100.90'],
    ['CNY', '100.3', '100.90'],
    // JPY, HKD: whole units, up
    ['JPY', '0', '0'],
    ['JPY', '0.2', '1'],
    ['JPY', '1934', '1934'],
    ['JPY', '4278.5', '4279'],
    ['HKD', '15', '15.00'],
    ['HKD', '15.01', '16.00'],
    // KRW: 100 won, up
    ['KRW', '30', '100'],
    ['KRW', '12300', '12300'],
    ['KRW', '12301', '12400'],
    ['KRW', '98765432100.5', '98765432200'],
  ] as const)('%s %s → %s', (currency, value, expected) => {
    expect(round(value, byDefault(currency))).toBe(expected);
  });

  it('parse as valid rules, one per currency', () => {
    expect(roundingRulesSchema.parse(DEFAULT_ROUNDING_RULES)).toEqual(DEFAULT_ROUNDING_RULES);
  });
});

describe('rules the merchant can choose instead', () => {
  const usdNearest: RoundingRule = { currency: 'USD', step: '1', ending: '0.99', mode: 'nearest' };
  const yen10Up: RoundingRule = { currency: 'JPY', step: '10', mode: 'up' };
  const yen10Nearest: RoundingRule = { currency: 'JPY', step: '10', mode: 'nearest' };
  const yuanEndsIn9: RoundingRule = { currency: 'CNY', step: '10', ending: '9', mode: 'up' };
  const jiaoNearest: RoundingRule = { currency: 'CNY', step: '0.1', mode: 'nearest' };
  const wonNearest: RoundingRule = { currency: 'KRW', step: '100', mode: 'nearest' };

  it.each([
    [usdNearest, '12.30', '11.99'],
    [usdNearest, '12.48', '11.99'],
    [usdNearest, '12.49', '12.99'], // 0.50 either way: a tie goes up
    [usdNearest, '13.00', '12.99'],
    [usdNearest, '0.30', '0.99'], // below the first .99 there is only 0.99
    [usdNearest, '0', '0.00'],
    [yen10Up, '1930', '1930'],
    [yen10Up, '1931', '1940'],
    [yen10Up, '3', '10'],
    [yen10Nearest, '1934', '1930'],
    [yen10Nearest, '1935', '1940'],
    [yen10Nearest, '4', '10'], // never rounds a positive price to nothing
    [yuanEndsIn9, '5', '9.00'],
    [yuanEndsIn9, '99', '99.00'],
    [yuanEndsIn9, '100.3', '109.00'],
    [jiaoNearest, '19.94', '19.90'],
    [jiaoNearest, '19.95', '20.00'],
    [wonNearest, '12349', '12300'],
    [wonNearest, '12350', '12400'],
    [wonNearest, '30', '100'],
  ] as const)('%o: %s → %s', (rule, value, expected) => {
    expect(round(value, rule)).toBe(expected);
  });

  it('rounds a currency without a rule half-up to its smallest unit', () => {
    expect(ruleFor('EUR', [])).toEqual({ currency: 'EUR', step: '0.01', mode: 'nearest' });
    expect(round('1.005', ruleFor('EUR', []))).toBe('1.01');
    expect(round('1.0049', ruleFor('EUR', []))).toBe('1.00');
    expect(round('2.5', ruleFor('JPY', []))).toBe('3');
  });

  it('prefers the merchant\'s rule over the default for that currency only', () => {
    const rules = [yen10Up, ...DEFAULT_ROUNDING_RULES.filter((r) => r.currency !== 'JPY')];
    expect(round('1931', ruleFor('JPY', rules))).toBe('1940');
    expect(round('12.30', ruleFor('USD', rules))).toBe('12.99');
  });
});

describe('rounding rule validation', () => {
  const messages = (input: unknown) => roundingRuleSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);

  it.each([
    [{ currency: 'USD', step: '0', mode: 'up' }, 'step', 'step-not-positive'],
    [{ currency: 'JPY', step: '0.5', mode: 'up' }, 'step', 'step-below-minor-unit'],
    [{ currency: 'USD', step: '1', ending: '1', mode: 'up' }, 'ending', 'ending-not-below-step'],
    [{ currency: 'USD', step: '1', ending: '0.999', mode: 'up' }, 'ending', 'ending-below-minor-unit'],
    [{ currency: 'KRW', step: '100', ending: '0.5', mode: 'up' }, 'ending', 'ending-below-minor-unit'],
    [{ currency: 'USD', step: '1e2', mode: 'up' }, 'step', 'not-a-decimal'],
    [{ currency: 'USD', step: '-1', mode: 'up' }, 'step', 'not-a-decimal'],
  ])('rejects %o', (input, path, message) => {
    expect(messages(input)).toEqual([[path, message]]);
  });

  it('rejects an unknown mode or currency', () => {
    expect(roundingRuleSchema.safeParse({ currency: 'USD', step: '1', mode: 'down' }).success).toBe(false);
    expect(roundingRuleSchema.safeParse({ currency: 'XBT', step: '1', mode: 'up' }).success).toBe(false);
  });

  it('rejects two rules for one currency', () => {
    const result = roundingRulesSchema.safeParse([{ currency: 'USD', step: '1', mode: 'up' }, { currency: 'USD', step: '0.01', mode: 'nearest' }]);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['1.currency', 'duplicate-currency']]);
  });
});
