import type { ImageMeta } from '../../shared/images/types';

/*
 * Measurements on a small, oriented, white-flattened sRGB raw buffer (3 channels): border band
 * colour and uniformity, product fill, and a 64-bit dHash from a 9×8 greyscale buffer.
 */

export interface RawRgb { data: Uint8Array; width: number; height: number; channels: number }

/** Border band: the outer ~3 % of each side, at least one pixel. */
const BAND = 0.03;
/** A band pixel counts as "the border colour" when every channel is within this of the average. */
const UNIFORM_TOLERANCE = 20;
/** A pixel is product when some channel differs from the border colour by more than this. */
const PRODUCT_THRESHOLD = 30;

export function measureBorder(raw: RawRgb): ImageMeta['border'] {
  const { width, height } = raw;
  const band = Math.max(1, Math.round(Math.min(width, height) * BAND));
  const inBand = (x: number, y: number): boolean => x < band || y < band || x >= width - band || y >= height - band;
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  forEachPixel(raw, (x, y, pr, pg, pb) => {
    if (!inBand(x, y)) return;
    r += pr;
    g += pg;
    b += pb;
    n += 1;
  });
  r /= n;
  g /= n;
  b /= n;
  let uniform = 0;
  forEachPixel(raw, (x, y, pr, pg, pb) => {
    if (!inBand(x, y)) return;
    if (Math.max(Math.abs(pr - r), Math.abs(pg - g), Math.abs(pb - b)) <= UNIFORM_TOLERANCE) uniform += 1;
  });
  return { r, g, b, uniformity: n === 0 ? 0 : uniform / n };
}

/**
 * How much of the frame the product spans: the larger of its bounding box's width and height
 * fractions. Amazon's "product fills ≥85 % of the frame" is about extent, not pixel area (a bottle
 * filling the height covers far less than 85 % of the pixels). Rows/columns with only a few
 * differing pixels (JPEG noise, dust) do not count.
 */
export function measureProductFill(raw: RawRgb, border: ImageMeta['border']): number {
  const { width, height } = raw;
  const rows = new Uint32Array(height);
  const cols = new Uint32Array(width);
  forEachPixel(raw, (x, y, pr, pg, pb) => {
    if (Math.max(Math.abs(pr - border.r), Math.abs(pg - border.g), Math.abs(pb - border.b)) > PRODUCT_THRESHOLD) {
      rows[y] = (rows[y] ?? 0) + 1;
      cols[x] = (cols[x] ?? 0) + 1;
    }
  });
  const extent = (counts: Uint32Array, minCount: number): number => {
    let first = -1;
    let last = -1;
    counts.forEach((count, i) => {
      if (count < minCount) return;
      if (first < 0) first = i;
      last = i;
    });
    return first < 0 ? 0 : (last - first + 1) / counts.length;
  };
  return Math.max(extent(rows, Math.max(2, width * 0.005)), extent(cols, Math.max(2, height * 0.005)));
}

/** dHash: 8 rows × 8 comparisons of horizontally adjacent pixels in a 9×8 greyscale image. */
export function dHash(grey9x8: Uint8Array): string {
  let hex = '';
  for (let row = 0; row < 8; row += 1) {
    let byte = 0;
    for (let col = 0; col < 8; col += 1) {
      const left = grey9x8[row * 9 + col] ?? 0;
      const right = grey9x8[row * 9 + col + 1] ?? 0;
      byte = (byte << 1) | (left > right ? 1 : 0);
    }
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

function forEachPixel(raw: RawRgb, visit: (x: number, y: number, r: number, g: number, b: number) => void): void {
  const { data, width, height, channels } = raw;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * channels;
      visit(x, y, data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0);
    }
  }
}
