import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SizeChart } from '@shared/model/listing';
import { chartImageSizeFor, type SizeChartData } from '@shared/size-chart';
import type { Font } from '../../../electron/services/size-chart-font';
import {
  layoutToSvg, loadFont, measureWith, renderSizeChartPng, resolveSizeChartFontPath, svgToPng, type SizeChartImage,
} from '../../../electron/services/size-chart-image';
import type { ChartLayout, TextBox } from '../../../electron/services/size-chart-layout';
import { SHOE_CHART, TOP_CHART } from '../../fixtures/size-chart/charts';
import { useTempDirs } from './temp-dir';

let font: Font;
beforeAll(async () => {
  const path = await resolveSizeChartFontPath();
  if (!path) throw new Error('bundled font missing from resources/fonts');
  font = await loadFont(path);
});

async function render(chart: SizeChart, channel: Parameters<typeof chartImageSizeFor>[0], locales: SizeChartData['locales'] = ['zh-CN', 'en-US']): Promise<SizeChartImage> {
  const result = await renderSizeChartPng(chart, { ...chartImageSizeFor(channel), locales, unit: 'cm', shoeSystems: ['cn', 'eu', 'us'] });
  if (!result.ok) throw new Error(`render failed: ${result.problem} ${result.detail ?? ''}`);
  return result.value;
}

interface Region { left: number; top: number; width: number; height: number }

/** The tight box the text's glyphs can occupy, as textToSvg places them. */
function inkRegion(box: TextBox): Region {
  const scale = box.fontSize / font.unitsPerEm;
  const width = measureWith(font)(box.text, box.fontSize);
  const baseline = box.y + box.height / 2 + ((font.ascender + font.descender) / 2) * scale;
  const left = Math.floor(box.x + (box.width - width) / 2);
  const top = Math.floor(baseline - font.ascender * scale);
  return { left, top, width: Math.ceil(width) + 1, height: Math.ceil((font.ascender - font.descender) * scale) + 1 };
}

/** Pixels darker than mid-grey, as a 0/1 mask: backgrounds (white, header grey) drop out. */
async function inkMask(png: Buffer, region: Region): Promise<Uint8Array> {
  const raw = await sharp(png).extract(region).greyscale().raw().toBuffer();
  return Uint8Array.from(raw, (v) => (v < 128 ? 1 : 0));
}

const share = (mask: Uint8Array) => mask.reduce((a, b) => a + b, 0) / mask.length;
const difference = (a: Uint8Array, b: Uint8Array) => a.reduce((sum, v, i) => sum + (v === b[i] ? 0 : 1), 0) / a.length;

/** The same text drawn alone, same font and place, on the same backgrounds (no grid, no other text). */
async function renderAlone(layout: ChartLayout, box: TextBox): Promise<Buffer> {
  return svgToPng(layoutToSvg(font, { width: layout.width, height: layout.height, rects: layout.rects, lines: [], texts: [box] }));
}

describe('size-chart PNG', () => {
  it.each(['taobao', 'tmall', 'pinduoduo', 'douyin', 'amazon'] as const)('has %s’s detail-image width', async (channel) => {
    const image = await render(TOP_CHART, channel);
    const meta = await sharp(image.png).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe(chartImageSizeFor(channel).width);
    expect(meta.height).toBe(image.height);
    expect(image.height).toBeLessThanOrEqual(chartImageSizeFor(channel).maxHeight);
  });

  it('draws the Chinese label with the bundled font’s glyphs', async () => {
    const image = await render(TOP_CHART, 'taobao');
    const box = image.layout.texts.find((t) => t.text === '胸围');
    expect(box).toBeDefined();
    if (!box) return;
    const region = inkRegion(box);
    const inChart = await inkMask(image.png, region);

    // Not blank: a two-character CJK word inks a good share of its tight box.
    expect(share(inChart)).toBeGreaterThan(0.2);

    // The same glyphs as a separate render of the same text.
    const alone = await inkMask(await renderAlone(image.layout, box), region);
    expect(difference(inChart, alone)).toBeLessThan(0.02);

    // Not a tofu box or a fallback: other Chinese text, and characters the font lacks, look clearly different.
    const other = await inkMask(await renderAlone(image.layout, { ...box, text: '衣长' }), region);
    expect(difference(inChart, other)).toBeGreaterThan(0.15);
    expect(font.glyphIndex(0xe000)).toBe(0);
    const tofu = await inkMask(await renderAlone(image.layout, { ...box, text: '\ue000\ue000' }), region);
    expect(difference(inChart, tofu)).toBeGreaterThan(0.15);
    expect(font.glyphIndex('胸'.codePointAt(0) ?? 0)).not.toBe(0);
  });

  it('renders a shoe chart with conversion columns', async () => {
    const image = await render(SHOE_CHART, 'jd', ['zh-CN']);
    const texts = image.layout.texts.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['尺码（欧码）', '脚长', '中国码', '美码', '240']));
    expect(texts).not.toContain('欧码');
    expect((await sharp(image.png).metadata()).width).toBe(790);
  });

  it('clips text that does not fit its column instead of overflowing', async () => {
    const chart: SizeChart = { unit: 'cm', sizes: ['S'], rows: [{ id: 'a', name: '特别特别特别特别长的测量部位名称'.repeat(4), values: ['1'.repeat(150)] }] };
    const image = await render(chart, 'taobao');
    const measure = measureWith(font);
    for (const t of image.layout.texts) expect(measure(t.text, t.fontSize)).toBeLessThanOrEqual(t.width);
    expect(image.layout.texts.some((t) => t.text.endsWith('…'))).toBe(true);
  });

  it('draws odd values (markup, emoji, control characters) without failing', async () => {
    const chart: SizeChart = { unit: 'cm', sizes: ['<S>', '👕', ''], rows: [{ id: 'a', name: 'A&B "x"', values: ['\u0000\u0007', 'NaN', '-1e9'] }] };
    const image = await render(chart, 'douyin');
    expect((await sharp(image.png).metadata()).width).toBe(750);
  });

  it('reports charts and settings it cannot draw', async () => {
    const base = { ...chartImageSizeFor('pinduoduo'), locales: ['zh-CN'] as const, unit: 'cm' as const };
    expect(await renderSizeChartPng({ unit: 'cm', sizes: [], rows: [] }, base)).toEqual({ ok: false, problem: 'empty' });
    const tall: SizeChart = { unit: 'cm', sizes: Array.from({ length: 30 }, (_, i) => String(i)), rows: [{ id: 'a', name: '胸围', values: [] }] };
    expect(await renderSizeChartPng(tall, base)).toMatchObject({ ok: false, problem: 'too-tall' });
    expect(await renderSizeChartPng(TOP_CHART, { ...base, width: 0 })).toMatchObject({ ok: false, problem: 'bad-width' });
  });

  const tempDir = useTempDirs();
  it('reports a missing or broken font as a value', async () => {
    const base = { ...chartImageSizeFor('taobao'), locales: ['zh-CN'] as const, unit: 'cm' as const };
    const dir = await tempDir();
    expect(await renderSizeChartPng(TOP_CHART, { ...base, fontPath: join(dir, 'none.ttf') })).toMatchObject({ ok: false, problem: 'font-missing' });
    const broken = join(dir, 'broken.ttf');
    await writeFile(broken, 'not a font at all');
    expect(await renderSizeChartPng(TOP_CHART, { ...base, fontPath: broken })).toMatchObject({ ok: false, problem: 'font-missing' });
  });
});
