import type { ImageMeta } from '@shared/images/types';
import type { Listing } from '@shared/model/listing';
import { db } from '../../db/database';
import { assetsRepo } from '../../db/repos/assets';
import { listingsRepo } from '../../db/repos/listings';
import { applyInOpenEditor } from '../editor/open-editors';
import { codeKey } from './classify-bundle';

/*
 * The Dexie side of imports: image metadata first (readiness and thumbnails read it), then the
 * listings in bulk chunks through the listings repo, which writes their catalog summaries too.
 */

export interface StoredImage {
  name: string;
  meta: ImageMeta;
}

async function storeImages(images: readonly StoredImage[]): Promise<void> {
  await assetsRepo.putMany(images.map((i) => ({ meta: i.meta, originalName: i.name })));
}

/** Catalog listings with any of these SPU codes (case-insensitive). */
export async function listingsWithCodes(codes: readonly string[]): Promise<Listing[]> {
  const wanted = codes.filter((c) => c.trim() !== '');
  if (wanted.length === 0) return [];
  return db.listings.where('spuCode').anyOfIgnoreCase([...wanted]).toArray();
}

/**
 * A spreadsheet's listings (fresh ids). One whose SPU code is already in the catalog is skipped,
 * not merged: a sheet row carries no revision to tell which side is newer. Returns the skipped codes.
 */
export async function writeSheetListings(listings: readonly Listing[], images: readonly StoredImage[]): Promise<{ written: number; skipped: string[] }> {
  const existing = new Set((await listingsWithCodes(listings.map((l) => l.spuCode))).map((l) => codeKey(l.spuCode)));
  const fresh = listings.filter((l) => !existing.has(codeKey(l.spuCode)));
  await storeImages(images);
  await listingsRepo.bulkPut(fresh);
  return { written: fresh.length, skipped: listings.filter((l) => existing.has(codeKey(l.spuCode))).map((l) => l.spuCode) };
}

/** The catalog listings an opened bundle is compared with: same ids or same SPU codes. */
export async function localCounterparts(incoming: readonly Listing[]): Promise<Listing[]> {
  const byId = (await db.listings.bulkGet(incoming.map((l) => l.id))).filter((l): l is Listing => l !== undefined);
  const byCode = await listingsWithCodes(incoming.map((l) => l.spuCode));
  return [...new Map([...byId, ...byCode].map((l) => [l.id, l])).values()];
}

/**
 * The chosen listings of a bundle. One open in an editor is replaced through that editor (its
 * history, then its autosave): written here directly, the editor's next autosave of its older
 * working copy would undo the import.
 */
export async function writeBundleListings(listings: readonly Listing[], images: readonly StoredImage[]): Promise<void> {
  const used = new Set(listings.flatMap((l) => l.images.map((r) => r.assetId)));
  await storeImages(images.filter((i) => used.has(i.meta.hash)));
  await listingsRepo.bulkPut(listings.filter((l) => !applyInOpenEditor(l.id, () => l)));
}

/** The full listings behind catalog rows, in their order. */
export async function listingsByIds(ids: readonly string[]): Promise<Listing[]> {
  return (await db.listings.bulkGet([...ids])).filter((l): l is Listing => l !== undefined);
}
