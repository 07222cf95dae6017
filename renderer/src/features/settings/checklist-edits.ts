import { AD_LAW_TERMS } from '@shared/rules/ad-law-terms';
import { MAX_CHECKLIST_TERMS, type ChecklistSettings } from '@shared/model/settings';

/*
 * Edits of the checklist settings as pure functions: the settings page turns clicks into the next
 * adTerms / brands value and sends that through settings:update. Terms compare trimmed and
 * case-insensitively, as effectiveAdTerms() does.
 */

type AdTerms = ChecklistSettings['adTerms'];

/** Longest term the settings schema accepts. */
export const MAX_TERM_LENGTH = 100;

const norm = (term: string) => term.trim().toLowerCase();
const BUILT_IN = new Set(AD_LAW_TERMS.map((t) => norm(t.term)));

export function isBuiltInTerm(term: string): boolean {
  return BUILT_IN.has(norm(term));
}

/** A built-in term is off when the user removed it and has not added it back. */
export function isBuiltInTermOff(adTerms: AdTerms, term: string): boolean {
  const key = norm(term);
  return adTerms.removed.some((r) => norm(r) === key) && !adTerms.added.some((a) => norm(a) === key);
}

/** Turns a built-in term off (into `removed`) or back on (out of `removed`, and out of `added` when turning off). */
export function toggleBuiltInTerm(adTerms: AdTerms, term: string): AdTerms {
  const key = norm(term);
  if (isBuiltInTermOff(adTerms, term)) return { added: adTerms.added, removed: adTerms.removed.filter((r) => norm(r) !== key) };
  return { added: adTerms.added.filter((a) => norm(a) !== key), removed: [...adTerms.removed.filter((r) => norm(r) !== key), term] };
}

/** Every built-in term on again; the user's own terms stay. */
export function enableAllBuiltIn(adTerms: AdTerms): AdTerms {
  return { added: adTerms.added, removed: [] };
}

export type TermNote = { kind: 'alreadyBuiltIn' | 'reenabled' | 'tooLong'; term: string } | { kind: 'tooMany' };

/**
 * The user's own list changed in the chip input (chips added or removed). Additions that are
 * built-in terms do not go into `added`: an active one is already checked, one the user turned off
 * is turned on again. Over-long terms are refused. Returns the next value and what to tell the user.
 */
export function applyOwnTerms(adTerms: AdTerms, next: readonly string[]): { adTerms: AdTerms; notes: TermNote[] } {
  const before = new Set(adTerms.added.map(norm));
  const notes: TermNote[] = [];
  let removed = adTerms.removed;
  const added: string[] = [];
  for (const raw of next) {
    const term = raw.trim();
    const key = norm(term);
    if (!term || added.some((a) => norm(a) === key)) continue;
    if (before.has(key)) {
      added.push(term);
      continue;
    }
    if (term.length > MAX_TERM_LENGTH) {
      notes.push({ kind: 'tooLong', term });
    } else if (isBuiltInTerm(term)) {
      const isOff = isBuiltInTermOff({ added: adTerms.added, removed }, term);
      if (isOff) removed = removed.filter((r) => norm(r) !== key);
      notes.push({ kind: isOff ? 'reenabled' : 'alreadyBuiltIn', term });
    } else if (added.length >= MAX_CHECKLIST_TERMS) {
      notes.push({ kind: 'tooMany' });
    } else {
      added.push(term);
    }
  }
  return { adTerms: { added, removed }, notes };
}

/** The brand list after a chip edit: trimmed, over-long names refused. */
export function applyBrands(next: readonly string[]): { brands: string[]; notes: TermNote[] } {
  const brands: string[] = [];
  const notes: TermNote[] = [];
  for (const raw of next) {
    const brand = raw.trim();
    if (!brand) continue;
    if (brand.length > MAX_TERM_LENGTH) notes.push({ kind: 'tooLong', term: brand });
    else if (brands.length >= MAX_CHECKLIST_TERMS) notes.push({ kind: 'tooMany' });
    else brands.push(brand);
  }
  return { brands, notes };
}

/** The margin field's text as a percentage the settings accept (0–95), or null when it is not one. */
export function parseMarginPercent(text: string): number | null {
  const trimmed = text.trim().replace(/[%％]$/, '').trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 && value <= 95 ? value : null;
}
