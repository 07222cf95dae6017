import { createListing, duplicateListing, type Listing, type ListingStatus } from '@shared/model';
import { db as defaultDb, type CatalogDb } from '../database';
import { toSummary } from '../summary';
import { areTagsNormalized, normalizeTags } from '../tags';

/** Bulk writes go in chunks so one transaction never holds tens of thousands of rows. */
export const BULK_CHUNK = 1000;

/**
 * Stored tags are always normalized (the v2 migration cleaned the old ones). The editor keeps its
 * own working copy, so a half-typed tag is not yanked from under the cursor; it is cleaned here.
 */
function withCleanTags(listing: Listing): Listing {
  return areTagsNormalized(listing.tags) ? listing : { ...listing, tags: normalizeTags(listing.tags) };
}

export function createListingsRepo(db: CatalogDb = defaultDb, now: () => number = Date.now) {
  async function put(input: Listing): Promise<Listing> {
    const listing = withCleanTags(input);
    await db.transaction('rw', db.listings, db.summaries, async () => {
      await db.listings.put(listing);
      await db.summaries.put(toSummary(listing));
    });
    return listing;
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
      await db.transaction('rw', db.listings, db.summaries, async () => {
        const l = await db.listings.get(id);
        if (!l) return;
        const next = { ...l, status, updatedAt: now(), revision: l.revision + 1 };
        await db.listings.put(next);
        await db.summaries.put(toSummary(next));
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
        const chunk = listings.slice(i, i + BULK_CHUNK).map(withCleanTags);
        await db.transaction('rw', db.listings, db.summaries, async () => {
          await db.listings.bulkPut(chunk);
          await db.summaries.bulkPut(chunk.map(toSummary));
        });
        onProgress?.(Math.min(i + BULK_CHUNK, listings.length), listings.length);
      }
    },
  };
}

export type ListingsRepo = ReturnType<typeof createListingsRepo>;
export const listingsRepo = createListingsRepo();
