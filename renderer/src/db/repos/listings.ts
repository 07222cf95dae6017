import { createListing, duplicateListing, type Listing, type ListingStatus } from '@shared/model';
import { db as defaultDb, type CatalogDb } from '../database';
import {
  currentReadinessInputs, isSameReadiness, loadReadinessContext, READINESS_STAMP_KEY, readinessStamp, type ReadinessInputs,
} from '../readiness-summary';
import { toSummary, type ListingSummary } from '../summary';
import { areTagsNormalized, normalizeTags } from '../tags';

/** Bulk writes go in chunks so one transaction never holds tens of thousands of rows. */
export const BULK_CHUNK = 1000;

/** Listings read and written per step of a readiness refresh. */
export const REFRESH_CHUNK = 500;

/**
 * Listings scored between yields to the UI (~25 ms of engine time). Their changed summaries are
 * written once per chunk, not per slice: the catalog's live summaries re-read the whole table after
 * a write of 50+ rows, but after each small write they copy and re-sort all rows anyway, and
 * measured at 10,000 listings, 20 chunk writes re-scored in 6.8 s against 10.7 s for slice writes.
 */
const SCORE_SLICE = 50;

/**
 * Stored tags are always normalized (the v2 migration cleaned the old ones). The editor keeps its
 * own working copy, so a half-typed tag is not yanked from under the cursor; it is cleaned here.
 */
function withCleanTags(listing: Listing): Listing {
  return areTagsNormalized(listing.tags) ? listing : { ...listing, tags: normalizeTags(listing.tags) };
}

/**
 * Lets input and paint run between refresh steps: a macrotask, posted through a MessageChannel
 * because chained setTimeout(0)s are clamped to 4 ms each (200 slices: most of a second).
 */
