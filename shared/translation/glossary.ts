import type { CopyLocale } from '../model/ids';

/*
 * Glossary check: a term the source uses must appear in the target in its agreed translation
 * (纯棉 → "100% cotton", not "pure cotton"). An entry names the term and its form per locale; the
 * source form is the entry's form for the source locale, falling back to `term` (the glossary's
 * working language). A locale without a form sets no requirement.
 *
 * Matching is on NFKC-folded, lower-cased text, so full-width "ＵＳＢ", half-width katakana and title
 * case still match. Terms written in a spaced script match on word boundaries ("silk" is not in
 * "silky"); terms containing Han, kana or Hangul match as substrings, because those scripts do not
 * separate words (and Korean attaches particles to nouns). Inflections are not guessed: a glossary
 * that wants "dresses" to count lists that form.
 */

export interface GlossaryEntry {
  term: string;
  translations: Partial<Record<CopyLocale, string>>;
}

export interface GlossaryMiss {
  term: string;
  /** The form found in the source text. */
  found: string;
  /** The form the target should contain. */
  expected: string;
}

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function glossaryMisses(
  sourceText: string,
  targetText: string,
  glossary: readonly GlossaryEntry[],
  sourceLocale: CopyLocale,
  targetLocale: CopyLocale,
): GlossaryMiss[] {
  const source = fold(sourceText);
  const target = fold(targetText);
  const misses: GlossaryMiss[] = [];
  for (const entry of glossary) {
    const found = entry.translations[sourceLocale] ?? entry.term;
    const expected = entry.translations[targetLocale];
    if (!found.trim() || !expected?.trim()) continue;
    if (containsTerm(source, fold(found)) && !containsTerm(target, fold(expected))) {
      misses.push({ term: entry.term, found, expected });
    }
  }
  return misses;
}

/** Whether folded `text` contains folded `term` under the matching rule for the term's script. */
export function containsTerm(text: string, term: string): boolean {
  const needle = term.trim();
  if (!needle) return false;
  if (UNSPACED_SCRIPT.test(needle)) return text.includes(needle);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (isBoundary(text, at - 1) && isBoundary(text, at + needle.length)) return true;
  }
  return false;
}

/** A position is a boundary unless it holds a letter of a spaced script (so "USB接口" still has "USB"). */
function isBoundary(text: string, index: number): boolean {
  const char = charAt(text, index);
  return char === '' || !WORD_CHAR.test(char) || UNSPACED_SCRIPT.test(char);
}

/** The whole code point around a UTF-16 index, so an astral letter next to a term is seen as a letter. */
function charAt(text: string, index: number): string {
  if (index < 0 || index >= text.length) return '';
  const code = text.charCodeAt(index);
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) return text.slice(index - 1, index + 1);
  return String.fromCodePoint(text.codePointAt(index) ?? code);
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
