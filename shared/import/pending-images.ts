import type { ImageRef, Listing } from '../model/listing';
import type { MatchedImage } from './images';

/*
 * Images of an import before their files are in the asset store. The listing's ImageRefs carry a
 * placeholder asset id (`pending:<n>`) that the importer maps to a file path; once the caller has
 * stored the files (assets.importPaths) it swaps each placeholder for the file's hash. Refs whose
 * file did not import are dropped and the rest renumbered, so no listing points at nothing.
 */

export const PENDING_ASSET_PREFIX = 'pending:';

export function isPendingAssetId(assetId: string): boolean {
  return assetId.startsWith(PENDING_ASSET_PREFIX);
}

/** The listing with these images, each given the asset id `assetIdOf(file)`. */
export function attachImages(listing: Listing, images: readonly MatchedImage[], assetIdOf: (file: string) => string): Listing {
  const refs: ImageRef[] = images.map((m) => ({
    assetId: assetIdOf(m.file),
    role: m.role,
    order: m.order,
    ...(m.variantValue === undefined ? {} : { variantValue: m.variantValue }),
  }));
  return { ...listing, images: refs };
}

/** Placeholders replaced by hashes; refs without a hash (failed or refused files) removed. */
export function resolvePendingImages(listings: readonly Listing[], hashes: ReadonlyMap<string, string>): Listing[] {
  return listings.map((listing) => {
    const kept = listing.images.flatMap((ref) => {
      if (!isPendingAssetId(ref.assetId)) return [ref];
      const hash = hashes.get(ref.assetId);
      return hash === undefined ? [] : [{ ...ref, assetId: hash }];
    });
    // Keep each group (role + colour) numbered 0…n-1 after a gap, the list itself in its order.
    const groupOf = (ref: ImageRef) => `${ref.role}:${ref.variantValue ?? ''}`;
    const groups = new Map<string, ImageRef[]>();
    for (const ref of kept) groups.set(groupOf(ref), [...(groups.get(groupOf(ref)) ?? []), ref]);
    for (const group of groups.values()) group.sort((a, b) => a.order - b.order);
    const images = kept.map((ref) => ({ ...ref, order: groups.get(groupOf(ref))?.indexOf(ref) ?? 0 }));
    return { ...listing, images };
  });
}
