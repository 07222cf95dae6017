import { describe, expect, it } from 'vitest';
import type { SizeChart } from '@shared/model/listing';
import { convertShoeSize, SHOE_SIZE_TABLE, shoeGenderForCategory, shoeRowsForChart, shoeSizeIn } from '@shared/size-chart';
import { GB_T_3293, NIKE_MEN, NIKE_WOMEN } from '../../../fixtures/size-chart/published-shoe-sizes';
import { SHOE_CHART } from '../../../fixtures/size-chart/charts';

describe('shoe sizes against published charts', () => {
  it.each([
    ['men', NIKE_MEN],
    ['women', NIKE_WOMEN],
  ] as const)('matches every %s row of the Nike chart, from each system', (gender, rows) => {
    for (const row of rows) {
      expect(convertShoeSize(row.us, 'us', 'eu', gender)).toBe(row.eu);
      expect(convertShoeSize(row.us, 'us', 'uk', gender)).toBe(row.uk);
      expect(convertShoeSize(row.eu, 'eu', 'us', gender)).toBe(row.us);
      if (!(gender === 'men' && row.uk === 6)) expect(convertShoeSize(row.uk, 'uk', 'jp', gender)).toBe(row.jpCm);
      expect(convertShoeSize(row.jpCm, 'jp', 'us', gender)).toBe(row.us);
      expect(convertShoeSize(row.jpCm * 10, 'cn', 'eu', gender)).toBe(row.eu);
    }
  });

  it('reads a UK size the chart prints twice as the smaller shoe', () => {
    // Nike's men's chart has UK 6 for both US 6.5 and US 7.
    expect(convertShoeSize(6, 'uk', 'us', 'men')).toBe(6.5);
  });

  it('numbers CN sizes by foot length in mm (GB/T 3293.1)', () => {
    for (const { footCm, cn } of GB_T_3293) {
      const chart: SizeChart = { unit: 'cm', sizes: ['x'], rows: [{ id: 'f', name: '脚长', values: [String(footCm)] }] };
      const [row] = shoeRowsForChart(chart, 'women');
      expect(row && shoeSizeIn(row, 'cn')).toBe(cn);
    }
  });

  it('keeps every table in 5 mm steps with sizes that only grow', () => {
    for (const rows of Object.values(SHOE_SIZE_TABLE)) {
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1], rows[i]];
        if (!a || !b) continue;
        expect((b.mm - a.mm) % 5).toBe(0);
        expect(b.eu).toBeGreaterThan(a.eu);
        expect(b.us).toBeGreaterThan(a.us);
        expect(b.uk).toBeGreaterThanOrEqual(a.uk);
      }
    }
  });

  it('gives no equivalent outside the published range', () => {
    expect(convertShoeSize(60, 'eu', 'us', 'men')).toBeUndefined();
    expect(convertShoeSize(400, 'cn', 'eu', 'women')).toBeUndefined();
    expect(convertShoeSize(Number.NaN, 'jp', 'eu', 'women')).toBeUndefined();
  });

  it('reads a chart by foot length, in cm, inches or mm, then by its size labels', () => {
    // EU 41 has no foot length: read as a women’s EU size, 265 mm.
    expect(shoeRowsForChart(SHOE_CHART, 'women').map((r) => r?.mm)).toEqual([240, 245, 250, 265]);
    const inches: SizeChart = { unit: 'in', sizes: ['a'], rows: [{ id: 'f', name: 'Foot length', values: ['9.45'] }] };
    expect(shoeRowsForChart(inches, 'men')[0]?.mm).toBe(240);
    const mm: SizeChart = { unit: 'cm', sizes: ['a', '245', 'odd'], rows: [{ id: 'f', name: '脚长', values: ['250', '', ''] }] };
    expect(shoeRowsForChart(mm, 'men').map((r) => r?.mm)).toEqual([250, 245, undefined]);
  });

  it('uses the women’s chart for women’s categories', () => {
    expect(shoeGenderForCategory(['女鞋', '单鞋'])).toBe('women');
    expect(shoeGenderForCategory(['Shoes', 'Women'])).toBe('women');
    expect(shoeGenderForCategory(['鞋靴', '运动鞋'])).toBe('men');
  });
});
