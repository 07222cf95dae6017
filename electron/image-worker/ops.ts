import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import type { OutputInfo, Sharp } from 'sharp';
import { START_QUALITY, checkImage, isPassing } from '../../shared/images/checks';
import type { ImageMeta, ImageRule, RenditionResult } from '../../shared/images/types';
import { LIMIT_INPUT_PIXELS, readOriginal, readOriginalBytes } from './input';
import type { ProbeArgs, RenderArgs, ThumbnailArgs } from './protocol';
import { dHash, measureBorder, measureProductFill } from './stats';

/*
 * The sharp operations. Runs only in a worker process (never Electron main). Every input goes
 * through readOriginal (empty/HEIC/SVG refusals) and is opened with the pixel cap and sharp's
 * default failOn 'warning'. Errors are thrown and classified by the worker entry.
 */

export interface OpContext {
  signal: AbortSignal;
  progress(fraction: number): void;
}

const WHITE = { r: 255, g: 255, b: 255, alpha: 1 };
const STATS_SIZE = 256;
const QUALITY_STEP = 5;

function open(input: Buffer | string): Sharp {
  // SVG: librsvg renders at 72 dpi by default; the pixel cap applies to the rendered size too.
  return sharp(input, { limitInputPixels: LIMIT_INPUT_PIXELS, failOn: 'warning' });
}

export async function probe({ path }: ProbeArgs, ctx: OpContext): Promise<ImageMeta> {
  const bytes = await readOriginalBytes(path);
  ctx.progress(0.2);
  return probeBytes(bytes, ctx);
}

async function probeBytes(bytes: Buffer, ctx: OpContext): Promise<ImageMeta> {
  const info = await open(bytes).metadata();
  ctx.signal.throwIfAborted();
  // The small decode also proves the whole file decodes (a truncated JPEG fails here, not later).
  const small = await open(bytes)
    .autoOrient()
    .resize(STATS_SIZE, STATS_SIZE, { fit: 'inside' })
    .flatten({ background: WHITE })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  ctx.progress(0.7);
  const raw = { data: small.data, width: small.info.width, height: small.info.height, channels: small.info.channels };
  const grey = await sharp(small.data, { raw: { width: raw.width, height: raw.height, channels: 3 } })
    .greyscale()
    .resize(9, 8, { fit: 'fill' })
    .raw()
    .toBuffer();
  const border = measureBorder(raw);
  return {
    hash: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    format: info.format === 'heif' ? 'avif' : (info.format ?? 'unknown'),
    width: info.autoOrient.width,
    height: info.autoOrient.height,
    space: info.space ?? 'srgb',
    bitDepth: info.depth === 'ushort' || info.depth === 'short' ? 16 : 8,
    hasAlpha: info.hasAlpha,
    orientation: info.orientation ?? 1,
    pages: info.pages ?? 1,
    phash: dHash(grey),
    border,
    productFill: measureProductFill(raw, border),
  };
}

export async function thumbnail({ path, outPath, size }: ThumbnailArgs, ctx: OpContext): Promise<{ width: number; height: number }> {
  const bytes = await readOriginal(path);
  ctx.progress(0.2);
  const { data, info } = await open(bytes)
    .autoOrient()
    .resize(size, size, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: WHITE })
    .toColourspace('srgb')
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  ctx.signal.throwIfAborted();
  await writeAtomically(outPath, data);
  return { width: info.width, height: info.height };
}

export type RenderValue = Omit<RenditionResult, 'key' | 'isCached'>;

export async function render({ path, rule, outPath, meta }: RenderArgs, ctx: OpContext): Promise<RenderValue> {
  const input = await readOriginal(path);
  ctx.progress(0.1);
  // The asset store passes the meta it probed at intake; without it we measure here (small decode).
  const measured =
    meta ?? (await probeBytes(typeof input === 'string' ? await readOriginalBytes(path) : input, { ...ctx, progress: (f) => ctx.progress(0.1 + f * 0.2) }));
  ctx.signal.throwIfAborted();
  ctx.progress(0.3);

  const pipeline = resized(open(input).autoOrient(), rule).flatten({ background: WHITE }).toColourspace('srgb');
  let quality = rule.format === 'png' ? 100 : START_QUALITY;
  // Common case: one pass straight to the encoder, exactly what a bare sharp call does.
  let out = await encode(pipeline.clone(), rule, quality);
  ctx.progress(0.8);
  if (out.data.length > rule.maxBytes && rule.format !== 'png' && quality > rule.minQuality) {
    // Too big: decode/resize once to raw, then re-encode at lower qualities from that.
    const raw = await pipeline.clone().raw().toBuffer({ resolveWithObject: true });
    const rawOptions = { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } };
    while (out.data.length > rule.maxBytes && quality > rule.minQuality) {
      ctx.signal.throwIfAborted();
      quality = Math.max(rule.minQuality, quality - QUALITY_STEP);
      out = await encode(sharp(raw.data, rawOptions), rule, quality);
    }
  }
  ctx.signal.throwIfAborted();
  await writeAtomically(outPath, out.data);
  ctx.progress(1);
  const facts = { bytes: out.data.length, quality, fitsByteLimit: out.data.length <= rule.maxBytes };
  const checks = checkImage(measured, rule, facts);
  return {
    assetHash: measured.hash,
    ruleId: rule.id,
    width: out.info.width,
    height: out.info.height,
    bytes: out.data.length,
    format: rule.format,
    quality,
    checks,
    isPassing: isPassing(checks),
  };
}

function resized(image: Sharp, rule: ImageRule): Sharp {
  switch (rule.fit) {
    case 'pad':
      return image.resize(rule.width, rule.height, { fit: 'contain', background: WHITE });
    case 'crop':
      return image.resize(rule.width, rule.height, { fit: 'cover', position: sharp.strategy.attention });
    case 'contain':
      return image.resize(rule.width, rule.height, { fit: 'inside', withoutEnlargement: true });
    default:
      return assertNever(rule.fit);
  }
}

function encode(image: Sharp, rule: ImageRule, quality: number): Promise<{ data: Buffer; info: OutputInfo }> {
  // No keepMetadata/withMetadata anywhere: sharp strips EXIF (GPS), XMP, IPTC and ICC by default.
  switch (rule.format) {
    case 'jpeg':
      return image.jpeg({ quality, mozjpeg: false, progressive: true }).toBuffer({ resolveWithObject: true });
    case 'webp':
      return image.webp({ quality }).toBuffer({ resolveWithObject: true });
    case 'png':
      return image.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true });
    default:
      return assertNever(rule.format);
  }
}

/** Temp file in the same folder, then rename: readers never see half a rendition. */
async function writeAtomically(outPath: string, data: Buffer): Promise<void> {
  const dir = dirname(outPath);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(outPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, outPath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}


function assertNever(value: never): never {
  throw new Error(`unexpected ${String(value)}`);
}
