import type { ChecklistContext } from '@shared/checklist/types';
import { displayTitle, parseAmount, type Currency, type Listing, type ListingStatus } from '@shared/model';
import type { ChannelId } from '@shared/model/ids';
import { computeReadiness } from './readiness-summary';
import { normalizeTags } from './tags';

/**
 * A small row per listing for the catalog list and search: opening a 10,000-listing catalog reads
 * these, never the full documents. Kept in the same transaction as its listing, and rebuilt by any
 * schema version that changes its shape (see migrations/).
 */
export interface ListingSummary {
  id: string;
  spuCode: string;
  /** The Chinese title, or any other locale's when there is none yet. */
  titleZh: string;
  /** The en-US title; '' when there is none. */
  titleEn: string;
  brand: string;
  status: ListingStatus;
  tags: string[];
  skuCount: number;
  /** Lowest valid SKU price as a plain decimal ("89.9"), '' when no SKU has one yet. */
  priceFrom: string;
  /** Since schema v2: the currency priceFrom is in. */
  currency: Currency;
  updatedAt: number;
  /** Lower-cased code + every title + tags + brand, what search-as-you-type scans. */
  searchText: string;
  /** Since schema v4: channels the listing is ready for (multi-entry index `*readyFor`). */
  readyFor: ChannelId[];
  /** Since schema v4: each channel's checklist score, 0–100. */
  scores: Partial<Record<ChannelId, number>>;
}

/** The fields every schema version since v2 has had, without readiness. */
export type BaseSummary = Omit<ListingSummary, 'readyFor' | 'scores'>;

function lowestPrice(l: Listing): string {
  let lowest = Infinity;
  for (const sku of l.skus) {
    // Parsed the way validation reads it, so "1,299" and "¥99" count and "abc" does not.
    const parsed = parseAmount(sku.price);
    if (parsed.kind === 'ok' && parsed.value >= 0 && parsed.value < lowest) lowest = parsed.value;
  }
  return Number.isFinite(lowest) ? String(lowest) : '';
}

/**
 * The summary without readiness: reads only fields stored since v1, which is what lets the v2
 * migration use it on v1 rows (readiness needs v4's fields; v4 rebuilds every summary anyway).
 */
export function toBaseSummary(l: Listing): BaseSummary {
  const titles = Object.values(l.copy).map((c) => c?.title ?? '').filter(Boolean);
  const tags = normalizeTags(l.tags);
  return {
    id: l.id,
    spuCode: l.spuCode,
    titleZh: displayTitle(l, ['zh-CN']),
    // Only the English title: the list shows it as a second line, and a fallback would repeat line one.
    titleEn: l.copy['en-US']?.title ?? '',
    brand: l.brand,
    status: l.status,
    tags,
    skuCount: l.skus.length,
    priceFrom: lowestPrice(l),
    currency: l.currency,
    updatedAt: l.updatedAt,
    searchText: [l.spuCode, ...titles, ...tags, l.brand].join('\n').toLowerCase(),
  };
}

/**
 * The full summary. `ctx` carries the checklist settings, the date and the metas of the listing's
 * images (see loadReadinessContext), read in the same transaction that writes the summary.
 */
export function toSummary(l: Listing, ctx: ChecklistContext): ListingSummary {
  return { ...toBaseSummary(l), ...computeReadiness(l, ctx) };
}
