import type { CopyLocale } from '../model/ids';
import type { Copy, Listing } from '../model/listing';
import { readField, type FieldKey } from './fields';
import { fieldHash } from './hash';
import { comparedFields, outdatedFields, recordHashes } from './outdated';

/*
 * What the editor shows beside translated copy. The source is the language the targets were
 * translated from: the one a record names (records share one source), else the preferred locale
 * (the merchant's first market) when the listing has it, else the listing's first locale.
 */

export type ReviewState = 'outdated' | 'unreviewed';

export function sourceLocaleOf(listing: Listing, preferred?: CopyLocale): CopyLocale | undefined {
  const locales = Object.keys(listing.copy) as CopyLocale[];
  for (const record of Object.values(listing.translations ?? {})) {
    if (record && listing.copy[record.source]) return record.source;
  }
  if (preferred && listing.copy[preferred]) return preferred;
  return locales[0];
}

/**
 * Per target field that needs a look: 'outdated' when the source changed since the field was
 * reviewed, 'unreviewed' when it has text nobody reviewed against this source.
 */
export function reviewStates(listing: Listing, target: CopyLocale, source: CopyLocale): Map<FieldKey, ReviewState> {
  const states = new Map<FieldKey, ReviewState>();
  const record = listing.translations?.[target];
  const reviewed = record?.source === source ? record.fields : {};
  for (const key of outdatedFields(listing, target, source)) states.set(key, reviewed[key] ? 'outdated' : 'unreviewed');
  return states;
}

/**
 * After the user edits a target in the editor: fields whose text changed and that have no record
 * yet count as translated from the source as it is now. A field with a record keeps it, so fixing
 * a typo in a translation whose source has since changed does not hide that change.
 */
export function recordFreshTranslations(before: Listing, after: Listing, target: CopyLocale, source: CopyLocale, now: number): Listing {
  const sourceCopy = after.copy[source];
  const targetCopy = after.copy[target];
  if (source === target || !sourceCopy || !targetCopy) return after;
  const record = after.translations?.[target];
  const known = record?.source === source ? record.fields : {};
  const previous: Copy | undefined = before.copy[target];
  const fresh: Array<readonly [FieldKey, string]> = [];
  for (const key of comparedFields(sourceCopy, targetCopy)) {
    if (known[key]) continue;
    const text = readField(targetCopy, key) ?? '';
    if (text === '' || text === (readField(previous, key) ?? '')) continue;
    fresh.push([key, fieldHash(readField(sourceCopy, key) ?? '')]);
  }
  return fresh.length === 0 ? after : recordHashes(after, target, source, fresh, now);
}
