import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import type { ImageRule } from '../../../shared/images/types';
import { createImagePool, type ImagePool } from '../../../electron/services/image-pool';
import { spawnChildProcessWorker } from '../../../electron/services/image-worker-spawn';

/** Fixtures are drawn with sharp at test time; nothing binary is committed. */

/**
 * Workers start through tsx (a second or more on a busy 2-core machine) and each pool test starts
 * its own, so these tests get more than vitest's default 5 s.
 */
export const WORKER_TEST_TIMEOUT_MS = 60_000;

export function startPool(size = 2, cancelGraceMs?: number): ImagePool {
  return createImagePool({ size, cancelGraceMs, spawn: spawnChildProcessWorker({ env: { SHELFREADY_WORKER_TEST: '1' } }) });
}

export function testRule(over: Partial<ImageRule> = {}): ImageRule {
  return {
    id: 'test.main.v1', channel: 'shopify', slot: 'main', width: 400, height: 400, fit: 'contain', format: 'jpeg',
    maxBytes: 5_000_000, minQuality: 50, minSourcePx: 10, requiresWhiteBackground: false,
    source: 'test', confidence: 'verified', effectiveFrom: '2026-01-01', ...over,
  };
}

const RED = { r: 255, g: 0, b: 0 };
const BLUE = { r: 0, g: 0, b: 255 };

/** 400×300 upright picture: red top-left quadrant, blue elsewhere. */
export async function uprightRaw(): Promise<Buffer> {
  const quadrant = await sharp({ create: { width: 200, height: 150, channels: 3, background: RED } }).png().toBuffer();
  return sharp({ create: { width: 400, height: 300, channels: 3, background: BLUE } })
    .composite([{ input: quadrant, left: 0, top: 0 }])
    .removeAlpha()
    .raw()
    .toBuffer();
}

/**
 * Stores the upright picture so that applying EXIF orientation `o` shows it upright again: the
 * stored pixels are the inverse transform of what the viewer applies.
 */
export async function writeOriented(path: string, orientation: number): Promise<void> {
  const raw = await uprightRaw();
  const step = async (input: Buffer, w: number, h: number, op: (s: Sharp) => Sharp) => {
    const { data, info } = await op(sharp(input, { raw: { width: w, height: h, channels: 3 } })).raw().toBuffer({ resolveWithObject: true });
    return { data, w: info.width, h: info.height };
  };
  let img = { data: raw, w: 400, h: 300 };
  const rotate = (deg: number) => (s: Sharp) => s.rotate(deg);
  const flop = (s: Sharp) => s.flop();
  const flip = (s: Sharp) => s.flip();
  const ops: Record<number, ((s: Sharp) => Sharp)[]> = {
    1: [], 2: [flop], 3: [rotate(180)], 4: [flip], 5: [rotate(90), flop], 6: [rotate(270)], 7: [rotate(270), flop], 8: [rotate(90)],
  };
  for (const op of ops[orientation] ?? []) img = await step(img.data, img.w, img.h, op);
  await sharp(img.data, { raw: { width: img.w, height: img.h, channels: 3 } })
    .jpeg({ quality: 95 })
    .withMetadata({ orientation })
    .toFile(path);
}

export async function pixelAt(path: string, x: number, y: number): Promise<{ r: number; g: number; b: number }> {
  const { data, info } = await sharp(path).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return { r: data[i] ?? -1, g: data[i + 1] ?? -1, b: data[i + 2] ?? -1 };
}

export function noisy(width: number, height: number): Sharp {
  return sharp({ create: { width, height, channels: 3, background: 'white', noise: { type: 'gaussian', mean: 128, sigma: 40 } } });
}

/** A product (dark square) of `product` px centred on a `canvas` px background. */
export async function productOn(path: string, canvas: number, product: number, background: string): Promise<void> {
  const square = await sharp({ create: { width: product, height: product, channels: 3, background: '#203040' } }).png().toBuffer();
  const at = Math.round((canvas - product) / 2);
  await sharp({ create: { width: canvas, height: canvas, channels: 3, background } })
    .composite([{ input: square, left: at, top: at }])
    .jpeg({ quality: 92 })
    .toFile(path);
}

/** A valid PNG that claims 20000×20000 (400 MP) in a few dozen bytes: the decompression-bomb header. */
export async function writePngBomb(path: string): Promise<void> {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20000, 0);
  ihdr.writeUInt32BE(20000, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await writeFile(path, Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(60001))), chunk('IEND', Buffer.alloc(0))]));
}

export function heicBytes(): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypheic', 4, 'latin1');
  ftyp.write('mif1heic', 16, 'latin1');
  return Buffer.concat([ftyp, Buffer.alloc(200, 7)]);
}

export const at = (dir: string, name: string): string => join(dir, name);
