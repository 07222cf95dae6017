import type { ChannelId } from '@shared/model/ids';
import type { ListingStatus } from '@shared/model/listing';
import type { ListingSummary } from '../../db/summary';
import type { CatalogSort } from '../../store';

/*
 * The catalog's in-memory view over all summaries. Pure and DOM-free so it is unit tested and timed
 * in Node. Sorting runs only when the data or the sort changes; filtering keeps the sorted order,
 * so each keystroke costs one linear pass.
 */

export type StatusFilter = ListingStatus | 'all' | 'active';

export interface CatalogFilter {
  search: string;
  status: StatusFilter;
  tag: string | null;
  /** Only listings ready for this channel (the summary's stored readyFor); null or left out = any. */
  readyFor?: ChannelId | null;
}

export const DEFAULT_FILTER: CatalogFilter = { search: '', status: 'active', tag: null, readyFor: null };

/** Lower-cased words of the query; every one must occur somewhere in a listing's search text. */
export function searchTerms(search: string): string[] {
  return search.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether the view differs from the default one, i.e. whether "Clear filters" would do anything. */
export function hasCustomFilter(filter: CatalogFilter): boolean {
  return searchTerms(filter.search).length > 0 || filter.status !== DEFAULT_FILTER.status || filter.tag !== null || (filter.readyFor ?? null) !== null;
}

function matchesStatus(status: ListingStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'active') return status !== 'archived';
  return status === filter;
}

/** The summaries that match, in the order given. Returns the input array itself when nothing filters. */
export function filterSummaries(summaries: readonly ListingSummary[], filter: CatalogFilter): readonly ListingSummary[] {
  const terms = searchTerms(filter.search);
  const { status, tag } = filter;
  const readyFor = filter.readyFor ?? null;
  if (terms.length === 0 && status === 'all' && tag === null && readyFor === null) return summaries;
  return summaries.filter(
    (s) =>
      matchesStatus(s.status, status) &&
      (tag === null || s.tags.includes(tag)) &&
      // In memory like the other filters: the catalog already holds every summary, and the list
      // keeps its sort order. summariesRepo.readyFor() is the index query for code without them.
      (readyFor === null || (s.readyFor ?? []).includes(readyFor)) &&
      terms.every((term) => s.searchText.includes(term)),
  );
}

const STATUS_ORDER: Record<ListingStatus, number> = { draft: 0, ready: 1, archived: 2 };

/** Newest first, id as a tie-break so equal times keep a stable order between renders. */
function byUpdated(a: ListingSummary, b: ListingSummary): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Text compare with empty values last (an untitled draft should not head an A→Z list). */
function byText(collator: Intl.Collator, a: string, b: string): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return collator.compare(a, b);
}

/**
 * A sorted copy. `collator` decides text order: a zh-CN collator sorts Chinese titles by pinyin,
 * and `numeric: true` puts SPU-2 before SPU-10.
 */
export function sortSummaries(summaries: readonly ListingSummary[], sort: CatalogSort, collator: Intl.Collator): ListingSummary[] {
  const out = [...summaries];
  switch (sort) {
    case 'updated-desc':
      return out.sort(byUpdated);
    case 'code-asc':
      return out.sort((a, b) => byText(collator, a.spuCode, b.spuCode) || byUpdated(a, b));
    case 'title-asc':
      return out.sort((a, b) => byText(collator, a.titleZh, b.titleZh) || byUpdated(a, b));
    case 'status':
      return out.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byUpdated(a, b));
  }
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Every tag in use with how many listings carry it, most used first, for the tag filter. */
export function countTags(summaries: readonly ListingSummary[], collator: Intl.Collator): TagCount[] {
  const counts = new Map<string, number>();
  for (const s of summaries) for (const tag of s.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
}

/**
 * What "clear filters" goes back to: the default view, or every status when the default would
 * still show nothing (a catalog with only archived listings).
 */
export function clearedFilter(summaries: readonly ListingSummary[]): CatalogFilter {
  const hasActive = summaries.some((s) => s.status !== 'archived');
  return hasActive ? DEFAULT_FILTER : { ...DEFAULT_FILTER, status: 'all' };
}