function yieldToUi(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface RefreshResult {
  /** false: superseded by a newer refresh (settings changed again) before it finished. */
  isComplete: boolean;
  scanned: number;
  /** Summaries whose readiness changed and were written. */
  updated: number;
}

export function createListingsRepo(db: CatalogDb = defaultDb, now: () => number = Date.now) {
  /*
   * Every write puts the listing and its summary in one transaction, and the summary's readiness
   * reads the listing's image metas inside it (assets in scope): readiness is never computed from
   * metas another write is changing at the same time.
   */
  async function writeWithSummaries(listings: readonly Listing[]): Promise<void> {
    await db.transaction('rw', db.listings, db.summaries, db.assets, async () => {
      const ctx = await loadReadinessContext(db.assets, listings);
      await db.listings.bulkPut([...listings]);
      await db.summaries.bulkPut(listings.map((l) => toSummary(l, ctx)));
    });
  }

  async function put(input: Listing): Promise<Listing> {
    const listing = withCleanTags(input);
    await writeWithSummaries([listing]);
    return listing;
  }

  let refreshGeneration = 0;

  /** Writes refreshed summaries, skipping listings saved since they were read (their save wrote a fresh one). */
  async function writeIfUnchanged(changed: readonly { summary: ListingSummary; revision: number }[]): Promise<number> {
    return db.transaction('rw', db.listings, db.summaries, async () => {
      const current = await db.listings.bulkGet(changed.map((c) => c.summary.id));
      const fresh = changed.filter((c, i) => current[i]?.revision === c.revision).map((c) => c.summary);
      await db.summaries.bulkPut(fresh);
      return fresh.length;
    });
  }

  return {
    get: (id: string): Promise<Listing | undefined> => db.listings.get(id),

    /** Saves the editor's working copy: bumps revision and updatedAt. */
    save(listing: Listing): Promise<Listing> {
      return put({ ...listing, updatedAt: now(), revision: listing.revision + 1 });
    },

    create(partial: Partial<Listing> = {}): Promise<Listing> {
      return put(createListing(now(), partial));
    },

    async duplicate(id: string): Promise<Listing | undefined> {
      const source = await db.listings.get(id);
      if (!source) return undefined;
      return put(duplicateListing(source, now()));
    },

    async setStatus(id: string, status: ListingStatus): Promise<void> {
      await db.transaction('rw', db.listings, db.summaries, db.assets, async () => {
        const l = await db.listings.get(id);
        if (!l) return;
        await writeWithSummaries([{ ...l, status, updatedAt: now(), revision: l.revision + 1 }]);
      });
    },

    async remove(id: string): Promise<void> {
      await db.transaction('rw', db.listings, db.summaries, async () => {
        await db.listings.delete(id);
        await db.summaries.delete(id);
      });
    },

    /** Imports many listings, BULK_CHUNK per transaction, reporting progress after each chunk. */
    async bulkPut(listings: readonly Listing[], onProgress?: (done: number, total: number) => void): Promise<void> {
      for (let i = 0; i < listings.length; i += BULK_CHUNK) {
        await writeWithSummaries(listings.slice(i, i + BULK_CHUNK).map(withCleanTags));
        onProgress?.(Math.min(i + BULK_CHUNK, listings.length), listings.length);
      }
    },

    /** The stamp stored readiness was computed with; undefined in a database never stamped. */
    async readinessStamp(): Promise<string | undefined> {
      return (await db.meta.get(READINESS_STAMP_KEY))?.value;
    },

    /**
     * Recomputes every summary's readiness with the settings and date in force now, REFRESH_CHUNK
     * listings read per transaction, writing only summaries whose readiness changed. The engine
     * costs about half a millisecond per listing, so it runs outside the transactions in slices of
     * SCORE_SLICE with a yield to the UI after each; then one write transaction per chunk, which
     * skips listings saved meanwhile. A newer call supersedes a running one, which stops at its
     * next step; only a refresh that finishes stores the new stamp.
     */
    async refreshReadiness(inputs: ReadinessInputs = currentReadinessInputs(), onProgress?: (done: number) => void): Promise<RefreshResult> {
      refreshGeneration += 1;
      const generation = refreshGeneration;
      const isSuperseded = () => generation !== refreshGeneration;
      let lastId: string | null = null;
      let scanned = 0;
      let updated = 0;
      for (;;) {
        if (isSuperseded()) return { isComplete: false, scanned, updated };
        const after: string | null = lastId;
        const read = await db.transaction('r', db.listings, db.summaries, db.assets, async () => {
          const listings: Listing[] = await (after === null ? db.listings.orderBy(':id') : db.listings.where(':id').above(after)).limit(REFRESH_CHUNK).toArray();
          const ctx = await loadReadinessContext(db.assets, listings, inputs);
          const stored = await db.summaries.bulkGet(listings.map((l) => l.id));
          return { listings, ctx, stored };
        });
        const last: Listing | undefined = read.listings.at(-1);
        if (!last) break;
        lastId = last.id;

        const changed: { summary: ListingSummary; revision: number }[] = [];
        for (let i = 0; i < read.listings.length; i += SCORE_SLICE) {
          if (isSuperseded()) return { isComplete: false, scanned, updated };
          read.listings.slice(i, i + SCORE_SLICE).forEach((l, j) => {
            const next = toSummary(l, read.ctx);
            if (!isSameReadiness(read.stored[i + j], next)) changed.push({ summary: next, revision: l.revision });
          });
          await yieldToUi();
        }
        if (changed.length > 0) updated += await writeIfUnchanged(changed);

        scanned += read.listings.length;
        onProgress?.(scanned);
      }
      if (isSuperseded()) return { isComplete: false, scanned, updated };
      await db.meta.put({ key: READINESS_STAMP_KEY, value: readinessStamp(inputs.settings, inputs.asOf) });
      return { isComplete: true, scanned, updated };
    },
  };
}

export type ListingsRepo = ReturnType<typeof createListingsRepo>;
export const listingsRepo = createListingsRepo();
