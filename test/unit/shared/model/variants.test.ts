import { describe, expect, it } from 'vitest';
import { bulkFill, cartesian, generateSkus, suggestSkuCode, type OptionAxis } from '@shared/model';

const colour: OptionAxis = { id: 'a', name: '颜色', values: ['Red', 'Blue'] };
const size: OptionAxis = { id: 'b', name: '尺码', values: ['S', 'M', 'L'] };

describe('variant matrix', () => {
  it('builds every colour × size combination in axis order', () => {
    expect(cartesian([colour, size])).toEqual([
      ['Red', 'S'], ['Red', 'M'], ['Red', 'L'], ['Blue', 'S'], ['Blue', 'M'], ['Blue', 'L'],
    ]);
  });

  it('gives a listing without options one default SKU', () => {
    const skus = generateSkus('TS-01', [], []);
    expect(skus).toHaveLength(1);
    expect(skus[0]).toMatchObject({ code: 'TS-01', optionValues: [] });
  });

  it('keeps typed prices of combinations that survive regeneration and drops removed ones', () => {
    const first = generateSkus('TS-01', [colour, size], []);
    const priced = bulkFill(first, 'price', '99');
    const next = generateSkus('TS-01', [{ ...colour, values: ['Red', 'Green'] }, size], priced);
    expect(next).toHaveLength(6);
    expect(next.filter((s) => s.optionValues[0] === 'Red').every((s) => s.price === '99')).toBe(true);
    expect(next.filter((s) => s.optionValues[0] === 'Green').every((s) => s.price === '')).toBe(true);
    expect(next.some((s) => s.optionValues[0] === 'Blue')).toBe(false);
    expect(next.find((s) => s.optionValues.join() === 'Green,M')?.code).toBe('TS-01-GREEN-M');
  });

  it('bulk-fills only the selected rows when ids are given', () => {
    const skus = generateSkus('X', [size], []);
    const firstId = skus[0]?.id ?? '';
    const filled = bulkFill(skus, 'stock', '5', new Set([firstId]));
    expect(filled.map((s) => s.stock)).toEqual(['5', '', '']);
  });

  it('suggests codes without spaces, upper-cased', () => {
    expect(suggestSkuCode('ab 1', ['dark blue', 'xl'])).toBe('AB1-DARKBLUE-XL');
  });
});
