import type { ChannelId } from '../model/ids';

/*
 * Types shared by the image worker (sharp, in its own process), the asset store service, the IPC
 * contract and the renderer. Pure data: no sharp, no Node, no DOM.
 */

/** Failure codes for one image; each maps to the i18n key `images:errors.<code>`. */
export const IMAGE_ERROR_CODES = [
  'empty-file', // zero bytes
  'truncated', // JPEG/PNG cut short
  'not-an-image', // e.g. a text file named .jpg
  'too-many-pixels', // decompression bomb / over the input pixel limit
  'unsupported-format', // e.g. HEIC with the bundled decoder
  'svg-refused', // SVG with external references, or SVG at all if refused
  'file-gone', // removed or unreadable while being read
  'worker-crashed', // the worker process died on this job
  'cancelled',
  'internal',
] as const;
export type ImageErrorCode = (typeof IMAGE_ERROR_CODES)[number];

/** Colour-space facts as sharp reports them, normalised. */
export interface ImageMeta {
  /** SHA-256 of the original bytes, hex: also the asset id. */
  hash: string;
  bytes: number;
  format: string; // jpeg | png | webp | gif | tiff | avif | svg
  /** Size after EXIF orientation is applied (what the user sees). */
  width: number;
  height: number;
  space: string; // srgb | cmyk | b-w | rgb16 | …
  bitDepth: number; // 8 or 16
  hasAlpha: boolean;
  /** EXIF orientation 1–8, 1 when absent. */
  orientation: number;
  /** Frames (animated GIF/WebP); renditions use the first. */
  pages: number;
  /** 64-bit perceptual hash (dHash) as 16 hex chars, for duplicate-photo detection. */
  phash: string;
  /** Average colour of the outer border band and how uniform it is (0..1, 1 = flat colour). */
  border: { r: number; g: number; b: number; uniformity: number };
  /**
   * How much of the frame the product spans (0..1): the larger of the width and height fractions of
   * the bounding box of pixels that differ from the border colour (Amazon's 85 % is about extent).
   */
  productFill: number;
}

export const IMAGE_SLOTS = ['main', 'gallery', 'portrait', 'white', 'detail', 'variant'] as const;
export type ImageSlot = (typeof IMAGE_SLOTS)[number];

export type Confidence = 'verified' | 'third-party' | 'unverified';

/** One channel's rule for one image slot (from shared/rules/image-rules.ts). */
export interface ImageRule {
  id: string; // e.g. "taobao.main.v1"
  channel: ChannelId;
  slot: ImageSlot;
  /** Output size in px; for `contain`, the longest side limit. */
  width: number;
  height: number;
  fit: 'pad' | 'crop' | 'contain';
  format: 'jpeg' | 'png' | 'webp';
  /** Byte limit of the output; quality is lowered step by step to fit. */
  maxBytes: number;
  /** Lowest JPEG/WebP quality we accept before saying the image cannot fit. */
  minQuality: number;
  /** The source must be at least this many px on its shorter side (zoom needs more). */
  minSourcePx: number;
  /** Required aspect ratio of the source (w/h), with tolerance; undefined = any (we pad/crop). */
  aspect?: { ratio: number; tolerance: number };
  requiresWhiteBackground: boolean;
  /** Amazon main image: product must fill at least this fraction. */
  minProductFill?: number;
  /** Zoom needs at least `px` on the given side (Taobao: 700 on both sides; Amazon: 1000 longest). */
  zoom?: { px: number; side: 'shorter' | 'longest' };
  source: string; // channel-rules.md section + upstream source
  confidence: Confidence;
  effectiveFrom: string; // ISO date
}

export const IMAGE_CHECK_CODES = [
  'too-small',
  'too-small-for-zoom',
  'wrong-aspect',
  'over-byte-limit',
  'background-not-white',
  'product-fill-low',
  'duplicate-across-variants',
  'animated-first-frame',
  'converted-cmyk',
  'converted-16bit',
  'flattened-alpha',
  'quality-lowered',
] as const;
export type ImageCheckCode = (typeof IMAGE_CHECK_CODES)[number];

export interface ImageCheck {
  code: ImageCheckCode;
  /** fail = the slot does not count; warn = shown, not blocking; note = what we did to the image. */
  level: 'fail' | 'warn' | 'note';
  ruleId: string;
  source: string;
  confidence: Confidence;
  params: Record<string, string | number>;
}

export interface RenditionResult {
  /** Cache key: sha256(original) + rule id + rule version, so unchanged images are never decoded again. */
  key: string;
  assetHash: string;
  ruleId: string;
  width: number;
  height: number;
  bytes: number;
  format: ImageRule['format'];
  /** Quality used (after stepping down to fit maxBytes). */
  quality: number;
  checks: ImageCheck[];
  /** True when any check has level "fail". */
  isPassing: boolean;
  /** Served from the rendition cache without decoding. */
  isCached: boolean;
}
