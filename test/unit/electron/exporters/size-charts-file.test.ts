import { describe, expect, it } from 'vitest';
import { SIZE_CHART_FILE, sizeChartsFile } from '../../../../electron/services/exporters/size-charts-file';
import type { PreparedListing } from '../../../../electron/services/exporters/types';
import { buildSizeChartData, type SizeChartData } from '../../../../shared/size-chart';

/* size-charts.csv: one line per size × filled column, with the unit each value is in. */

function prepared(spuCode: string, sizeChart?: SizeChartData): PreparedListing {
  return { listing: { spuCode }, sizeChart } as unknown as PreparedListing;
}

function chartData(): SizeChartData {
  const chart = { unit: 'cm' as const, sizes: ['S', 'M'], rows: [{ id: 'c', name: '胸围', values: ['88', ''] }, { id: 'w', name: '建议体重', values: ['45-50', '50-55'] }, { id: 'u', name: 'US size', values: ['4', '6'] }] };
  const data = buildSizeChartData(chart, { locales: ['en-US'], unit: 'in' });
  if (!data.ok) throw new Error(data.problem);
  return data.value;
}

describe('size-charts.csv', () => {
  it('writes lengths in the market unit and weight or size rows with no unit', () => {
    const file = sizeChartsFile([prepared('TS-1', chartData()), prepared('TS-2')]);
    expect(file?.name).toBe(SIZE_CHART_FILE);
    const lines = new TextDecoder().decode(file?.bytes).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual([
      'spu_code,size,column_id,column_label,value,unit',
      'TS-1,S,chest,Chest,34.6,in',
      'TS-1,S,,建议体重,45-50,',
      'TS-1,S,,US size,4,',
      'TS-1,M,,建议体重,50-55,',
      'TS-1,M,,US size,6,',
    ]);
  });

  it('is not written when no listing has a chart', () => {
    expect(sizeChartsFile([prepared('TS-2')])).toBeUndefined();
  });
});
