import type { CopyLocale } from '../model/ids';
import type { Copy, Listing, TranslationRecord } from '../model/listing';
import { fieldKeysOf, readField, type FieldKey } from './fields';
import { fieldHash } from './hash';

/*
 * Outdated translations. For each target locale a listing records, per field, the hash of the source
 * text the target was last translated or reviewed against (listing.translations, see the model).
 * A target field is outdated when the source's current text hashes differently, or when the target
 * has text nobody ever reviewed against this source.
 *
 * Deliberate choices:
 * - Editing the target does not clear the mark. Fixing a typo in the English title says nothing about
 *   whether it now matches a changed Chinese title; only an explicit review (markReviewed, or an XLIFF
 *   import of a translation made from the current source) does.
 * - Editing a reviewed target does not raise the mark either: the source it was checked against has
 *   not changed, and a target edit is the reviewer's own work.
 * - A source bullet that was removed makes the target's bullet at that position outdated (its source
 *   text is now ""), so leftover bullets are noticed. Title overrides are compared only for channels
 *   the source overrides: a channel only the target market sells on is authored there, not translated.
 * - An empty, never-reviewed target field is missing, not outdated; missing copy is the checklist's item.
 * - Recorded hashes belong to one source locale; switching the source starts the record afresh.
 */

/** Field keys whose target text may be outdated relative to `source`. */
export function comparedFields(source: Copy, target: Copy): FieldKey[] {
  const keys = fieldKeysOf(source);
  for (let i = source.bullets.length; i < target.bullets.length; i++) keys.push(`bullets.${i}`);
  return keys;
}

/**
 * The target's outdated field keys. `source` defaults to the locale the record says the target was
 * translated from; with neither a record nor a source there is nothing to compare against.
 */
export function outdatedFields(listing: Listing, target: CopyLocale, source?: CopyLocale): FieldKey[] {
  const record = listing.translations?.[target];
  const from = source ?? record?.source;
  const sourceCopy = from ? listing.copy[from] : undefined;
  const targetCopy = listing.copy[target];
  if (!from || from === target || !sourceCopy || !targetCopy) return [];
  const reviewed = record?.source === from ? record.fields : {};
  return comparedFields(sourceCopy, targetCopy).filter((key) => {
    const entry = reviewed[key];
    if (entry) return entry.sourceHash !== fieldHash(readField(sourceCopy, key) ?? '');
    return (readField(targetCopy, key) ?? '') !== '';
  });
}

/**
 * A new listing in which `fieldKeys` of `target` count as reviewed against the source's current text.
 * `source` defaults to the recorded one; with neither the listing comes back unchanged, since a
 * review against nothing means nothing. Leaves updatedAt and revision alone: bumping them is the
 * save's job, as for every other edit.
 */
export function markReviewed(listing: Listing, target: CopyLocale, fieldKeys: readonly FieldKey[], now: number, source?: CopyLocale): Listing {
  const previous = listing.translations?.[target];
  const from = source ?? previous?.source;
  if (!from || from === target) return listing;
  const sourceCopy = listing.copy[from];
  const hashes = fieldKeys.map((key) => [key, fieldHash(readField(sourceCopy, key) ?? '')] as const);
  return recordHashes(listing, target, from, hashes, now);
}

/**
 * Records given source hashes (an XLIFF import knows the hash its translation was made from, which
 * equals the current one once the importer has checked it).
 */
export function recordHashes(
  listing: Listing,
  target: CopyLocale,
  source: CopyLocale,
  hashes: ReadonlyArray<readonly [FieldKey, string]>,
  now: number,
): Listing {
  const previous = listing.translations?.[target];
  const fields: TranslationRecord['fields'] = previous?.source === source ? { ...previous.fields } : {};
  for (const [key, sourceHash] of hashes) fields[key] = { sourceHash, reviewedAt: now };
  return { ...listing, translations: { ...listing.translations, [target]: { source, fields } } };
}
