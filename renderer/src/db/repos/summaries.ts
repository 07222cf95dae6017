import Dexie from 'dexie';
import type { ListingStatus } from '@shared/model';
import type { ChannelId } from '@shared/model/ids';
import { db as defaultDb, type CatalogDb } from '../database';
import type { ListingSummary } from '../summary';

/** Read side of the catalog: summaries only, never full listings. */
export function createSummariesRepo(db: CatalogDb = defaultDb) {
  return {
    /** Every summary, newest first; the catalog page filters and sorts these in memory. */
    all: (): Promise<ListingSummary[]> => db.summaries.orderBy('updatedAt').reverse().toArray(),

    /** One status, newest first, from the [status+updatedAt] index (no scan, no sort). */
    byStatus: (status: ListingStatus, limit = Infinity): Promise<ListingSummary[]> =>
      db.summaries
        .where('[status+updatedAt]')
        .between([status, Dexie.minKey], [status, Dexie.maxKey])
        .reverse()
        .limit(limit)
        .toArray(),

    /** Listings ready for one channel (as of the last readiness refresh), from the *readyFor index. */
    readyFor: (channel: ChannelId): Promise<ListingSummary[]> => db.summaries.where('readyFor').equals(channel).toArray(),

    count: (): Promise<number> => db.summaries.count(),
  };
}

export type SummariesRepo = ReturnType<typeof createSummariesRepo>;
export const summariesRepo = createSummariesRepo();
