import { describe, expect, it } from 'vitest';
import type { SizeChart } from '@shared/model/listing';
import { DEFAULT_MARKETS } from '@shared/markets/market';
import { buildSizeChartData, chartImageSizeFor, checkSizeChart, MAX_SIZES, outputOptionsFor, sizeChartOutputFor, sizeChartToHtml, type SizeChartData } from '@shared/size-chart';
import { SHOE_CHART, TOP_CHART } from '../../../fixtures/size-chart/charts';

function data(chart: SizeChart, options: Parameters<typeof buildSizeChartData>[1]): SizeChartData {
  const result = buildSizeChartData(chart, options);
  if (!result.ok) throw new Error(`unexpected problem ${result.problem}`);
  return result.value;
}

describe('output options per channel', () => {
  it('follows the markets the channel sells in', () => {
    expect(outputOptionsFor('taobao', DEFAULT_MARKETS)).toMatchObject({ locales: ['zh-CN'], unit: 'cm' });
    expect(outputOptionsFor('amazon', DEFAULT_MARKETS)).toMatchObject({ locales: ['en-US'], unit: 'in' });
    // The own mall's pack asks for Chinese and English copy: a bilingual chart.
    expect(outputOptionsFor('own-mall', DEFAULT_MARKETS)).toMatchObject({ locales: ['zh-CN', 'en-US'], unit: 'cm' });
    // A Chinese channel also sold to Japan.
    const markets = DEFAULT_MARKETS.map((m) => (m.id === 'jp' ? { ...m, channels: ['tmall' as const] } : m));
    expect(outputOptionsFor('tmall', markets).locales).toEqual(['zh-CN', 'ja-JP']);
  });

  it('sizes the image for the channel’s detail images', () => {
    expect(chartImageSizeFor('taobao').width).toBe(750);
    expect(chartImageSizeFor('tmall').width).toBe(790);
    expect(chartImageSizeFor('pinduoduo')).toMatchObject({ width: 750, maxHeight: 1500 });
    expect(chartImageSizeFor('amazon')).toEqual({ width: 1000, maxHeight: 4000 });
  });
});

