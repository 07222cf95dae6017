import { describe, expect, it } from 'vitest';
import {
  addMeasurement, addSize, createSizeChart, removeMeasurement, removeSize, renameMeasurement, renameSize, setSizeChartCell,
} from '@shared/model/size-chart';

const base = () => createSizeChart(['S', 'M', 'L'], ['胸围', '衣长']);

describe('size chart edits', () => {
  it('creates empty cells for every size × measurement', () => {
    const c = base();
    expect(c.unit).toBe('cm');
    expect(c.rows.map((r) => [r.name, r.values])).toEqual([['胸围', ['', '', '']], ['衣长', ['', '', '']]]);
    expect(new Set(c.rows.map((r) => r.id)).size).toBe(2);
  });

  it('keeps cells under their size when columns are added and removed', () => {
    let c = setSizeChartCell(base(), 0, 0, '88');
    c = setSizeChartCell(c, 0, 2, '96');
    c = addSize(c, 'XL');
    expect(c.sizes).toEqual(['S', 'M', 'L', 'XL']);
    expect(c.rows[0]?.values).toEqual(['88', '', '96', '']);
    c = removeSize(c, 1);
    expect(c.sizes).toEqual(['S', 'L', 'XL']);
    expect(c.rows[0]?.values).toEqual(['88', '96', '']);
    expect(c.rows[1]?.values).toEqual(['', '', '']);
  });

  it('renames sizes and measurements, adds and removes rows', () => {
    let c = renameSize(base(), 1, 'M/165');
    c = renameMeasurement(c, 1, '后中长');
    c = addMeasurement(c, '肩宽');
    expect(c.sizes[1]).toBe('M/165');
    expect(c.rows.map((r) => r.name)).toEqual(['胸围', '后中长', '肩宽']);
    expect(c.rows[2]?.values).toEqual(['', '', '']);
    c = removeMeasurement(c, 0);
    expect(c.rows.map((r) => r.name)).toEqual(['后中长', '肩宽']);
  });

  it('fills short rows from imports instead of shifting cells', () => {
    const c = { unit: 'cm' as const, sizes: ['S', 'M'], rows: [{ id: 'r', name: 'chest', values: ['80'] }] };
    expect(setSizeChartCell(c, 0, 1, '84').rows[0]?.values).toEqual(['80', '84']);
    expect(addSize(c, 'L').rows[0]?.values).toEqual(['80', '', '']);
  });

  it('does not mutate its input', () => {
    const c = base();
    const snapshot = JSON.stringify(c);
    setSizeChartCell(addSize(removeSize(c, 0), 'XL'), 0, 0, '1');
    expect(JSON.stringify(c)).toBe(snapshot);
  });
});
