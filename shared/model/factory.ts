import type { Copy, Listing, OptionAxis, Sku } from './listing';
import { newId, type CopyLocale } from './ids';

export function createEmptyCopy(): Copy {
  return { title: '', subtitle: '', bullets: [], description: '', keywords: [], primaryKeywords: [], titleOverrides: {} };
}

export function createListing(now: number, partial: Partial<Listing> = {}): Listing {
  return {
    id: newId(),
    spuCode: '',
    categoryPath: [],
    brand: '',
    status: 'draft',
    currency: 'CNY',
    options: [],
    skus: [],
    specs: [],
    tags: [],
    sizeChart: null,
    copy: { 'zh-CN': createEmptyCopy(), 'en-US': createEmptyCopy() },
    images: [],
    overrides: [],
    createdAt: now,
    updatedAt: now,
    revision: 0,
    ...partial,
  };
}

/** A copy of a listing with fresh ids, a suffixed code and draft status. */
export function duplicateListing(source: Listing, now: number, codeSuffix = '-COPY'): Listing {
  return {
    ...(JSON.parse(JSON.stringify(source)) as Listing),
    id: newId(),
    spuCode: source.spuCode + codeSuffix,
    status: 'draft',
    skus: source.skus.map((s) => ({ ...s, id: newId(), code: s.code ? s.code + codeSuffix : '', barcode: '' })),
    specs: source.specs.map((s) => ({ ...s, id: newId() })),
    createdAt: now,
    updatedAt: now,
    revision: 0,
  };
}

export function copyLocales(listing: Listing): CopyLocale[] {
  return Object.keys(listing.copy) as CopyLocale[];
}

/** The title shown for a listing in lists: the UI language's copy first, then any non-empty one. */
export function displayTitle(listing: Pick<Listing, 'copy'>, prefer: readonly CopyLocale[]): string {
  for (const loc of prefer) {
    const t = listing.copy[loc]?.title;
    if (t) return t;
  }
  for (const c of Object.values(listing.copy)) if (c?.title) return c.title;
  return '';
}

export type { OptionAxis, Sku };
