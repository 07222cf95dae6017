import type { Listing } from '@shared/model';
import { generateSampleListings } from '@shared/sample/generate';
import { CatalogDb } from '../../../renderer/src/db/database';
import { createListingsRepo } from '../../../renderer/src/db/repos/listings';

/*
 * Runs inside the page (same origin as the app, before the app opens): writes listings through the
 * app's own Dexie database class and repo, so seeding exercises the real storage code.
 */

export interface SeedTiming {
  count: number;
  generateMs: number;
  writeMs: number;
}

async function writeAll(listings: Listing[]): Promise<number> {
  const db = new CatalogDb();
  try {
    const start = performance.now();
    await createListingsRepo(db).bulkPut(listings);
    return performance.now() - start;
  } finally {
    db.close();
  }
}

window.__shelfreadySeed = async (count: number, seed: number): Promise<SeedTiming> => {
  const start = performance.now();
  const listings = generateSampleListings(count, { seed });
  const generateMs = performance.now() - start;
  return { count, generateMs, writeMs: await writeAll(listings) };
};

window.__shelfreadyPutListings = async (listings: Listing[]): Promise<number> => writeAll(listings);

/**
 * The naive design the catalog is measured against: read every full listing document and scan
 * each serialised listing per query, without the summaries table or an in-memory index.
 */
window.__shelfreadyBaseline = async (queries: string[]) => {
  const db = new CatalogDb();
  try {
    const start = performance.now();
    const all = await db.listings.toArray();
    const readAllMs = performance.now() - start;
    const perQueryMs = queries.map((q) => {
      const t0 = performance.now();
      const needle = q.toLowerCase();
      all.filter((l) => JSON.stringify([l.spuCode, l.copy, l.tags]).toLowerCase().includes(needle));
      return performance.now() - t0;
    });
    return { count: all.length, readAllMs, perQueryMs };
  } finally {
    db.close();
  }
};
