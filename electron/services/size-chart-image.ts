import { access, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { buildSizeChartData, type SizeChartData, type SizeChartOutputOptions, type SizeChartResult } from '../../shared/size-chart';
import type { SizeChart } from '../../shared/model/listing';
import { parseFont, type Font } from './size-chart-font';
import { SIZE_CHART_FONTS_ENV } from './size-chart-font-path';
import { layoutChart, type ChartLayout, type TextBox } from './size-chart-layout';

/*
 * The size chart as a PNG for a channel's detail images: the layout (size-chart-layout.ts) drawn as
 * SVG with every letter a path from the bundled CJK font (size-chart-font.ts), rasterised by sharp.
 * No untrusted image is decoded here (the SVG is generated from typed text, all of it turned into
 * paths), so this can run wherever sharp is loaded: the image worker, the CLI or a test.
 */

/** WenQuanYi Micro Hei: CJK and Latin in one Apache-2.0 file (see resources/fonts/LICENSE-wqy-microhei.txt). */
export const SIZE_CHART_FONT_FILE = 'wqy-microhei.ttc';

/**
 * The folder main names for the workers (SIZE_CHART_FONTS_ENV), resources/fonts in the packaged app
 * (electron-builder `extraResources` → process.resourcesPath), in the source tree (electron/services)
 * and in the build (out/main), then the working directory.
 */
export async function resolveSizeChartFontPath(): Promise<string | undefined> {
  const here = dirname(fileURLToPath(import.meta.url));
  // Electron sets process.resourcesPath; plain Node (CLI, tests) does not.
  const resourcesPath: unknown = Reflect.get(process, 'resourcesPath');
  const packaged = typeof resourcesPath === 'string' ? resourcesPath : undefined;
  const named = process.env[SIZE_CHART_FONTS_ENV];
  const candidates = [
    ...(named ? [named] : []),
    ...(packaged ? [join(packaged, 'fonts')] : []),
    resolve(here, '../../resources/fonts'),
    resolve(process.cwd(), 'resources/fonts'),
  ].map((dir) => join(dir, SIZE_CHART_FONT_FILE));
  for (const candidate of candidates) {
    try {
      await access(candidate);
      return candidate;
    } catch {
      // Not in this location; the next candidate is tried and a missing font is reported below.
    }
  }
  return undefined;
}

const fonts = new Map<string, Promise<Font>>();

/** Parsed once per path: the font is 4 MB and every chart of a launch uses it. */
export function loadFont(path: string): Promise<Font> {
  let font = fonts.get(path);
  if (!font) {
    font = readFile(path).then((bytes) => parseFont(bytes));
    // A failed read is not cached, so a font restored on disk works on the next try.
    font.catch(() => fonts.delete(path));
    fonts.set(path, font);
  }
  return font;
}

export function measureWith(font: Font): (text: string, fontSize: number) => number {
  return (text, fontSize) => {
    let units = 0;
    for (const ch of text) units += font.advance(font.glyphIndex(ch.codePointAt(0) ?? 0));
    return (units * fontSize) / font.unitsPerEm;
  };
}

const n = (v: number) => Math.round(v * 100) / 100;

/** One text box as glyph paths, centred horizontally and vertically in its box. */
export function textToSvg(font: Font, box: TextBox): string {
  const scale = box.fontSize / font.unitsPerEm;
  const textWidth = measureWith(font)(box.text, box.fontSize);
  const left = box.x + (box.width - textWidth) / 2;
  const baseline = box.y + box.height / 2 + ((font.ascender + font.descender) / 2) * scale;
  let pen = 0;
  let glyphs = '';
  for (const ch of box.text) {
    const glyph = font.glyphIndex(ch.codePointAt(0) ?? 0);
    const d = font.glyphPath(glyph);
    if (d !== '') glyphs += `<path transform="translate(${pen} 0)" d="${d}"/>`;
    pen += font.advance(glyph);
  }
  if (glyphs === '') return '';
  // Bold is a stroke in the text colour: the bundled font has one weight, and a second font file
  // would double the download for headers only.
  const stroke = box.isBold ? ` stroke="${box.color}" stroke-width="${n(font.unitsPerEm / 40)}"` : '';
  return `<g transform="translate(${n(left)} ${n(baseline)}) scale(${scale} ${-scale})" fill="${box.color}"${stroke}>${glyphs}</g>`;
}

export function layoutToSvg(font: Font, layout: ChartLayout): string {
  const rects = layout.rects.map((r) => `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" fill="${r.fill}"/>`).join('');
  const lines = layout.lines.map(([x1, y1, x2, y2]) => `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"/>`).join('');
  const texts = layout.texts.map((t) => textToSvg(font, t)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${rects}<g stroke="#c8c8c8" stroke-width="1">${lines}</g>${texts}</svg>`
  );
}

export async function svgToPng(svg: string): Promise<Buffer> {
  // density 72 keeps 1 SVG unit = 1 px; the layout already has the channel's pixel size.
  return sharp(Buffer.from(svg), { density: 72 }).flatten({ background: '#ffffff' }).png({ compressionLevel: 9 }).toBuffer();
}

export interface SizeChartImageOptions extends SizeChartOutputOptions {
  width: number;
  maxHeight: number;
  /** Defaults to the bundled font (resolveSizeChartFontPath). */
  fontPath?: string;
}

export interface SizeChartImage {
  png: Buffer;
  width: number;
  height: number;
  layout: ChartLayout;
}

/** Image-only failures, beside the chart's own (validate.ts); each maps to `sizechart:problems.<code>`. */
export type SizeChartImageProblem = 'font-missing' | 'too-tall' | 'bad-width';
export type SizeChartImageResult = SizeChartResult<SizeChartImage> | { ok: false; problem: SizeChartImageProblem; detail?: string };

/** Narrower than this, a chart's columns cannot hold a size name; wider, no channel shows it. */
const MIN_WIDTH = 240;
const MAX_WIDTH = 4000;

/** Renders `data` (already built for the channel) at the channel's width. */
export async function renderSizeChartData(data: SizeChartData, options: Pick<SizeChartImageOptions, 'width' | 'maxHeight' | 'fontPath'>): Promise<SizeChartImageResult> {
  const width = Math.round(options.width);
  if (!(width >= MIN_WIDTH && width <= MAX_WIDTH)) return { ok: false, problem: 'bad-width', detail: `width ${options.width}` };
  const fontPath = options.fontPath ?? (await resolveSizeChartFontPath());
  if (!fontPath) return { ok: false, problem: 'font-missing', detail: `${SIZE_CHART_FONT_FILE} not found in resources/fonts` };
  let font: Font;
  try {
    font = await loadFont(fontPath);
  } catch (error) {
    // An unreadable or non-TrueType file is the same to the user as no font: reinstall fixes both.
    return { ok: false, problem: 'font-missing', detail: `${fontPath}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const layout = layoutChart(data, width, measureWith(font));
  if (layout.height > options.maxHeight) return { ok: false, problem: 'too-tall', detail: `${layout.height} px > ${options.maxHeight} px` };
  const png = await svgToPng(layoutToSvg(font, layout));
  return { ok: true, value: { png, width: layout.width, height: layout.height, layout } };
}

/** The whole path from a stored chart: build the channel's data, lay out, draw. */
export async function renderSizeChartPng(chart: SizeChart, options: SizeChartImageOptions): Promise<SizeChartImageResult> {
  const data = buildSizeChartData(chart, options);
  if (!data.ok) return data;
  return renderSizeChartData(data.value, options);
}
