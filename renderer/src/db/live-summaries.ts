import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { db as defaultDb, type CatalogDb } from './database';
import type { ListingSummary } from './summary';

/*
 * Every listing summary, kept current incrementally. useLiveQuery(() => summaries.toArray()) re-reads
 * the whole table after every write: measured in Chromium at 10,000 listings that is 0.3–0.9 s per
 * write (read + structured clone + the live-query cache's deep copy), so archiving one row took about
 * a second to show. Here the table is read once; after that Dexie's `storagemutated` event (fired on
 * commit, in this window and in every other one) names the changed keys, and only those rows are
 * read again. Bulk writes (≥ 50 rows, reported by Dexie as a full range) or clear() fall back to one
 * full reload.
 */

export type SummariesState =
  /** `preview`: the newest rows, while the full read is still running (see PREVIEW_ROWS). */
  | { status: 'loading'; preview?: readonly ListingSummary[] }
  | { status: 'ready'; summaries: readonly ListingSummary[] }
  | { status: 'failed'; error: unknown };

export interface LiveSummaries {
  /** Starts the first read without waiting for a subscriber (the catalog overlaps it with app boot). */
  prefetch(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): SummariesState;
  /** Re-reads everything (after a failed load). */
  reload(): Promise<void>;
}

const LOADING: SummariesState = { status: 'loading' };

/** Above this many changed keys one full read is cheaper than many point reads. */
const MAX_POINT_READS = 500;

/**
 * Newest-first rows read from the updatedAt index before the full table: the catalog paints its
 * first screen from them in tens of milliseconds, however big the catalog. Any filter applied to a
 * prefix of the newest-first list gives a prefix of the filtered list, so what shows is never wrong.
 */
const PREVIEW_ROWS = 60;

export function createLiveSummaries(db: CatalogDb = defaultDb): LiveSummaries {
  const listeners = new Set<() => void>();
  const part = `idb://${db.name}/summaries/`;
  let state: SummariesState = LOADING;
  let byId: Map<string, ListingSummary> | null = null;
  let pending: Set<string> | 'all' | null = null;
  let draining: Promise<void> | null = null;
  let isListening = false;

  function publish(next: SummariesState) {
    state = next;
    for (const l of listeners) l();
  }

  function publishMap(map: Map<string, ListingSummary>) {
    byId = map;
    publish({ status: 'ready', summaries: [...map.values()] });
  }

  /** Adds a mutated part's keys to `pending`; any range that is not a single string key means "all". */
  function collect(tree: ObservabilitySet[string] | undefined) {
    if (!tree || pending === 'all') return;
    const ids = pending ?? new Set<string>();
    for (const node of RangeSet(tree)) {
      if (typeof node.from !== 'string' || node.from !== node.to || ids.size >= MAX_POINT_READS) {
        pending = 'all';
        return;
      }
      ids.add(node.from);
    }
    pending = ids;
  }

  async function drain() {
    while (pending !== null) {
      const work: Set<string> | 'all' = pending;
      pending = null;
      try {
        if (work === 'all' || byId === null) {
          publishMap(new Map((await db.summaries.toArray()).map((s) => [s.id, s])));
        } else {
          const ids = [...work];
          const rows = await db.summaries.bulkGet(ids);
          const next = new Map(byId);
          ids.forEach((id, i) => {
            const row = rows[i];
            if (row) next.set(id, row);
            else next.delete(id);
          });
          publishMap(next);
        }
      } catch (error) {
        reportError(error);
        byId = null;
        pending = null;
        publish({ status: 'failed', error });
      }
    }
  }

  function schedule(): Promise<void> {
    draining ??= drain().finally(() => {
      draining = null;
      // A change that arrived after the loop's last check but before this callback.
      if (pending !== null) void schedule();
    });
    return draining;
  }

  function onMutated(parts: ObservabilitySet) {
    const keys = parts[part];
    const dels = parts[`${part}:dels`];
    if (!keys && !dels) return;
    collect(keys);
    collect(dels);
    void schedule();
  }

  async function loadPreview() {
    const rows = await db.summaries.orderBy('updatedAt').reverse().limit(PREVIEW_ROWS).toArray();
    if (state.status === 'loading') publish({ status: 'loading', preview: rows });
  }

  function start() {
    if (isListening) return;
    isListening = true;
    // Listen before the first read so a write committing during it is not missed.
    Dexie.on('storagemutated', onMutated);
    pending = 'all';
    // A failed preview only costs the early paint; the full read reports its own failure.
    loadPreview().catch(() => undefined);
    void schedule();
  }

  return {
    prefetch: start,
    subscribe(listener) {
      listeners.add(listener);
      start();
      // Stays warm after the last listener leaves: coming back to the catalog is then instant, and
      // the cost is one point read per save while the editor is open.
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    async reload() {
      pending = 'all';
      if (state.status === 'failed') publish(LOADING);
      await schedule();
      // A drain that was just finishing hands the reload to a fresh one; wait for that too.
      if (draining) await draining;
    },
  };
}

export const liveSummaries = createLiveSummaries();
