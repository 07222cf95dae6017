import { open as openFile, readFile } from 'node:fs/promises';
import type { ImageErrorCode } from '../../shared/images/types';

/*
 * Reading an untrusted original and refusing what sharp should never see: empty files, HEIC (the
 * bundled libvips has no HEVC decoder), SVG with external references. Plus the mapping of sharp /
 * fs errors to ImageErrorCode.
 */

export class ImageInputError extends Error {
  constructor(readonly code: ImageErrorCode, detail: string) {
    super(detail);
  }
}

/** Product cap (reliability-notes §2.2): ~100 MP, well under sharp's 268 MP default. */
export const LIMIT_INPUT_PIXELS = 100_000_000;

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** How much of a file is read to recognise HEIC and SVG before sharp sees it. */
const HEAD_BYTES = 4096;

/**
 * Checks an original and returns what sharp should open: the path itself for ordinary photos (so
 * libvips streams from the file, as a bare sharp call would, instead of a 10–30 MB copy in memory),
 * or the bytes for SVG, whose whole text is checked for external references first.
 */
export async function readOriginal(path: string): Promise<Buffer | string> {
  let head: Buffer;
  let size: number;
  try {
    const file = await openFile(path, 'r');
    try {
      size = (await file.stat()).size;
      const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch (error) {
    throw new ImageInputError(classifyError(error), errorMessage(error));
  }
  if (size === 0) throw new ImageInputError('empty-file', 'zero bytes');
  if (isHeif(head)) throw new ImageInputError('unsupported-format', 'HEIC/HEIF');
  if (!looksLikeSvg(head)) return path;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ImageInputError(classifyError(error), errorMessage(error));
  }
  const reason = findSvgExternalReference(bytes.toString('utf8'));
  if (reason) throw new ImageInputError('svg-refused', reason);
  return bytes;
}

/** The whole original in memory, checked as readOriginal does: probing hashes every byte anyway. */
export async function readOriginalBytes(path: string): Promise<Buffer> {
  const input = await readOriginal(path);
  if (typeof input !== 'string') return input;
  try {
    return await readFile(input);
  } catch (error) {
    throw new ImageInputError(classifyError(error), errorMessage(error));
  }
}

/** ISO-BMFF `ftyp` box with a HEIF brand; AVIF (same container, AV1) is supported and let through. */
export function isHeif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const boxSize = Math.min(bytes.length, (bytes[0] ?? 0) * 2 ** 24 + ((bytes[1] ?? 0) << 16) + ((bytes[2] ?? 0) << 8) + (bytes[3] ?? 0));
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, at + 4));
  if (brands.some((b) => AVIF_BRANDS.has(b))) return false;
  return brands.some((b) => HEIF_BRANDS.has(b));
}

export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return (head.startsWith('<') && /<svg[\s>]/i.test(head)) || /^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<!DOCTYPE\s+svg/i.test(head);
}

/**
 * Why an SVG is refused, or undefined when it only references itself. librsvg in sharp does not
 * fetch from the network, but it can read local files (xlink:href="file:…", <image href="/etc/…">),
 * and entities can expand without bound, so anything that points outside the document is refused.
 */
export function findSvgExternalReference(svg: string): string | undefined {
  if (/<!ENTITY/i.test(svg)) return 'entity declaration';
  if (/<!DOCTYPE[^>]*\[/i.test(svg)) return 'internal DTD subset';
  if (/<xi:include|xmlns:xi=/i.test(svg)) return 'XInclude';
  if (/@import/i.test(svg)) return 'CSS @import';
  for (const match of svg.matchAll(/(?:^|[\s"'])(?:xlink:)?(?:href|src)\s*=\s*(["'])([\s\S]*?)\1/gi)) {
    const target = (match[2] ?? '').trim();
    if (!isInternalReference(target)) return `external reference ${target.slice(0, 80)}`;
  }
  for (const match of svg.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)) {
    const target = (match[2] ?? '').trim();
    if (!isInternalReference(target)) return `external url() ${target.slice(0, 80)}`;
  }
  return undefined;
}

function isInternalReference(target: string): boolean {
  return target.startsWith('#') || /^data:image\/(png|jpeg|gif|webp);/i.test(target);
}

export function classifyError(error: unknown): ImageErrorCode {
  if (error instanceof ImageInputError) return error.code;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'EBUSY'].includes(code)) return 'file-gone';
  const message = errorMessage(error);
  // sharp opened by path: the file vanished between our check and libvips opening it.
  if (/input file is missing|no such file|unable to open/i.test(message)) return 'file-gone';
  if (/pixel limit/i.test(message)) return 'too-many-pixels';
  if (/premature end|truncated|unexpected end|not enough data|end of (file|stream)|read error|incomplete|image data/i.test(message)) return 'truncated';
  if (/unsupported image format|contains unsupported|is not a known file format|bad seek/i.test(message)) return 'not-an-image';
  if (/heif|heic/i.test(message)) return 'unsupported-format';
  if (/svg|rsvg/i.test(message)) return 'not-an-image';
  return 'internal';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.subarray(from, to)).toString('latin1');
}
