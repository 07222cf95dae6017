import type { Launch, LaunchItem } from '@shared/launch/launch';

/*
 * The launch table's rows: one per listing, in launch order, filtered and cut to a page. A season
 * can hold thousands of listings × channels; what a launch lead looks for are the items that need
 * them (not ready, failed), and a table of every finished one would only bury those.
 */

export type LaunchRowFilter = 'all' | 'attention';
export const LAUNCH_ROWS_PAGE = 200;

export interface LaunchRow {
  listingId: string;
  items: LaunchItem[];
}

const needsAttention = (row: LaunchRow) => row.items.some((i) => i.state === 'blocked' || i.state === 'failed');

export function launchRows(launch: Pick<Launch, 'items'>): LaunchRow[] {
  const byListing = new Map<string, LaunchItem[]>();
  for (const item of launch.items) {
    const items = byListing.get(item.listingId);
    if (items) items.push(item);
    else byListing.set(item.listingId, [item]);
  }
  return [...byListing].map(([listingId, items]) => ({ listingId, items }));
}

/** The rows the filter keeps, the first `limit` of them, and how many each filter holds. */
export function visibleRows(rows: readonly LaunchRow[], filter: LaunchRowFilter, limit: number): { shown: LaunchRow[]; total: number; counts: Record<LaunchRowFilter, number> } {
  const attention = rows.filter(needsAttention);
  const kept = filter === 'attention' ? attention : rows;
  return { shown: kept.slice(0, limit), total: kept.length, counts: { all: rows.length, attention: attention.length } };
}
