import type { CopyLocale } from '../model/ids';
import { isSupportedLocale, parseHeader, targetKey, type ColumnTarget } from './template';

/*
 * The column mapping the app shows before an import: every header with what it will fill. The
 * suggestion comes from the template's alias table; the person may change any target (or set it to
 * ignore) and pass the edited list to rowsToListings.
 */

export interface ColumnMapping {
  /** 0-based column index in the sheet. */
  index: number;
  /** Header text as written in the file. */
  header: string;
  target: ColumnTarget;
}

export interface MappingSuggestion {
  columns: ColumnMapping[];
  /** Non-blank headers that match nothing in the template (mapped to ignore). */
  unknown: string[];
  /** Headers that fill a field an earlier column already fills (mapped to ignore). */
  duplicates: string[];
  /** Copy columns for a locale we do not carry; rows with text there are import.unknownLocale errors. */
  unknownLocales: string[];
}

export function suggestMapping(headers: readonly string[], options: { defaultLocale?: CopyLocale } = {}): MappingSuggestion {
  const suggestion: MappingSuggestion = { columns: [], unknown: [], duplicates: [], unknownLocales: [] };
  const seen = new Set<string>();
  headers.forEach((header, index) => {
    let target = parseHeader(header, options.defaultLocale);
    if (target.kind === 'ignore') {
      // Blank headers are the spare columns every spreadsheet has; only named ones are worth a word.
      if (header.trim() !== '') suggestion.unknown.push(header);
    } else if (seen.has(targetKey(target))) {
      suggestion.duplicates.push(header);
      target = { kind: 'ignore' };
    } else {
      seen.add(targetKey(target));
      if (target.kind === 'copy' && !isSupportedLocale(target.locale)) suggestion.unknownLocales.push(header);
    }
    suggestion.columns.push({ index, header, target });
  });
  return suggestion;
}

/** True when at least one column maps to something: otherwise the first row is probably not a header. */
export function hasKnownColumn(columns: readonly ColumnMapping[]): boolean {
  return columns.some((c) => c.target.kind !== 'ignore');
}
