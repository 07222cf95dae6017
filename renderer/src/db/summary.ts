import { displayTitle, type Listing, type ListingStatus } from '@shared/model';

/**
 * A small row per listing for the catalog list and search: opening a 10,000-listing catalog reads
 * these, never the full documents. Kept in the same transaction as its listing.
 */
export interface ListingSummary {
  id: string;
  spuCode: string;
  titleZh: string;
  titleEn: string;
  brand: string;
  status: ListingStatus;
  tags: string[];
  skuCount: number;
  /** Lowest typed price as text, for the list column. */
  priceFrom: string;
  updatedAt: number;
  /** Lower-cased code + every title + tags, what search-as-you-type scans. */
  searchText: string;
}

export function toSummary(l: Listing): ListingSummary {
  const titles = Object.values(l.copy).map((c) => c?.title ?? '').filter(Boolean);
  const prices = l.skus.map((s) => Number(s.price)).filter((n) => Number.isFinite(n) && n > 0);
  return {
    id: l.id,
    spuCode: l.spuCode,
    titleZh: displayTitle(l, ['zh-CN']),
    titleEn: displayTitle(l, ['en-US']),
    brand: l.brand,
    status: l.status,
    tags: [...new Set(l.tags)],
    skuCount: l.skus.length,
    priceFrom: prices.length ? String(Math.min(...prices)) : '',
    updatedAt: l.updatedAt,
    searchText: [l.spuCode, ...titles, ...l.tags, l.brand].join('\n').toLowerCase(),
  };
}
