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