describe('structured chart data', () => {
  it('has a bilingual header, sizes as rows and values in the market unit', () => {
    const d = data(TOP_CHART, { locales: ['zh-CN', 'en-US'], unit: 'in' });
    expect(d.columns.map((c) => c.labels)).toEqual([['尺码', 'Size'], ['胸围', 'Chest'], ['衣长', 'Length'], ['肩宽', 'Shoulder']]);
    expect(d.columns.map((c) => c.id)).toEqual([undefined, 'chest', 'length', 'shoulder']);
    expect(d.rows).toEqual([
      ['S', '34.6-36.2', '23.6', '15'],
      ['M', '37.8', '24.4', '15.4'],
      ['L', '39.4', '25.2', ''],
    ]);
    expect(d.notes[0]).toBe('单位：英寸（in） / Unit: inches');
  });

  it('adds shoe-size columns from the published table; sizes written in EU numbers head their column instead of an EU one', () => {
    const d = data(SHOE_CHART, { locales: ['en-US'], unit: 'cm', shoeGender: 'women', shoeSystems: ['cn', 'eu', 'us', 'uk', 'jp'] });
    expect(d.columns.map((c) => c.labels[0])).toEqual(['Size (EU)', 'Foot length', 'CN', 'US', 'UK', 'JP']);
    expect(d.columns[0]).toMatchObject({ kind: 'size', id: 'eu' });
    expect(d.rows[0]).toEqual(['38', '24', '240', '7', '4.5', '24']);
    expect(d.rows[3]).toEqual(['41', '', '265', '9.5', '7', '26.5']);
  });

  it('reads foot lengths typed in mm as mm, and skips sizes left blank', () => {
    const chart: SizeChart = { unit: 'cm', sizes: ['39', '40', ''], rows: [{ id: 'f', name: '脚长', values: ['245', '250', ''] }] };
    const cm = data(chart, { locales: ['zh-CN'], unit: 'cm', shoeGender: 'men', shoeSystems: ['eu', 'us'] });
    expect(cm.columns.map((c) => c.labels[0])).toEqual(['尺码（欧码）', '脚长', '美码']);
    expect(cm.rows).toEqual([['39', '24.5', '6.5'], ['40', '25', '7']]);
    // 24.5 cm = 9.6 in, not 245 cm = 96.5 in.
    expect(data(chart, { locales: ['en-US'], unit: 'in', shoeGender: 'men', shoeSystems: ['us'] }).rows[0]).toEqual(['39', '9.6', '6.5']);
  });

  it('decides mm or cm once per foot-length row, so a baby shoe typed in mm stays in mm throughout', () => {
    const baby: SizeChart = { unit: 'cm', sizes: ['16', '17', '18', '19'], rows: [{ id: 'f', name: '脚长', values: ['95', '100', '105', '110'] }] };
    expect(data(baby, { locales: ['zh-CN'], unit: 'cm' }).rows.map((r) => r[1])).toEqual(['9.5', '10', '10.5', '11']);
    const cm: SizeChart = { unit: 'cm', sizes: ['39'], rows: [{ id: 'f', name: '脚长', values: ['24.5'] }] };
    expect(data(cm, { locales: ['zh-CN'], unit: 'cm', shoeGender: 'men', shoeSystems: ['us'] }).rows[0]).toEqual(['39', '24.5', '6.5']);
  });

  it('marks which measurement columns are lengths', () => {
    const chart: SizeChart = { unit: 'cm', sizes: ['S'], rows: [{ id: 'c', name: '胸围', values: ['90'] }, { id: 'w', name: '建议体重', values: ['45-50'] }] };
    expect(data(chart, { locales: ['zh-CN'], unit: 'in' }).columns.map((c) => c.isLength)).toEqual([undefined, true, false]);
  });

  it('keeps every system for sizes that are not shoe numbers, and drops CN for sizes in mm', () => {
    const letters: SizeChart = { unit: 'cm', sizes: ['S', 'M'], rows: [{ id: 'f', name: '脚长', values: ['24', '25'] }] };
    const d = data(letters, { locales: ['zh-CN'], unit: 'cm', shoeGender: 'men', shoeSystems: ['cn', 'eu', 'us'] });
    expect(d.columns.map((c) => c.labels[0])).toEqual(['尺码', '脚长', '中国码', '欧码', '美码']);
    expect(d.rows[0]).toEqual(['S', '24', '240', '38.5', '6']);
    const mm: SizeChart = { unit: 'cm', sizes: ['240', '250'], rows: [{ id: 'f', name: '脚长', values: ['24', '25'] }] };
    const e = data(mm, { locales: ['zh-CN', 'en-US'], unit: 'cm', shoeGender: 'men', shoeSystems: ['cn', 'eu'] });
    expect(e.columns.map((c) => c.labels)).toEqual([['尺码（中国码）', 'Size (CN)'], ['脚长', 'Foot length'], ['欧码', 'EU']]);
    // A mixed column (a letter among numbers) names no system.
    expect(data({ ...mm, sizes: ['240', 'L'] }, { locales: ['en-US'], unit: 'cm', shoeSystems: ['cn'] }).columns.map((c) => c.labels[0])).toEqual(['Size', 'Foot length', 'CN']);
  });

  it('never adds shoe columns to a garment chart', () => {
    expect(data(TOP_CHART, { locales: ['en-US'], unit: 'cm', shoeSystems: ['eu'] }).columns).toHaveLength(4);
  });

  it('drops rows nobody filled in and strips control characters', () => {
    const chart: SizeChart = { unit: 'cm', sizes: ['S\t', 'M'], rows: [{ id: 'a', name: '胸围\u0000', values: ['9\n0', '94'] }, { id: 'b', name: '', values: ['', ''] }] };
    const d = data(chart, { locales: ['zh-CN'], unit: 'cm' });
    expect(d.columns).toHaveLength(2);
    expect(d.rows).toEqual([['S', '9 0'], ['M', '94']]);
  });

  it.each([
    [{ unit: 'cm', sizes: [], rows: [] }, 'empty'],
    [{ unit: 'cm', sizes: ['', ' '], rows: [{ id: 'a', name: 'x', values: [] }] }, 'no-sizes'],
    [{ unit: 'cm', sizes: ['S'], rows: [] }, 'no-measurements'],
    [{ unit: 'cm', sizes: Array.from({ length: MAX_SIZES + 1 }, (_, i) => String(i)), rows: [{ id: 'a', name: 'x', values: [] }] }, 'too-many-sizes'],
    [{ unit: 'cm', sizes: ['S'], rows: Array.from({ length: 500 }, (_, i) => ({ id: String(i), name: 'x', values: ['1'] })) }, 'too-many-rows'],
    [{ unit: 'cm', sizes: ['S'], rows: [{ id: 'a', name: 'x', values: ['9'.repeat(10_000)] }] }, 'cell-too-long'],
  ] satisfies [SizeChart, string][])('reports a chart it cannot output (case %#)', (chart, problem) => {
    expect(checkSizeChart(chart)).toBe(problem);
    expect(buildSizeChartData(chart, { locales: ['zh-CN'], unit: 'cm' })).toEqual({ ok: false, problem });
  });
});

