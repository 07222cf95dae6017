import type { Transaction } from 'dexie';
import type { ImageMeta } from '@shared/images/types';
import type { Copy, Listing } from '@shared/model';
import { currentReadinessInputs, loadReadinessContext, READINESS_STAMP_KEY, readinessStamp, type MetaRow } from '../readiness-summary';
import { toSummary, type ListingSummary } from '../summary';

/** Listings per step: bounds what one step holds in memory (full documents plus their summaries). */
export const V4_CHUNK = 500;

/** Adds the checklist fields v4 listings have; returns the same object when nothing was missing. */
export function withChecklistFields(stored: Listing): Listing {
  // Old rows are trusted no further than their shape: a missing or odd value becomes empty.
  const raw = stored as Partial<Listing>;
  let changed = !Array.isArray(raw.overrides);
  const copy: Listing['copy'] = {};
  for (const [locale, c] of Object.entries(raw.copy ?? {}) as [keyof Listing['copy'], Copy | undefined][]) {
    if (!c) continue;
    if (Array.isArray(c.primaryKeywords)) copy[locale] = c;
    else {
      copy[locale] = { ...c, primaryKeywords: [] };
      changed = true;
    }
  }
  if (!changed) return stored;
  return { ...stored, overrides: Array.isArray(raw.overrides) ? raw.overrides : [], copy };
}

/**
 * v3 → v4: listings gain `overrides` (accepted checklist warnings) and each copy `primaryKeywords`;
 * summaries gain per-channel readiness (`readyFor`, indexed, and `scores`), so every summary is
 * rebuilt (orphans without a listing are dropped, as in v2). Walks the listings in primary-key
 * chunks. It cannot yield to the UI: an upgrade is one IndexedDB transaction, which commits as soon
 * as it waits on anything but its own requests. Leaves `revision` and `updatedAt` alone (not an edit).
 *
 * Readiness uses the checklist settings known when the database opens, possibly the defaults
 * before main has answered; the stamp written here records that, and the catalog's upkeep
 * recomputes when the real settings differ.
 */
export async function addChecklistFieldsV4(tx: Transaction): Promise<void> {
  const listings = tx.table<Listing, string>('listings');
  const summaries = tx.table<ListingSummary, string>('summaries');
  const assets = tx.table<ImageMeta, string>('assets');
  const inputs = currentReadinessInputs();
  await summaries.clear();
  let lastId: string | null = null;
  for (;;) {
    const page: Listing[] = await (lastId === null ? listings.orderBy(':id') : listings.where(':id').above(lastId)).limit(V4_CHUNK).toArray();
    const last = page.at(-1);
    if (!last) break;
    lastId = last.id;
    const upgraded = page.map(withChecklistFields);
    const changed = upgraded.filter((l, i) => l !== page[i]);
    if (changed.length > 0) await listings.bulkPut(changed);
    const ctx = await loadReadinessContext(assets, upgraded, inputs);
    await summaries.bulkPut(upgraded.map((l) => toSummary(l, ctx)));
  }
  await tx.table<MetaRow, string>('meta').put({ key: READINESS_STAMP_KEY, value: readinessStamp(inputs.settings, inputs.asOf) });
}
