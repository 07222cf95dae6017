import { describe, expect, it } from 'vitest';
import { formatCategoryPath, parseCategoryPath } from '@shared/model/category';

describe('category path text', () => {
  it('splits on > and / (half- and full-width) and trims', () => {
    expect(parseCategoryPath('女装 > 连衣裙')).toEqual(['女装', '连衣裙']);
    expect(parseCategoryPath('Women/Dresses / Midi')).toEqual(['Women', 'Dresses', 'Midi']);
    expect(parseCategoryPath('女装＞连衣裙／长裙')).toEqual(['女装', '连衣裙', '长裙']);
  });

  it('drops empty segments so a half-typed path keeps its finished parts', () => {
    expect(parseCategoryPath('女装 > ')).toEqual(['女装']);
    expect(parseCategoryPath('  ')).toEqual([]);
  });

  it('formats back to the form it parses', () => {
    const path = ['女装', '连衣裙'];
    expect(formatCategoryPath(path)).toBe('女装 > 连衣裙');
    expect(parseCategoryPath(formatCategoryPath(path))).toEqual(path);
  });
});
