import { describe, expect, it } from 'vitest';
import { convertCell, convertChart, convertLength, isConvertibleCell } from '@shared/size-chart';
import { TOP_CHART } from '../../../fixtures/size-chart/charts';

describe('cm ↔ inch', () => {
  it('uses the international inch (exactly 2.54 cm)', () => {
    expect(convertLength(1, 'in', 'cm')).toBe(2.54);
    expect(convertCell('2.54', 'cm', 'in')).toBe('1');
    expect(convertCell('100', 'in', 'cm')).toBe('254');
  });

  it('rounds to 0.1 and drops a trailing .0', () => {
    // 92 / 2.54 = 36.22…; 36 × 2.54 = 91.44
    expect(convertCell('92', 'cm', 'in')).toBe('36.2');
    expect(convertCell('36', 'in', 'cm')).toBe('91.4');
    expect(convertCell('25.4', 'cm', 'in')).toBe('10');
  });

  it('converts both ends of a range and keeps the separator as typed', () => {
    expect(convertCell('88-92', 'cm', 'in')).toBe('34.6-36.2');
    expect(convertCell('88~92', 'cm', 'in')).toBe('34.6~36.2');
    expect(convertCell(' 88 – 92 ', 'cm', 'in')).toBe('34.6 – 36.2');
  });

  it('reads a decimal comma', () => {
    expect(convertCell('90,5', 'cm', 'in')).toBe('35.6');
  });

  it('passes through text without a number, cells naming their own unit, and digits glued to letters', () => {
    for (const cell of ['均码', '', '—', 'one size', '1e400', '3XL', '100cm', '100 厘米', '36 in', '36"', '1.6米', '100-120斤', '120 kg', '3-4岁', '6个月']) {
      expect(isConvertibleCell(cell)).toBe(false);
      expect(convertCell(cell, 'cm', 'in')).toBe(cell);
    }
  });

  it('converts the numbers in a cell with words around them, so no cm value is left under "Unit: inches"', () => {
    expect(convertCell('约100', 'cm', 'in')).toBe('约39.4');
    expect(convertCell('约 90', 'cm', 'in')).toBe('约 35.4');
    expect(convertCell('104±2', 'cm', 'in')).toBe('40.9±0.8');
    expect(convertCell('100左右', 'cm', 'in')).toBe('39.4左右');
  });

  it('reads inch fractions as one value, and keeps a slash between two measurements a range', () => {
    // 36.5 × 2.54 = 92.71; 9.75 × 2.54 = 24.765; 0.75 × 2.54 = 1.905; 15/16 × 2.54 = 2.38
    expect(convertCell('36 1/2', 'in', 'cm')).toBe('92.7');
    expect(convertCell('36-1/2', 'in', 'cm')).toBe('92.7');
    expect(convertCell('36½', 'in', 'cm')).toBe('92.7');
    expect(convertCell('9 3/4', 'in', 'cm')).toBe('24.8');
    expect(convertCell('3/4', 'in', 'cm')).toBe('1.9');
    expect(convertCell('15/16', 'in', 'cm')).toBe('2.4');
    expect(convertCell('36 1/2-38', 'in', 'cm')).toBe('92.7-96.5');
    expect(convertCell('88/92', 'cm', 'in')).toBe('34.6/36.2');
    expect(convertCell('.75', 'in', 'cm')).toBe('1.9');
  });

  it('survives absurd numbers without throwing', () => {
    expect(convertCell('99999999999999999999', 'cm', 'in')).toMatch(/^\d/u);
  });

  it('converts a chart but leaves weight rows and the stored chart alone', () => {
    const chart = { ...TOP_CHART, rows: [...TOP_CHART.rows, { id: 'w', name: '建议体重(kg)', values: ['50', '55', '60'] }] };
    const inches = convertChart(chart, 'in');
    expect(inches.unit).toBe('in');
    expect(inches.rows[0]?.values).toEqual(['34.6-36.2', '37.8', '39.4']);
    expect(inches.rows[3]?.values).toEqual(['50', '55', '60']);
    expect(chart.rows[0]?.values).toEqual(['88-92', '96', '100']);
    expect(convertChart(chart, 'cm')).toBe(chart);
  });

  it('leaves size rows alone: their numbers are sizes, not lengths', () => {
    const chart = { unit: 'cm' as const, sizes: ['39', '40'], rows: ['美码', 'US size', '鞋码', 'サイズ', 'UK'].map((name, i) => ({ id: String(i), name, values: ['6.5', '7'] })) };
    expect(convertChart(chart, 'in').rows.map((r) => r.values)).toEqual(chart.rows.map(() => ['6.5', '7']));
    // A measurement that says "size" is still a length.
    const waist = { unit: 'cm' as const, sizes: ['S'], rows: [{ id: 'w', name: 'Waist size', values: ['68'] }, { id: 'h', name: 'Head size', values: ['56'] }] };
    expect(convertChart(waist, 'in').rows.map((r) => r.values)).toEqual([['26.8'], ['22']]);
  });
});
