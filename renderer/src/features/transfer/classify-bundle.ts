import type { Listing } from '@shared/model/listing';

/*
 * How each listing of an opened bundle relates to the catalog, kept simple on purpose:
 *   new        no listing here with its id or its SPU code
 *   unchanged  the same listing (by id, or by SPU code) with the same content
 *   updated    same id, and the bundle's copy was saved later than ours
 *   conflict   same id but ours was saved later (or at the same time, differently): importing
 *              loses our edits; or another listing here has its SPU code: importing replaces it
 * New and updated start ticked; conflicts wait for a person to tick them.
 */

export type BundleItemState = 'new' | 'updated' | 'conflict' | 'unchanged';
export type BundleItemReason = 'new' | 'updated' | 'conflictNewer' | 'conflictCode' | 'unchanged';

export interface BundleItem {
  listing: Listing;
  state: BundleItemState;
  reason: BundleItemReason;
  /** The catalog's listing it would replace. */
  local?: Listing;
}

export function codeKey(code: string): string {
  return code.normalize('NFKC').trim().toLocaleLowerCase();
}

/** JSON with sorted keys, so two equal listings compare equal whatever order their fields came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** Same product content; bookkeeping (revision, and for a listing matched by code its id and creation) aside. */
function isSameContent(a: Listing, b: Listing, ignoreIdentity: boolean): boolean {
  const strip = ({ revision: _r, id, createdAt, ...rest }: Listing) => (ignoreIdentity ? rest : { id, createdAt, ...rest });
  return canonical(strip(a)) === canonical(strip(b));
}

export function classifyBundle(incoming: readonly Listing[], local: readonly Listing[]): BundleItem[] {
  const byId = new Map(local.map((l) => [l.id, l]));
  const byCode = new Map(local.filter((l) => codeKey(l.spuCode) !== '').map((l) => [codeKey(l.spuCode), l]));
  return incoming.map((listing): BundleItem => {
    const same = byId.get(listing.id);
    if (same) {
      if (isSameContent(listing, same, false)) return { listing, state: 'unchanged', reason: 'unchanged', local: same };
      if (listing.updatedAt > same.updatedAt) return { listing, state: 'updated', reason: 'updated', local: same };
      return { listing, state: 'conflict', reason: 'conflictNewer', local: same };
    }
    const namesake = codeKey(listing.spuCode) === '' ? undefined : byCode.get(codeKey(listing.spuCode));
    if (namesake) {
      if (isSameContent(listing, namesake, true)) return { listing, state: 'unchanged', reason: 'unchanged', local: namesake };
      return { listing, state: 'conflict', reason: 'conflictCode', local: namesake };
    }
    return { listing, state: 'new', reason: 'new' };
  });
}

export function isTickedByDefault(item: BundleItem): boolean {
  return item.state === 'new' || item.state === 'updated';
}

/**
 * What is written for a chosen item: the bundle's listing, under the id it replaces (a listing
 * matched by SPU code keeps its id and creation date, so nothing ends up twice), one revision on.
 */
export function listingToWrite(item: BundleItem): Listing {
  const { listing, local } = item;
  if (!local) return listing;
  return { ...listing, id: local.id, createdAt: local.createdAt, revision: Math.max(local.revision, listing.revision) + 1 };
}

/** The first title in any language, for lists. */
export function titleOf(listing: Listing): string {
  return Object.values(listing.copy).find((c) => c.title.trim() !== '')?.title ?? '';
}
