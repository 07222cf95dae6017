import { describe, expect, it } from 'vitest';
import {
  chartFromTemplate, isChartBlank, LABEL_LOCALES, matchMeasurement, MEASUREMENTS, SIZE_CHART_TEMPLATES, sizeChartRequired, templateIdForCategory, TEMPLATE_IDS,
} from '@shared/size-chart';

describe('templates per category', () => {
  it.each([
    [['女装', '毛衣'], 'tops'],
    [['男装', 'T恤'], 'tops'],
    [['女装', '连衣裙'], 'dresses'],
    [['女装', '半身裙'], 'bottoms'],
    [['男装', '休闲裤'], 'bottoms'],
    [['鞋靴', '运动鞋'], 'shoes'],
    [['童装', '童鞋'], 'shoes'],
    [['童装', '裤子'], 'kids'],
    [['童装'], 'kids'],
    [['运动户外', '瑜伽服'], 'tops'],
    [['Women', 'Dresses'], 'dresses'],
    [['Men', 'T-Shirts'], 'tops'],
    [['Kids', 'Jeans'], 'kids'],
    [['レディース', 'スカート'], 'bottoms'],
    [['Jeans', 'Bootcut jeans'], 'bottoms'],
    [['Women', 'Boots'], 'shoes'],
    [['运动户外', '运动套装'], 'tops'],
  ])('%j → %s', (path, id) => {
    expect(templateIdForCategory(path)).toBe(id);
    expect(sizeChartRequired(path)).toBe(true);
  });

  it.each([[['箱包', '双肩包']], [['家居', '洗衣液']], [['家居', '包装盒']], [['儿童玩具']], [['数码配件', '手机壳']], [[]],
    [['Home', 'Sandalwood incense']], [['家具', '鞋柜']], [['Home', 'Shoe rack']], [['美妆', '护肤套装']], [['工具', '工具套装']], [['Kitchen', 'Stove top kettle']]])('%j needs no chart', (path) => {
    expect(templateIdForCategory(path)).toBeUndefined();
    expect(sizeChartRequired(path)).toBe(false);
  });

  it('labels every measurement in every output language', () => {
    for (const id of TEMPLATE_IDS) {
      for (const m of SIZE_CHART_TEMPLATES[id].measurements) {
        for (const locale of LABEL_LOCALES) expect(MEASUREMENTS[m].labels[locale]).not.toBe('');
      }
    }
  });

  it('builds an empty chart in the merchandiser’s language, rows aligned with sizes', () => {
    const chart = chartFromTemplate('tops', 'en-US');
    expect(chart.unit).toBe('cm');
    expect(chart.sizes).toEqual(['S', 'M', 'L', 'XL', '2XL']);
    expect(chart.rows.map((r) => r.name)).toEqual(['Chest', 'Length', 'Shoulder', 'Sleeve']);
    expect(chart.rows.every((r) => r.values.length === chart.sizes.length && r.values.every((v) => v === ''))).toBe(true);
    expect(isChartBlank(chart)).toBe(true);
    expect(isChartBlank(null)).toBe(true);
    expect(isChartBlank({ ...chart, rows: [{ id: 'x', name: 'Chest', values: ['', '92'] }] })).toBe(false);
  });

  it('recognises rows by any known name', () => {
    expect(matchMeasurement('胸围')).toBe('chest');
    expect(matchMeasurement(' Bust ')).toBe('chest');
    expect(matchMeasurement('胸圍 (cm)')).toBe('chest');
    expect(matchMeasurement('ウエスト')).toBe('waist');
    expect(matchMeasurement('下摆')).toBeUndefined();
  });
});
