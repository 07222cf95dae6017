import { IMAGE_ROLES, type ImageRef, type Listing } from '../model/listing';

/*
 * Images that come with a spreadsheet, matched to the imported listings by file name. Unlike the
 * drop-anywhere convention (shared/images/naming.ts), the SPU codes are known here, so a name is
 * read by finding the longest listing code it starts with; codes may then contain '_' or '-'.
 *
 *   <spu>.jpg, <spu>_main.jpg     main
 *   <spu>_1.jpg, <spu>_2.png …    gallery in number order; when the listing has no explicit main,
 *                                 <spu>_1 is the main image (the designer convention of naming.ts)
 *   <spu>_white[_n]               white-background image
 *   <spu>_detail[_n]              detail images in number order
 *   <spu>_3x4[_n] / _34[_n]       3:4 portrait images
 *   <spu>_<value>[_n]             variant image for an option value (e.g. the colour 红色)
 *
 * '-' works wherever '_' does. Names, codes and values compare case-insensitively after NFKC
 * folding. Extensions: jpg, jpeg, png, webp. Everything else is returned as unmatched, with why.
 */

export const SHEET_IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp'] as const;

export interface MatchedImage {
  /** The file name as passed in. */
  file: string;
  role: ImageRef['role'];
  /** 0-based, dense within the role (and, for variants, within the value). */
  order: number;
  variantValue?: string;
}

export type UnmatchedImageReason = 'extension' | 'unknown-code' | 'unknown-role' | 'duplicate';

export interface ImageMatches {
  listings: Array<{ listingId: string; spuCode: string; images: MatchedImage[] }>;
  unmatched: Array<{ file: string; reason: UnmatchedImageReason }>;
}

type ListingKeys = Pick<Listing, 'id' | 'spuCode' | 'options'>;

interface Candidate {
  file: string;
  role: ImageRef['role'];
  /** Number from the name; 0 when it has none (sorts first). */
  n: number;
  variantValue?: string;
  /** `<spu>_<n>`: main or gallery depending on whether the listing names a main. */
  isNumbered?: boolean;
}

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();
const NUMBER = /^\d{1,3}$/;

function stemOf(file: string): string | null {
  const base = fold(file.split(/[\\/]/).pop() ?? '');
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  return (SHEET_IMAGE_EXTENSIONS as readonly string[]).includes(base.slice(dot + 1)) ? base.slice(0, dot) : null;
}

/** "white", "white_2", "red", "navy blue-3" → keyword/value and number. */
function readTail(tail: string, listing: ListingKeys, file: string): Candidate | null {
  // `<spu>_main` sorts before `<spu>.jpg`, so it wins when both are there.
  if (tail === 'main') return { file, role: 'main', n: -1 };
  if (tail === '') return { file, role: 'main', n: 0 };
  if (NUMBER.test(tail)) return { file, role: 'gallery', n: Number(tail), isNumbered: true };
  const numbered = /^(.+?)[_-](\d{1,3})$/.exec(tail);
  const [word, n] = numbered ? [numbered[1] ?? '', Number(numbered[2])] : [tail, 0];
  if (word === 'white') return { file, role: 'white', n };
  if (word === 'detail') return { file, role: 'detail', n };
  if (/^(34|3[x×]4)$/.test(word)) return { file, role: 'portrait', n };
  const values = listing.options.flatMap((o) => o.values);
  // A value can itself end in a number ("No-2"): the whole tail is tried before the split one.
  const whole = values.find((v) => fold(v) === tail);
  if (whole !== undefined) return { file, role: 'variant', n: 0, variantValue: whole };
  const value = values.find((v) => fold(v) === word);
  return value === undefined ? null : { file, role: 'variant', n, variantValue: value };
}

/** `stem` is the code itself or the code, a separator and something. */
function isNameOf(stem: string, code: string): boolean {
  return stem === code || (stem.startsWith(code) && /^[_-]./.test(stem.slice(code.length)));
}

export function matchImages(fileNames: readonly string[], listings: readonly ListingKeys[]): ImageMatches {
  // Longest code first, so "ABC-1_2.jpg" goes to ABC-1, not to ABC with tail "1_2".
  const byCode = [...listings].filter((l) => l.spuCode.trim() !== '').sort((a, b) => fold(b.spuCode).length - fold(a.spuCode).length);
  const result: ImageMatches = { listings: [], unmatched: [] };
  const candidates = new Map<ListingKeys, Candidate[]>();
  for (const file of fileNames) {
    const stem = stemOf(file);
    if (stem === null) {
      result.unmatched.push({ file, reason: 'extension' });
      continue;
    }
    const listing = byCode.find((l) => isNameOf(stem, fold(l.spuCode)));
    if (!listing) {
      result.unmatched.push({ file, reason: 'unknown-code' });
      continue;
    }
    const candidate = readTail(stem.slice(fold(listing.spuCode).length + 1).trim(), listing, file);
    if (!candidate) result.unmatched.push({ file, reason: 'unknown-role' });
    else candidates.set(listing, [...(candidates.get(listing) ?? []), candidate]);
  }
  for (const listing of listings) {
    const found = candidates.get(listing);
    if (found) result.listings.push({ listingId: listing.id, spuCode: listing.spuCode, images: place(found, listing.options.flatMap((o) => o.values), result.unmatched) });
  }
  return result;
}

function rankOf(group: readonly Candidate[], rank: (c: Candidate) => number): number {
  const first = group[0];
  return first ? rank(first) : 0;
}

/** Resolves main vs numbered files, drops second claims on one slot, and numbers each group 0…n-1. */
function place(candidates: readonly Candidate[], valueOrder: readonly string[], unmatched: ImageMatches['unmatched']): MatchedImage[] {
  // Without `<spu>.jpg` or `<spu>_main`, `<spu>_1` is the main image.
  const sorted = [...candidates].sort((a, b) => a.n - b.n || a.file.localeCompare(b.file));
  const hasMain = sorted.some((c) => c.role === 'main');
  const groups = new Map<string, Candidate[]>();
  const taken = new Set<string>();
  for (const c of sorted) {
    const role = c.isNumbered && !hasMain && c.n === 1 ? 'main' : c.role;
    const group = `${role}:${c.variantValue ?? ''}`;
    const slot = role === 'main' ? group : `${group}:${c.n}`;
    if (taken.has(slot)) {
      unmatched.push({ file: c.file, reason: 'duplicate' });
      continue;
    }
    taken.add(slot);
    groups.set(group, [...(groups.get(group) ?? []), { ...c, role }]);
  }
  // Output in the editor's order: roles as IMAGE_ROLES lists them, variants by option value order.
  const rank = (c: Candidate) => IMAGE_ROLES.indexOf(c.role) * 1000 + (c.variantValue === undefined ? 0 : valueOrder.indexOf(c.variantValue));
  const ordered = [...groups.values()].filter((g) => g.length > 0).sort((a, b) => rankOf(a, rank) - rankOf(b, rank));
  return ordered.flatMap((group) =>
    group.map((c, order) => ({ file: c.file, role: c.role, order, ...(c.variantValue === undefined ? {} : { variantValue: c.variantValue }) })),
  );
}
