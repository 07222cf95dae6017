import { describe, expect, it } from 'vitest';
import { convertCell, convertChart, convertLength, isNumericCell } from '@shared/size-chart';
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

  it('passes text through unchanged', () => {
    for (const cell of ['均码', '', '—', 'one size', '1e400', '约 90']) {
      expect(isNumericCell(cell)).toBe(false);
      expect(convertCell(cell, 'cm', 'in')).toBe(cell);
    }
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
});
