import { matchImageName } from '@shared/images/naming';
import type { ImageErrorCode, ImageMeta } from '@shared/images/types';
import type { Listing } from '@shared/model/listing';
import { findColour, placeImages, type Placement } from './image-groups';

/*
 * Which listing and role each imported file goes to, by the file-name convention
 * (shared/images/naming.ts). Pure: the caller imports the files, looks the codes up and saves.
 */

/** One file's answer from the asset store (api.assets.importPaths / importBytes / the watched folder). */
export type ImportResult =
  | { name: string; path: string; ok: true; meta: ImageMeta; isNew: boolean }
  | { name: string; path: string; ok: false; error: ImageErrorCode };

export type UnmatchedReason = 'no-code' | 'unknown-code' | 'unknown-colour';

export interface Unmatched {
  name: string;
  reason: UnmatchedReason;
  code?: string;
  colour?: string;
}

export interface Failed {
  name: string;
  error: ImageErrorCode;
}

export interface Attachment {
  listing: Listing;
  placements: Placement[];
  /** File names, for the details list. */
  names: string[];
}

export interface IntakePlan {
  attachments: Attachment[];
  unmatched: Unmatched[];
  failed: Failed[];
  /** Metadata of every file that imported, matched or not, for the assets table. */
  assets: Array<{ meta: ImageMeta; originalName: string }>;
}

/** Case-insensitive key for SPU codes: designers type `dr-2407` for `DR-2407`. */
export function codeKey(code: string): string {
  return code.normalize('NFKC').trim().toLocaleLowerCase();
}

/** Several listings can share a code (a duplicate not renamed yet): the newest one that is not archived wins. */
export function indexByCode(listings: readonly Listing[]): Map<string, Listing> {
  const byCode = new Map<string, Listing>();
  const rank = (l: Listing) => (l.status === 'archived' ? 0 : 1);
  for (const l of listings) {
    const key = codeKey(l.spuCode);
    if (key === '') continue;
    const current = byCode.get(key);
    if (!current || rank(l) > rank(current) || (rank(l) === rank(current) && l.updatedAt > current.updatedAt)) byCode.set(key, l);
  }
  return byCode;
}

/** The codes named by these files, to look up in the catalog. */
export function codesIn(results: readonly ImportResult[]): string[] {
  const codes = new Set<string>();
  for (const r of results) {
    const match = r.ok ? matchImageName(r.name) : null;
    if (match) codes.add(match.code);
  }
  return [...codes];
}

/**
 * Plans where each file goes. `target` is the listing the files were dropped on (the editor):
 * there, files that name no known code become gallery images at the end, since the person chose
 * the listing by dropping onto it. Elsewhere (catalog, watched folder) they are listed as unmatched.
 */
export function planIntake(results: readonly ImportResult[], byCode: ReadonlyMap<string, Listing>, target?: Listing): IntakePlan {
  const plan: IntakePlan = { attachments: [], unmatched: [], failed: [], assets: [] };
  const byListing = new Map<string, Attachment>();
  const attach = (listing: Listing, placement: Placement, name: string) => {
    const a = byListing.get(listing.id) ?? { listing, placements: [], names: [] };
    a.placements.push(placement);
    a.names.push(name);
    byListing.set(listing.id, a);
  };

  for (const r of results) {
    if (!r.ok) {
      plan.failed.push({ name: r.name, error: r.error });
      continue;
    }
    plan.assets.push({ meta: r.meta, originalName: r.name });
    const match = matchImageName(r.name);
    const listing = match ? byCode.get(codeKey(match.code)) : undefined;
    if (!match || !listing) {
      if (target) attach(target, { assetId: r.meta.hash, role: 'gallery' }, r.name);
      else plan.unmatched.push(match ? { name: r.name, reason: 'unknown-code', code: match.code } : { name: r.name, reason: 'no-code' });
      continue;
    }
    if (match.role === 'variant') {
      const colour = findColour(listing, match.colour ?? '');
      if (colour === undefined) {
        plan.unmatched.push({ name: r.name, reason: 'unknown-colour', code: listing.spuCode, colour: match.colour });
        continue;
      }
      attach(listing, { assetId: r.meta.hash, role: 'variant', variantValue: colour, position: match.order - 1 }, r.name);
      continue;
    }
    // The convention counts gallery from 2 (main is 1); everything else from 1.
    const position = match.role === 'gallery' ? match.order - 2 : match.order - 1;
    attach(listing, { assetId: r.meta.hash, role: match.role, position }, r.name);
  }
  // Lower positions first, so "_2, _3" dropped together land in that order whatever the file order.
  for (const a of byListing.values()) a.placements.sort((x, y) => (x.position ?? Infinity) - (y.position ?? Infinity));
  plan.attachments = [...byListing.values()];
  return plan;
}

/** The recipe that attaches one listing's planned images (for the editor's history or a direct save). */
export const attachRecipe = (placements: readonly Placement[]) => (listing: Listing): Listing => {
  const images = placeImages(listing.images, placements);
  const isSame = images.length === listing.images.length && images.every((r, i) => {
    const o = listing.images[i];
    return o !== undefined && o.assetId === r.assetId && o.role === r.role && o.order === r.order && o.variantValue === r.variantValue;
  });
  return isSame ? listing : { ...listing, images };
};

export interface IntakeSummary {
  attached: number;
  listings: number;
  unmatched: number;
  failed: number;
}

export function summarize(plan: IntakePlan): IntakeSummary {
  return {
    attached: plan.attachments.reduce((n, a) => n + a.names.length, 0),
    listings: plan.attachments.length,
    unmatched: plan.unmatched.length,
    failed: plan.failed.length,
  };
}

/** One report for two imports (a designer saving photos one by one): listings merged, lists joined. */
export function mergePlans(a: IntakePlan, b: IntakePlan): IntakePlan {
  const byListing = new Map<string, Attachment>(a.attachments.map((x) => [x.listing.id, x]));
  for (const x of b.attachments) {
    const prev = byListing.get(x.listing.id);
    byListing.set(x.listing.id, prev ? { listing: x.listing, placements: [...prev.placements, ...x.placements], names: [...prev.names, ...x.names] } : x);
  }
  return { attachments: [...byListing.values()], unmatched: [...a.unmatched, ...b.unmatched], failed: [...a.failed, ...b.failed], assets: [...a.assets, ...b.assets] };
}
