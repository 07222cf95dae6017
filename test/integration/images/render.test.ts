import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImagePool } from '../../../electron/services/image-pool';
import type { ImageCheck, ImageRule } from '../../../shared/images/types';
import { findImageRule } from '../../../shared/rules/image-rules';
import { noisy, pixelAt, productOn, startPool, testRule, writeOriented, WORKER_TEST_TIMEOUT_MS } from './fixtures';

let dir: string;
let pool: ImagePool;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shelfready-images-'));
  pool = startPool(2);
}, WORKER_TEST_TIMEOUT_MS);

afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
}, WORKER_TEST_TIMEOUT_MS);

function rule(channel: Parameters<typeof findImageRule>[0], slot: Parameters<typeof findImageRule>[1]): ImageRule {
  const found = findImageRule(channel, slot);
  if (!found) throw new Error(`no rule ${channel}.${slot}`);
  return found;
}

async function renderOk(input: string, r: ImageRule, name: string) {
  const outPath = join(dir, 'out', name);
  const outcome = await pool.render(input, r, outPath);
  if (!outcome.ok) throw new Error(`render failed: ${outcome.code} ${outcome.detail ?? ''}`);
  return { ...outcome.value, outPath };
}

const codesOf = (checks: ImageCheck[]) => checks.map((c) => `${c.code}:${c.level}`);
const isRed = (p: { r: number; g: number; b: number }) => p.r > 200 && p.g < 60 && p.b < 60;

describe('EXIF orientation', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('orientation %i renders upright with the red quadrant top-left', async (orientation) => {
    const input = join(dir, `orient-${orientation}.jpg`);
    await writeOriented(input, orientation);
    const probed = await pool.probe(input);
    expect(probed).toMatchObject({ ok: true, value: { width: 400, height: 300, orientation } });
    const out = await renderOk(input, testRule(), `orient-${orientation}.jpg`);
    expect([out.width, out.height]).toEqual([400, 300]);
    expect(isRed(await pixelAt(out.outPath, 100, 75))).toBe(true);
    expect(isRed(await pixelAt(out.outPath, 300, 75))).toBe(false);
    expect(isRed(await pixelAt(out.outPath, 100, 225))).toBe(false);
    expect(isRed(await pixelAt(out.outPath, 300, 225))).toBe(false);
    expect((await sharp(out.outPath).metadata()).orientation).toBeUndefined();
  });
});

