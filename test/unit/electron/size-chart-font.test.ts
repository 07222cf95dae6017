import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { FontFormatError, parseFont, type Font } from '../../../electron/services/size-chart-font';
import { SIZE_CHART_FONTS_ENV } from '../../../electron/services/size-chart-font-path';
import { layoutToSvg, resolveSizeChartFontPath, SIZE_CHART_FONT_FILE, svgToPng } from '../../../electron/services/size-chart-image';
import { useTempDirs } from './temp-dir';

let font: Font;
let fontPath: string;
beforeAll(async () => {
  const path = await resolveSizeChartFontPath();
  if (!path) throw new Error('bundled font missing from resources/fonts');
  fontPath = path;
  font = parseFont(await readFile(path));
});

/** Ink (pixels far from the corner's colour), cropped to its bounding box and scaled to 64 × 32. */
async function normalisedInk(png: Buffer): Promise<Uint8Array> {
  const { data, info } = await sharp(png).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const background = data[0] ?? 255;
  let [left, top, right, bottom] = [info.width, info.height, -1, -1];
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (Math.abs((data[y * info.width + x] ?? background) - background) > 100) {
        left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
      }
    }
  }
  expect(right).toBeGreaterThan(left);
  const crop = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
    .extract({ left, top, width: right - left + 1, height: bottom - top + 1 })
    .resize(64, 32, { fit: 'fill' })
    .raw()
    .toBuffer();
  return Uint8Array.from(crop, (v) => (Math.abs(v - background) > 100 ? 1 : 0));
}

const difference = (a: Uint8Array, b: Uint8Array) => a.reduce((sum, v, i) => sum + (v === b[i] ? 0 : 1), 0) / a.length;

async function ownRender(text: string): Promise<Buffer> {
  return svgToPng(layoutToSvg(font, { width: 400, height: 160, rects: [], lines: [], texts: [{ text, x: 0, y: 0, width: 400, height: 160, fontSize: 80, color: '#000000' }] }));
}

/** An independent rasteriser: pango (sharp's text input) with the same font file. */
async function pangoRender(text: string): Promise<Buffer> {
  return sharp({ text: { text, font: 'WenQuanYi Micro Hei 80', fontfile: fontPath, dpi: 72 } }).png().toBuffer();
}

describe('bundled font reader', () => {
  it('maps characters to glyphs with advances and outlines', () => {
    for (const ch of ['A', 'S', '9', '胸', '围', 'サ', '…']) {
      const glyph = font.glyphIndex(ch.codePointAt(0) ?? 0);
      expect(glyph).toBeGreaterThan(0);
      expect(font.advance(glyph)).toBeGreaterThan(0);
      expect(font.glyphPath(glyph)).toMatch(/^M[-\d.]+ [-\d.]+.*Z$/u);
    }
    expect(font.glyphPath(font.glyphIndex(0x20))).toBe('');
    // CJK ideographs are full width, Latin digits narrower.
    expect(font.advance(font.glyphIndex(0x80f8))).toBeGreaterThan(font.advance(font.glyphIndex(0x39)));
  });

  it('draws the same shapes as pango does with the same font file', async () => {
    const own = await normalisedInk(await ownRender('胸围'));
    const pango = await normalisedInk(await pangoRender('胸围'));
    const pangoOther = await normalisedInk(await pangoRender('衣长'));
    // Measured: ~2 % of the 64 × 32 cells differ (hinting, anti-aliasing) against ~48 % for other words.
    expect(difference(own, pango)).toBeLessThan(0.06);
    expect(difference(own, pangoOther)).toBeGreaterThan(0.3);
  });

  it('rejects a file that is not a TrueType font', () => {
    expect(() => parseFont(new Uint8Array(8))).toThrow(FontFormatError);
  });
});

describe('finding the bundled font', () => {
  const dirs = useTempDirs();
  it('looks first in the folder main names for the workers (the packaged app’s resources/fonts)', async () => {
    const dir = await dirs();
    await copyFile(join(import.meta.dirname, '../../../resources/fonts', SIZE_CHART_FONT_FILE), join(dir, SIZE_CHART_FONT_FILE));
    const before = process.env[SIZE_CHART_FONTS_ENV];
    process.env[SIZE_CHART_FONTS_ENV] = dir;
    try {
      expect(await resolveSizeChartFontPath()).toBe(join(dir, SIZE_CHART_FONT_FILE));
    } finally {
      if (before === undefined) delete process.env[SIZE_CHART_FONTS_ENV];
      else process.env[SIZE_CHART_FONTS_ENV] = before;
    }
    // Without it (CLI, tests), the source tree's resources/fonts.
    expect(await resolveSizeChartFontPath()).toMatch(/resources[\\/]fonts[\\/]wqy-microhei\.ttc$/);
  });
});
