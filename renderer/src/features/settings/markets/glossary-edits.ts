import { COPY_LOCALES, type CopyLocale } from '@shared/model/ids';
import { MAX_GLOSSARY_ENTRIES } from '@shared/model/settings';
import type { GlossaryEntry } from '@shared/translation/glossary';

/*
 * Edits of the glossary as pure functions: the Glossary card edits a full copy of the list and
 * saves it whole once every row is valid.
 */

/** The schema's limit for a term and for each of its forms (shared/model/settings.ts). */
export const MAX_GLOSSARY_TEXT = 100;

export type GlossaryIssue =
  | { index: number; field: 'term'; code: 'termEmpty' | 'termDuplicate' | 'tooLong' }
  | { index: number; field: CopyLocale; code: 'tooLong' }
  | { index: -1; field: 'list'; code: 'tooMany' };

const norm = (text: string) => text.trim().normalize('NFKC').toLowerCase();

/** Empty or repeated terms (compared as the glossary check compares them), over-long text, too many rows. */
export function validateGlossary(entries: readonly GlossaryEntry[]): GlossaryIssue[] {
  const issues: GlossaryIssue[] = [];
  if (entries.length > MAX_GLOSSARY_ENTRIES) issues.push({ index: -1, field: 'list', code: 'tooMany' });
  entries.forEach((entry, index) => {
    const term = entry.term.trim();
    if (term === '') issues.push({ index, field: 'term', code: 'termEmpty' });
    else if (term.length > MAX_GLOSSARY_TEXT) issues.push({ index, field: 'term', code: 'tooLong' });
    else if (entries.slice(0, index).some((e) => norm(e.term) === norm(term))) issues.push({ index, field: 'term', code: 'termDuplicate' });
    for (const locale of COPY_LOCALES) {
      const text = entry.translations[locale];
      if (text !== undefined && text.trim().length > MAX_GLOSSARY_TEXT) issues.push({ index, field: locale, code: 'tooLong' });
    }
  });
  return issues;
}

/** A form typed for one locale; an emptied form is dropped rather than stored as ''. */
export function setTranslation(entry: GlossaryEntry, locale: CopyLocale, text: string): GlossaryEntry {
  const { [locale]: _old, ...others } = entry.translations;
  return { ...entry, translations: text === '' ? others : { ...entry.translations, [locale]: text } };
}

/** The list as saved: text trimmed, empty forms dropped. Forms for locales no market uses now are kept. */
export function cleanGlossary(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return entries.map((entry) => {
    const translations: GlossaryEntry['translations'] = {};
    for (const locale of COPY_LOCALES) {
      const trimmed = entry.translations[locale]?.trim() ?? '';
      if (trimmed !== '') translations[locale] = trimmed;
    }
    return { term: entry.term.trim(), translations };
  });
}
