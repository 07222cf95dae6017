import type { Transaction } from 'dexie';
import type { Listing } from '@shared/model';
import { toBaseSummary, type BaseSummary } from '../summary';
import { areTagsNormalized, normalizeTags } from '../tags';

/**
 * v1 → v2: tags typed before v2 could carry stray spaces and duplicates ("新品 ", "新品"), which
 * split the tag filter. Normalize them in place, then rebuild every summary (they gain `currency`
 * in v2, and orphaned summaries without a listing are dropped).
 *
 * Deliberately leaves `revision` and `updatedAt` alone: this is not a user edit, and the tags mean
 * the same thing afterwards. Uses toBaseSummary(), not toSummary(): readiness needs fields v1 rows
 * lack (overrides, primaryKeywords) and v4 rebuilds every summary with readiness right after.
 */
export async function normalizeTagsV2(tx: Transaction): Promise<void> {
  const listings = tx.table<Listing, string>('listings');
  const summaries = tx.table<BaseSummary, string>('summaries');
  await listings.toCollection().modify((l) => {
    // The stored shape is lenient, so do not trust old rows to hold an array of strings.
    const raw: unknown = l.tags;
    const tags = Array.isArray(raw) ? raw.filter((t): t is string => typeof t === 'string') : [];
    if (!Array.isArray(raw) || tags.length !== raw.length || !areTagsNormalized(tags)) l.tags = normalizeTags(tags);
  });
  const rebuilt: BaseSummary[] = [];
  await listings.each((l) => {
    rebuilt.push(toBaseSummary(l));
  });
  await summaries.clear();
  await summaries.bulkPut(rebuilt);
}
