import type { ImageMeta } from '@shared/images/types';
import { db as defaultDb, type CatalogDb } from '../database';
import { BULK_CHUNK } from './listings';

/** An image's metadata as the renderer keeps it; the file itself is in the asset store on disk. */
export interface StoredAsset extends ImageMeta {
  /** The file name it was first imported under (the same bytes under another name keep the first). */
  originalName: string;
  importedAt: number;
}

export interface AssetInput {
  meta: ImageMeta;
  originalName: string;
}

export function createAssetsRepo(db: CatalogDb = defaultDb, now: () => number = Date.now) {
  return {
    get: (hash: string): Promise<StoredAsset | undefined> => db.assets.get(hash),

    /** In the order asked; unknown hashes are left out. */
    async getMany(hashes: readonly string[]): Promise<StoredAsset[]> {
      const rows = await db.assets.bulkGet([...hashes]);
      return rows.filter((r): r is StoredAsset => r !== undefined);
    },

    /**
     * Stores metadata for imported images. Content-addressed: an asset already stored keeps its
     * first name and import time, so importing the same photo again changes nothing.
     */
    async putMany(inputs: readonly AssetInput[]): Promise<void> {
      const at = now();
      for (let i = 0; i < inputs.length; i += BULK_CHUNK) {
        const chunk = inputs.slice(i, i + BULK_CHUNK);
        await db.transaction('rw', db.assets, async () => {
          const existing = await db.assets.bulkGet(chunk.map((c) => c.meta.hash));
          const known = new Set(existing.filter((e) => e !== undefined).map((e) => e.hash));
          const fresh = new Map<string, StoredAsset>();
          for (const c of chunk) {
            if (known.has(c.meta.hash) || fresh.has(c.meta.hash)) continue;
            fresh.set(c.meta.hash, { ...c.meta, originalName: c.originalName, importedAt: at });
          }
          await db.assets.bulkPut([...fresh.values()]);
        });
      }
    },
  };
}

export type AssetsRepo = ReturnType<typeof createAssetsRepo>;
export const assetsRepo = createAssetsRepo();
