import { describe, expect, it } from 'vitest';
import { measureTitle } from '../../../../shared/checklist/title-units';

describe('measureTitle', () => {
  it('Taobao: 30 汉字 = 60 passes, 61 fails', () => {
    expect(measureTitle('羊'.repeat(30), 'cjk-double').used).toBe(60);
    expect(measureTitle('羊'.repeat(30) + 'a', 'cjk-double').used).toBe(61);
  });
  it('mixed Chinese and ASCII', () => {
    expect(measureTitle('2026新款 T恤', 'cjk-double').used).toBe(12);
  });
  it('never cuts inside a surrogate pair', () => {
    expect(measureTitle('ab😀c', 'chars').cutIndex(3)).toBe(4);
    expect(measureTitle('ab😀c', 'chars').cutIndex(2)).toBe(2);
  });
});