describe('HTML table', () => {
  it('escapes everything typed', () => {
    const chart: SizeChart = {
      unit: 'cm',
      sizes: ['<script>alert(1)</script>', 'M&L'],
      rows: [{ id: 'a', name: 'A "quoted" <b>name</b>', values: ["O'Neil", '<img src=x onerror=alert(1)>'] }],
    };
    const html = sizeChartToHtml(data(chart, { locales: ['zh-CN', 'en-US'], unit: 'cm' }));
    expect(html).not.toMatch(/<script|<img|<b>/u);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('M&amp;L');
    expect(html).toContain('A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt;');
    expect(html).toContain('O&#39;Neil');
  });

  it('stacks bilingual labels and has one row per size', () => {
    const html = sizeChartToHtml(data(TOP_CHART, { locales: ['zh-CN', 'en-US'], unit: 'cm' }));
    expect(html).toContain('>胸围<br>Chest</th>');
    expect(html).toContain('>尺码表<br>Size chart</caption>');
    expect(html.match(/<tr>/gu)).toHaveLength(TOP_CHART.sizes.length + 1);
    expect(html).toContain('<td style="border:1px solid #d0d0d0;padding:6px 10px">88-92</td>');
  });

  it('prints a label once when both languages have the same word', () => {
    const chart: SizeChart = { unit: 'cm', sizes: ['S'], rows: [{ id: 'a', name: 'Hem', values: ['50'] }] };
    expect(sizeChartToHtml(data(chart, { locales: ['zh-CN', 'en-US'], unit: 'cm' }))).toContain('>Hem</th>');
  });
});

describe('one call per listing and channel', () => {
  it('gives data, HTML and image size in the channel’s languages and unit', () => {
    const out = sizeChartOutputFor({ sizeChart: SHOE_CHART, categoryPath: ['女鞋', '单鞋'] }, 'amazon', DEFAULT_MARKETS);
    if (!out?.ok) throw new Error('expected an output');
    expect(out.value.options).toMatchObject({ locales: ['en-US'], unit: 'in', shoeGender: 'women' });
    // 24 cm = 9.4 in; women's 240 mm = US 7.
    expect(out.value.data.rows[0]).toEqual(['38', '9.4', '7', '4.5']);
    expect(out.value.data.columns[0]?.labels).toEqual(['Size (EU)']);
    expect(out.value.html).toContain('<th scope="col"');
    expect(out.value.image.width).toBe(1000);
  });

  it('has nothing to output without a chart and reports a broken one', () => {
    expect(sizeChartOutputFor({ sizeChart: null, categoryPath: [] }, 'taobao', DEFAULT_MARKETS)).toBeUndefined();
    expect(sizeChartOutputFor({ sizeChart: { unit: 'cm', sizes: [], rows: [] }, categoryPath: [] }, 'taobao', DEFAULT_MARKETS)).toEqual({ ok: false, problem: 'empty' });
  });
});
