import { describe, expect, it } from 'vitest';
import { compare, formatFixed, formatTrimmed, parseDecimal, type Ratio } from '@shared/markets/decimal';
import { convert, crossRate, EXAMPLE_RATE_TABLE, formatRate, rateTableSchema, validateRateTable, type RateTable } from '@shared/markets/rates';

function decimal(text: string): Ratio {
  const parsed = parseDecimal(text);
  if (parsed === null) throw new Error(`bad test value ${text}`);
  return parsed;
}

function converted(amount: string, table: RateTable, from: RateTable['base'], to: RateTable['base']): Ratio {
  const result = convert(decimal(amount), from, to, table);
  if (result === null) throw new Error('no rate');
  return result;
}

const table: RateTable = { base: 'CNY', rates: { CNY: '1', USD: '0.14', EUR: '0.12', JPY: '21', 'HKD': '0.5' }, updatedAt: 1_764_000_000_000 };

describe('conversion', () => {
  it('is exact: 19.99 CNY at 0.138 is 2.75862 USD, not a float approximation', () => {
    const at138: RateTable = { base: 'CNY', rates: { USD: '0.138' }, updatedAt: null };
    const usd = converted('19.99', at138, 'CNY', 'USD');
    expect(compare(usd, decimal('2.75862'))).toBe(0);
    expect(formatTrimmed(usd, 12)).toBe('2.75862');
    expect(formatFixed(usd, 2)).toBe('2.76');
  });

  it('shows no binary drift where floats do', () => {
    // 0.3 × 3 is 0.8999999999999999 in floats.
    expect(0.3 * 3).not.toBe(0.9);
    expect(formatTrimmed(converted('0.3', { base: 'CNY', rates: { USD: '3' }, updatedAt: null }, 'CNY', 'USD'), 12)).toBe('0.9');
    // 2.01 × 0.5 = 1.005 exactly, so half-up cents give 1.01; the float product rounds to 1.00.
    expect(Math.round(2.01 * 0.5 * 100) / 100).toBe(1);
    expect(formatFixed(converted('2.01', table, 'CNY', 'HKD'), 2)).toBe('1.01');
  });

  it('goes through the base for a cross rate, still exactly', () => {
    // USD → JPY = 21 / 0.14 = 150.
    expect(formatRate(crossRate('USD', 'JPY', table) ?? decimal('0'))).toBe('150');
    expect(formatTrimmed(converted('19.99', table, 'USD', 'JPY'), 12)).toBe('2998.5');
    // 0.12 / 0.14 does not terminate: shown to 10 places, but 0.14 USD still converts to exactly 0.12 EUR.
    expect(formatRate(crossRate('USD', 'EUR', table) ?? decimal('0'))).toBe('0.8571428571');
    expect(compare(converted('0.14', table, 'USD', 'EUR'), decimal('0.12'))).toBe(0);
    expect(compare(converted('1', table, 'EUR', 'CNY'), { num: 100n, den: 12n })).toBe(0);
  });

  it('converts a currency to itself unchanged and the base without a listed rate', () => {
    expect(formatTrimmed(converted('7.25', table, 'KRW', 'KRW'), 12)).toBe('7.25');
    const noBaseRate: RateTable = { base: 'CNY', rates: { USD: '0.14' }, updatedAt: null };
    expect(formatTrimmed(converted('100', noBaseRate, 'CNY', 'USD'), 12)).toBe('14');
  });

  it('gives null without a rate for either side', () => {
    expect(convert(decimal('1'), 'CNY', 'KRW', table)).toBeNull();
    expect(convert(decimal('1'), 'KRW', 'USD', table)).toBeNull();
  });
});

describe('rate table validation', () => {
  it('accepts the example table and a base rate written as 1.000', () => {
    expect(rateTableSchema.parse(EXAMPLE_RATE_TABLE)).toEqual(EXAMPLE_RATE_TABLE);
    expect(EXAMPLE_RATE_TABLE.updatedAt).toBeNull();
    expect(validateRateTable({ base: 'USD', rates: { USD: '1.000', CNY: '7.1' }, updatedAt: 5 }).ok).toBe(true);
  });

  it.each([
    [{ base: 'CNY', rates: { USD: '0' }, updatedAt: null }, 'rates.USD', 'rate-not-positive'],
    [{ base: 'CNY', rates: { USD: '0.000' }, updatedAt: null }, 'rates.USD', 'rate-not-positive'],
    [{ base: 'CNY', rates: { USD: '-0.14' }, updatedAt: null }, 'rates.USD', 'rate-not-decimal'],
    [{ base: 'CNY', rates: { USD: '1e-1' }, updatedAt: null }, 'rates.USD', 'rate-not-decimal'],
    [{ base: 'CNY', rates: { USD: '' }, updatedAt: null }, 'rates.USD', 'rate-not-decimal'],
    [{ base: 'CNY', rates: { USD: '0,14' }, updatedAt: null }, 'rates.USD', 'rate-not-decimal'],
    [{ base: 'CNY', rates: { CNY: '7.1' }, updatedAt: null }, 'rates.CNY', 'base-rate-not-one'],
    [{ base: 'CNY', rates: { XBT: '1' }, updatedAt: null }, 'rates', 'invalid-shape'],
    [{ base: 'CNY', rates: {}, updatedAt: -1 }, 'updatedAt', 'invalid-shape'],
  ])('rejects %o', (input, path, code) => {
    expect(validateRateTable(input)).toEqual({ ok: false, issues: [{ path, code }] });
  });

  it('reports every bad rate at once', () => {
    const result = validateRateTable({ base: 'CNY', rates: { CNY: '2', USD: 'abc', EUR: '0' }, updatedAt: null });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code).sort()).toEqual(['base-rate-not-one', 'rate-not-decimal', 'rate-not-positive']);
  });
});