describe('colour, depth, alpha, animation, metadata', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('converts a CMYK JPEG to sRGB and notes it', async () => {
    const input = join(dir, 'cmyk.jpg');
    await sharp({ create: { width: 600, height: 600, channels: 3, background: '#c03020' } }).toColourspace('cmyk').jpeg().toFile(input);
    expect((await sharp(input).metadata()).space).toBe('cmyk');
    const out = await renderOk(input, rule('shopify', 'main'), 'cmyk.jpg');
    expect((await sharp(out.outPath).metadata()).space).toBe('srgb');
    expect(codesOf(out.checks)).toContain('converted-cmyk:note');
    const p = await pixelAt(out.outPath, 1024, 1024);
    expect(p.r).toBeGreaterThan(p.g + 60);
  });

  it('renders a 16-bit PNG to 8-bit and notes it', async () => {
    const input = join(dir, 'deep.png');
    await sharp({ create: { width: 600, height: 400, channels: 3, background: '#336699' } }).toColourspace('rgb16').png().toFile(input);
    expect((await sharp(input).metadata()).depth).toBe('ushort');
    const probed = await pool.probe(input);
    expect(probed.ok && probed.value.bitDepth).toBe(16);
    const out = await renderOk(input, testRule({ format: 'png' }), 'deep.png');
    expect((await sharp(out.outPath).metadata()).depth).toBe('uchar');
    expect(codesOf(out.checks)).toContain('converted-16bit:note');
  });

  it('flattens a transparent PNG on white and notes it', async () => {
    const input = join(dir, 'alpha.png');
    const dot = await sharp({ create: { width: 200, height: 200, channels: 4, background: { r: 255, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
    await sharp({ create: { width: 600, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .composite([{ input: dot, left: 200, top: 200 }])
      .png()
      .toFile(input);
    const out = await renderOk(input, rule('taobao', 'main'), 'alpha.jpg');
    const corner = await pixelAt(out.outPath, 2, 2);
    expect(Math.min(corner.r, corner.g, corner.b)).toBeGreaterThanOrEqual(250);
    expect(isRed(await pixelAt(out.outPath, 400, 400))).toBe(true);
    expect(codesOf(out.checks)).toContain('flattened-alpha:note');
  });

  it('uses the first frame of an animated GIF and notes it', async () => {
    const input = join(dir, 'anim.gif');
    const frame = (colour: string) => sharp({ create: { width: 100, height: 100, channels: 3, background: colour } }).raw().toBuffer();
    const frames = Buffer.concat(await Promise.all(['#ff0000', '#00ff00', '#0000ff'].map(frame)));
    await sharp(frames, { raw: { width: 100, height: 300, channels: 3, pageHeight: 100 } }).gif().toFile(input);
    expect((await sharp(input).metadata()).pages).toBe(3);
    const out = await renderOk(input, testRule(), 'anim.jpg');
    expect([out.width, out.height]).toEqual([100, 100]);
    expect(isRed(await pixelAt(out.outPath, 50, 50))).toBe(true);
    expect(codesOf(out.checks)).toContain('animated-first-frame:note');
  });

  it('strips EXIF (GPS) and other metadata from the output', async () => {
    const input = join(dir, 'gps.jpg');
    await noisy(800, 600)
      .jpeg()
      .withExif({ IFD0: { Make: 'TestCam', Copyright: 'supplier' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1' } })
      .toFile(input);
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const out = await renderOk(input, rule('taobao', 'main'), 'gps.jpg');
    const meta = await sharp(out.outPath).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
  });
});

describe('byte limit and quality stepping', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('lowers quality until the rendition fits, and says so', async () => {
    const input = join(dir, 'noise.jpg');
    await noisy(800, 800).jpeg({ quality: 95 }).toFile(input);
    const full = await renderOk(input, testRule({ width: 800, height: 800 }), 'noise-full.jpg');
    expect(full.quality).toBe(90);
    const limit = Math.round(full.bytes * 0.7);
    const out = await renderOk(input, testRule({ width: 800, height: 800, maxBytes: limit }), 'noise-fit.jpg');
    expect(out.bytes).toBeLessThanOrEqual(limit);
    expect(out.quality).toBeLessThan(90);
    expect(out.quality).toBeGreaterThanOrEqual(50);
    expect(codesOf(out.checks)).toContain('quality-lowered:note');
    expect(out.isPassing).toBe(true);
  });

  it('fails over-byte-limit when even the lowest quality does not fit', async () => {
    const input = join(dir, 'noise.jpg');
    const out = await renderOk(input, testRule({ width: 800, height: 800, maxBytes: 20_000 }), 'noise-impossible.jpg');
    expect(out.quality).toBe(50);
    expect(out.bytes).toBeGreaterThan(20_000);
    expect(codesOf(out.checks)).toContain('over-byte-limit:fail');
    expect(out.isPassing).toBe(false);
  });
});

describe('background and product fill', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('fails a product on grey for the Taobao white slot, passes it on white', async () => {
    const grey = join(dir, 'on-grey.jpg');
    const white = join(dir, 'on-white.jpg');
    await productOn(grey, 1000, 600, '#c8c8c8');
    await productOn(white, 1000, 600, '#ffffff');
    const onGrey = await renderOk(grey, rule('taobao', 'white'), 'on-grey.jpg');
    expect(codesOf(onGrey.checks)).toContain('background-not-white:fail');
    const onWhite = await renderOk(white, rule('taobao', 'white'), 'on-white.jpg');
    expect(codesOf(onWhite.checks)).not.toContain('background-not-white:fail');
  });

  it('fails Amazon main when a small product sits on a big white canvas', async () => {
    const small = join(dir, 'small-product.jpg');
    const large = join(dir, 'large-product.jpg');
    await productOn(small, 1600, 400, '#ffffff');
    await productOn(large, 1600, 1450, '#ffffff');
    const probed = await pool.probe(small);
    expect(probed.ok && probed.value.productFill).toBeCloseTo(0.25, 1);
    const smallOut = await renderOk(small, rule('amazon', 'main'), 'small-product.jpg');
    expect(codesOf(smallOut.checks)).toContain('product-fill-low:fail');
    const largeOut = await renderOk(large, rule('amazon', 'main'), 'large-product.jpg');
    expect(codesOf(largeOut.checks)).toEqual([]);
    expect(largeOut).toMatchObject({ width: 2000, height: 2000, isPassing: true });
  });

  it('uses the meta passed in instead of measuring again', async () => {
    const input = join(dir, 'on-white.jpg');
    const probed = await pool.probe(input);
    if (!probed.ok) throw new Error(probed.code);
    const meta = { ...probed.value, productFill: 0.1 };
    const outcome = await pool.render(input, rule('amazon', 'main'), join(dir, 'out', 'meta.jpg'), { meta });
    expect(outcome.ok && codesOf(outcome.value.checks)).toContain('product-fill-low:fail');
  });
});

describe('thumbnail and probe', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('writes a WebP thumbnail with the longest side as asked', async () => {
    const input = join(dir, 'orient-6.jpg');
    const outPath = join(dir, 'thumbs', 't.webp');
    expect(await pool.thumbnail(input, outPath, 128)).toEqual({ ok: true, value: { width: 128, height: 96 } });
    expect((await sharp(outPath).metadata()).format).toBe('webp');
  });

  it('gives the same phash for the same photo at two sizes and a different one for another photo', async () => {
    const a = join(dir, 'phash-a.jpg');
    const b = join(dir, 'phash-b.jpg');
    await noisy(64, 48).resize(1200, 900).jpeg().toFile(a);
    await sharp(a).resize(600).jpeg({ quality: 70 }).toFile(b);
    const [pa, pb, pc] = await Promise.all([pool.probe(a), pool.probe(b), pool.probe(join(dir, 'on-grey.jpg'))]);
    if (!pa.ok || !pb.ok || !pc.ok) throw new Error('probe failed');
    const { hammingDistance } = await import('../../../shared/images/checks');
    expect(hammingDistance(pa.value.phash, pb.value.phash)).toBeLessThanOrEqual(6);
    expect(hammingDistance(pa.value.phash, pc.value.phash)).toBeGreaterThan(6);
  });
});
