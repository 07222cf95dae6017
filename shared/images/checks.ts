import type { ImageCheck, ImageCheckCode, ImageMeta, ImageRule } from './types';

/*
 * Pure image checks: what the worker measured (ImageMeta) and did (RenderFacts) against one rule.
 * Levels: fail = the slot does not count, warn = shown, note = what we changed. Rules with
 * confidence "unverified" never fail (channel-rules.md legend: "do not hard-block on it").
 */

export interface RenderFacts {
  /** Bytes of the written rendition. */
  bytes: number;
  /** Quality used after stepping down. */
  quality: number;
  /** False when even minQuality did not get under maxBytes. */
  fitsByteLimit: boolean;
}

/** Border average below this (any channel) is not "white"; Amazon asks RGB 255, JPEG noise allows a little. */
export const WHITE_MIN_CHANNEL = 245;
/** A white border must also be flat: shadows, gradients and props lower uniformity. */
export const WHITE_MIN_UNIFORMITY = 0.9;
/** Quality the worker starts from; a lower one gets a quality-lowered note. */
export const START_QUALITY = 90;

function push(checks: ImageCheck[], rule: ImageRule, code: ImageCheckCode, level: ImageCheck['level'], params: ImageCheck['params'] = {}): void {
  const downgraded = level === 'fail' && rule.confidence === 'unverified' ? 'warn' : level;
  checks.push({ code, level: downgraded, ruleId: rule.id, source: rule.source, confidence: rule.confidence, params });
}

export function checkImage(meta: ImageMeta, rule: ImageRule, render?: RenderFacts): ImageCheck[] {
  const checks: ImageCheck[] = [];
  const shorter = Math.min(meta.width, meta.height);
  const longest = Math.max(meta.width, meta.height);

  if (shorter < rule.minSourcePx) {
    push(checks, rule, 'too-small', 'fail', { width: meta.width, height: meta.height, min: rule.minSourcePx });
  } else if (rule.zoom) {
    const side = rule.zoom.side === 'longest' ? longest : shorter;
    if (side < rule.zoom.px) push(checks, rule, 'too-small-for-zoom', 'warn', { width: meta.width, height: meta.height, min: rule.zoom.px, side: rule.zoom.side });
  }

  if (rule.aspect && rule.fit === 'contain') {
    const ratio = meta.width / meta.height;
    if (Math.abs(ratio - rule.aspect.ratio) > rule.aspect.tolerance * rule.aspect.ratio) {
      push(checks, rule, 'wrong-aspect', 'fail', { ratio: round(ratio, 3), expected: round(rule.aspect.ratio, 3) });
    }
  }

  if (rule.requiresWhiteBackground && !isWhiteBorder(meta.border)) {
    const { r, g, b, uniformity } = meta.border;
    push(checks, rule, 'background-not-white', 'fail', { r: Math.round(r), g: Math.round(g), b: Math.round(b), uniformity: round(uniformity, 2) });
  }

  if (rule.minProductFill !== undefined && meta.productFill < rule.minProductFill) {
    push(checks, rule, 'product-fill-low', 'fail', { fill: Math.round(meta.productFill * 100), min: Math.round(rule.minProductFill * 100) });
  }

  if (render && !render.fitsByteLimit) {
    push(checks, rule, 'over-byte-limit', 'fail', { bytes: render.bytes, max: rule.maxBytes, quality: render.quality });
  }

  if (meta.pages > 1) push(checks, rule, 'animated-first-frame', 'note', { pages: meta.pages });
  if (meta.space === 'cmyk') push(checks, rule, 'converted-cmyk', 'note', { space: meta.space });
  if (meta.bitDepth > 8) push(checks, rule, 'converted-16bit', 'note', { bitDepth: meta.bitDepth });
  // Renditions are always flattened on white (a transparent PNG/WebP would show the channel's own background).
  if (meta.hasAlpha) push(checks, rule, 'flattened-alpha', 'note');
  if (render && render.fitsByteLimit && rule.format !== 'png' && render.quality < START_QUALITY) {
    push(checks, rule, 'quality-lowered', 'note', { quality: render.quality });
  }
  return checks;
}

/**
 * Whether an original passes `rule` (no check at level fail), without building the checks: the
 * readiness engine asks this for every image × channel of a catalog. Must agree with
 * isPassing(checkImage(meta, rule)) for originals (no render facts); a test holds them together.
 */
export function passesImageRule(meta: ImageMeta, rule: ImageRule): boolean {
  // Unverified rules only ever warn.
  if (rule.confidence === 'unverified') return true;
  if (Math.min(meta.width, meta.height) < rule.minSourcePx) return false;
  if (rule.aspect && rule.fit === 'contain' && Math.abs(meta.width / meta.height - rule.aspect.ratio) > rule.aspect.tolerance * rule.aspect.ratio) return false;
  if (rule.requiresWhiteBackground && !isWhiteBorder(meta.border)) return false;
  return rule.minProductFill === undefined || meta.productFill >= rule.minProductFill;
}

export function isWhiteBorder(border: ImageMeta['border']): boolean {
  return Math.min(border.r, border.g, border.b) >= WHITE_MIN_CHANNEL && border.uniformity >= WHITE_MIN_UNIFORMITY;
}

export function isPassing(checks: readonly ImageCheck[]): boolean {
  return !checks.some((c) => c.level === 'fail');
}

export interface PhotoHashItem {
  key: string;
  variantValue: string;
  /** 16 hex chars (64-bit dHash). */
  phash: string;
}

export interface DuplicatePair {
  a: string;
  b: string;
  distance: number;
}

/** Pairs of photos on different variants (e.g. red and blue) whose hashes are within maxDistance bits. */
export function findDuplicatePhotos(items: readonly PhotoHashItem[], maxDistance = 6): DuplicatePair[] {
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const a = items[i];
      const b = items[j];
      if (!a || !b || a.variantValue === b.variantValue) continue;
      const distance = hammingDistance(a.phash, b.phash);
      if (distance <= maxDistance) pairs.push({ a: a.key, b: b.key, distance });
    }
  }
  return pairs;
}

/** Bits that differ between two equal-length hex strings; different lengths count as all-different. */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== b.length) return Math.max(a.length, b.length) * 4;
  let distance = 0;
  for (let i = 0; i < a.length; i += 1) {
    let x = parseInt(a.charAt(i), 16) ^ parseInt(b.charAt(i), 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
