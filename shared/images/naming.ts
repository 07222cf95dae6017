import type { ImageSlot } from './types';

/*
 * The designer file-name convention: which listing (SPU code) and which role an image file is for.
 * Pure; the renderer matches `code` against the catalog (case-insensitively) and `colour` against
 * the listing's colour option values, and lists every file that matches nothing (null here, or a
 * code no listing has) instead of dropping it.
 *
 *   <code>_<n>              main (n = 1) or gallery image n (n ≥ 2)      WM26F-00164_1.jpg, WM26F-00164_02.png
 *   <code>_<colour>_<n>     variant image n for that colour (raw token)   WM26F-00164_燕麦色_1.jpg, ABC_Navy_2.webp
 *   <code>_detail_<n>       detail image n                                WM26F-00164_detail_3.jpg
 *   <code>_white            white-background image (…_white_<n> too)      WM26F-00164_white.png
 *   <code>_34_<n>           3:4 portrait image n (also _3x4_ / _3×4_)     WM26F-00164_3x4_1.jpg
 *
 * - SPU codes themselves contain '-' (WM26F-00164), so the name is split on '_' first: the code is
 *   everything before the first '_'. Keywords (detail, white, 34, 3x4) are case-insensitive.
 * - `-` works as the separator only when the name has no '_' and the tail is unambiguous:
 *   <code>-<n> with n of one or two digits, <code>-detail-<n>, <code>-white, <code>-3x4-<n>
 *   (not -34-, which could end a code), and <code>-<colour>-<n> only when the colour has non-ASCII letters (燕麦色);
 *   `ABC-red-1` could be code "ABC-red", so it is not guessed. `WM26F-00164.jpg` alone is no match.
 * - Full-width characters (ＷＭ２６Ｆ＿１．ＪＰＧ, full-width ＿ and －) are folded with NFKC first,
 *   so the returned code and colour are the folded text.
 * - Extensions, any case: .jpg .jpeg .png .webp .gif .tif .tiff .avif .heic .svg (HEIC and SVG
 *   match here; whether they can be decoded is the asset store's per-file answer).
 * - n is a positive integer (leading zeros allowed, at most 3 digits); an all-digit colour is not a
 *   colour (IMG_20240101_1 is no match). Anything else is null.
 */

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'tif', 'tiff', 'avif', 'heic', 'svg'] as const;

export interface ImageNameMatch {
  /** SPU code as written in the name (after full-width folding). */
  code: string;
  role: ImageSlot;
  /** 1-based position within the role: main is 1, gallery starts at 2, white is 1 unless numbered. */
  order: number;
  /** Variant images only: the raw colour token, matched case-insensitively by the renderer. */
  colour?: string;
}

const ORDER = /^\d{1,3}$/;
const SHORT_ORDER = /^\d{1,2}$/;
const PORTRAIT = /^(34|3[x×]4)$/i;
const CODE = /^[\p{L}\p{N}][\p{L}\p{N}.-]*$/u;
const HAS_NON_ASCII_LETTER = /[^\p{ASCII}]/u;

/** True when `name` ends in one of the image extensions we accept (any case, full-width folded). */
export function hasImageExtension(name: string): boolean {
  return splitExtension(name.normalize('NFKC')) !== null;
}

function splitExtension(name: string): string | null {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  const ext = name.slice(dot + 1).toLowerCase();
  return (IMAGE_EXTENSIONS as readonly string[]).includes(ext) ? name.slice(0, dot) : null;
}

function parseOrder(token: string, pattern: RegExp = ORDER): number | null {
  if (!pattern.test(token)) return null;
  const n = Number.parseInt(token, 10);
  return n >= 1 ? n : null;
}

function isColourToken(token: string): boolean {
  return token.trim() !== '' && !/^\d+$/.test(token);
}

/** The role part after the code, split into tokens; `isDashMode` is the stricter '-' reading. */
function matchTail(code: string, tail: string[], isDashMode: boolean): ImageNameMatch | null {
  const orderPattern = isDashMode ? SHORT_ORDER : ORDER;
  const [first, second] = tail;
  if (first === undefined) return null;
  const keyword = first.toLowerCase();
  if (tail.length === 1) {
    if (keyword === 'white') return { code, role: 'white', order: 1 };
    if (keyword === 'detail') return { code, role: 'detail', order: 1 };
    if (/^3[x×]4$/i.test(first)) return { code, role: 'portrait', order: 1 };
    const n = parseOrder(first, orderPattern);
    if (n === null) return null;
    return { code, role: n === 1 ? 'main' : 'gallery', order: n };
  }
  const last = tail[tail.length - 1];
  const n = last === undefined ? null : parseOrder(last, orderPattern);
  if (n === null) return null;
  if (tail.length === 2 && second !== undefined) {
    if (keyword === 'white') return { code, role: 'white', order: n };
    if (keyword === 'detail') return { code, role: 'detail', order: n };
    if (PORTRAIT.test(first) && !(isDashMode && first === '34')) return { code, role: 'portrait', order: n };
  }
  const colour = tail.slice(0, -1).join(isDashMode ? '-' : '_');
  if (!isColourToken(colour)) return null;
  if (isDashMode && !HAS_NON_ASCII_LETTER.test(colour)) return null;
  return { code, role: 'variant', order: n, colour };
}

/** A '-'-only name: the code is everything before a tail of one of the unambiguous shapes. */
function matchDashed(stem: string): ImageNameMatch | null {
  const tokens = stem.split('-');
  if (tokens.length < 2) return null;
  const beforeLast = tokens[tokens.length - 2] ?? '';
  // `34` is left out here: WM26F-34-1 is as likely a code ending in 34 as a portrait image.
  const isTwoTokenTail =
    tokens.length >= 3 && (/^(detail|white|3[x×]4)$/i.test(beforeLast) || (HAS_NON_ASCII_LETTER.test(beforeLast) && isColourToken(beforeLast)));
  const tailLength = isTwoTokenTail ? 2 : 1;
  const code = tokens.slice(0, tokens.length - tailLength).join('-');
  if (!CODE.test(code)) return null;
  return matchTail(code, tokens.slice(tokens.length - tailLength), true);
}

/** Reads a file name (or a path: only the last segment counts) by the convention above; null = unmatched. */
export function matchImageName(fileName: string): ImageNameMatch | null {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = splitExtension(base.normalize('NFKC').trim());
  if (stem === null) return null;
  const trimmed = stem.trim();
  if (!trimmed.includes('_')) return matchDashed(trimmed);
  const [code = '', ...tail] = trimmed.split('_');
  if (!CODE.test(code) || tail.some((token) => token === '')) return null;
  return matchTail(code, tail, false);
}
