// Text checks for listing titles: banned / advertising-law term matching (channel-rules.md §8) and
// repeated-word detection (Amazon title rule, channel-rules.md §5.1). Pure: no DOM, no Node.
//
// Both run for every listing × locale × channel in the catalog benchmark, so they avoid
// Intl.Segmenter (~15 µs per title) on the common path: findTerms scans with one compiled RegExp
// and segments only to confirm a single-character CJK term; repeatedWords splits Latin text with a
// RegExp that reproduces ICU's word rules for that character set, and finds CJK repeats without
// segmenting at all (see repeatedWords).

export interface TermHit { term: string; index: number; length: number }
export interface RepeatedWord { word: string; count: number }

let wordSegmenter: Intl.Segmenter | undefined;
function words(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return wordSegmenter;
}

// ---------------------------------------------------------------------------------------------
// findTerms
// ---------------------------------------------------------------------------------------------

const CJK_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A letter, digit or mark that continues a Latin-style word (CJK letters do not). */
const WORD_CHAR = String.raw`(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])[\p{L}\p{N}\p{M}])`;

interface TrieNode { children: Map<string, TrieNode>; term?: string }
interface CompiledTerms { scanner: RegExp; byKey: Map<string, string>; singleCjk: Set<string>; terms: string[] }

const compiled = new WeakMap<readonly string[], CompiledTerms>();

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** An edge character that must sit at a word boundary: a letter or digit that is not CJK. */
function isWordEdge(ch: string): boolean {
  return LETTER_OR_DIGIT.test(ch) && !CJK_SCRIPT.test(ch);
}

/**
 * RegExp source for a trie node: children first (so the longest term wins at a start), the end of
 * a term last, guarded by a look-ahead when the term ends in a Latin letter or digit.
 */
function nodeSource(node: TrieNode, lastChar: string): string {
  const alternatives: string[] = [];
  for (const [ch, child] of node.children) alternatives.push(escapeRegExp(ch) + nodeSource(child, ch));
  if (node.term !== undefined) alternatives.push(isWordEdge(lastChar) ? `(?!${WORD_CHAR})` : '');
  if (alternatives.length === 1) return alternatives[0] ?? '';
  return `(?:${alternatives.join('|')})`;
}

function compile(termList: readonly string[]): CompiledTerms {
  const cached = compiled.get(termList);
  if (cached) return cached;
  const root: TrieNode = { children: new Map() };
  const byKey = new Map<string, string>();
  const singleCjk = new Set<string>();
  const terms: string[] = [];
  for (const raw of termList) {
    const term = raw.trim();
    const key = term.toLowerCase();
    if (!term || byKey.has(key)) continue;
    byKey.set(key, term);
    terms.push(term);
    const chars = [...key];
    if (chars.length === 1 && CJK_SCRIPT.test(key)) singleCjk.add(key);
    let node = root;
    for (const ch of chars) {
      let next = node.children.get(ch);
      if (!next) {
        next = { children: new Map() };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.term = term;
  }
  const starts: string[] = [];
  for (const [ch, child] of root.children) {
    const body = escapeRegExp(ch) + nodeSource(child, ch);
    starts.push(isWordEdge(ch) ? `(?<!${WORD_CHAR})${body}` : body);
  }
  // (?!) never matches: an empty list scans nothing.
  const scanner = new RegExp(starts.length ? starts.join('|') : '(?!)', 'giu');
  const result = { scanner, byKey, singleCjk, terms };
  compiled.set(termList, result);
  return result;
}

/** The list term a case-insensitive match stands for. */
function termOf(c: CompiledTerms, matched: string): string {
  const direct = c.byKey.get(matched.toLowerCase());
  if (direct !== undefined) return direct;
  // Case folding the RegExp knows but toLowerCase does not (e.g. ſ / s): find it the slow way.
  return c.terms.find((t) => new RegExp(`^${escapeRegExp(t.toLowerCase())}$`, 'iu').test(matched)) ?? matched;
}

/**
 * Every occurrence of any of `terms` in `text`, case-insensitive, in text order; when hits overlap
 * at the same start, only the longest term is reported (hits at different starts are all reported,
 * so 销量第一 inside 全网销量第一 is a second hit).
 *
 * Word rules — this is a keyword / banned-word matcher, so terms match as words:
 * - A term edge that is a letter or digit outside CJK scripts (best, TOP1, 5A) must be at a word
 *   boundary: not next to another such letter/digit (or a combining mark). So "best" does not match
 *   in "bestow" and "TOP1" not in "TOP10", while "NO.1" matches in "NO.1产品" and "100%" in
 *   "100%纯棉" (CJK neighbours and punctuation are boundaries).
 * - CJK edges match anywhere: ICU's dictionary segmentation splits product words unpredictably
 *   (碎花连衣裙 → 碎|花|连|衣裙, even a lone 连衣裙 → 连|衣裙), so 连衣裙 must be found by substring.
 * - Exception: a single-character CJK term (最) only matches where Intl.Segmenter (word, 'zh')
 *   puts a word start; the segmenter runs only when such a candidate is found.
 * The term list is compiled once per array (WeakMap on its identity) into one RegExp built from a
 * trie of the lower-cased terms, so pass the same array every time.
 */
export function findTerms(text: string, terms: readonly string[]): TermHit[] {
  const c = compile(terms);
  const hits: TermHit[] = [];
  if (!text) return hits;
  const scanner = c.scanner;
  scanner.lastIndex = 0;
  let segments: Intl.Segments | undefined;
  for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
    const index = m.index;
    const matched = m[0];
    const first = text.codePointAt(index) ?? 0;
    scanner.lastIndex = index + (first > 0xffff ? 2 : 1); // next start; overlapping later starts count
    if (c.singleCjk.size > 0 && c.singleCjk.has(matched.toLowerCase())) {
      segments ??= words().segment(text);
      if (segments.containing(index)?.index !== index) continue;
    }
    hits.push({ term: termOf(c, matched), index, length: matched.length });
  }
  return hits;
}

/**
 * The first occurrence of one term under the same word rules as findTerms, without compiling a
 * RegExp: for short lists that differ per listing (target keywords), where compiling would cost
 * more than the search. `lowerText` is text.toLowerCase(), passed so a caller can reuse it.
 */
export function findTerm(text: string, term: string, lowerText: string = text.toLowerCase()): TermHit | undefined {
  const needle = term.trim().toLowerCase();
  if (!needle || !text) return undefined;
  // Lower-casing changed lengths (e.g. İ): offsets would not line up, so take the general path.
  if (lowerText.length !== text.length || [...needle].length === 1) return findTerms(text, [term.trim()])[0];
  const firstEdge = isWordEdge(needle.charAt(0));
  const lastEdge = isWordEdge(needle.charAt(needle.length - 1));
  for (let at = lowerText.indexOf(needle); at !== -1; at = lowerText.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (firstEdge && at > 0 && isWordChar(lowerText.charAt(at - 1))) continue;
    if (lastEdge && end < lowerText.length && isWordChar(lowerText.charAt(end))) continue;
    return { term: term.trim(), index: at, length: needle.length };
  }
  return undefined;
}

const WORD_CHAR_TEST = new RegExp(`^${WORD_CHAR}$`, 'u');
function isWordChar(ch: string): boolean {
  return WORD_CHAR_TEST.test(ch);
}

// ---------------------------------------------------------------------------------------------
// repeatedWords
// ---------------------------------------------------------------------------------------------

/** Articles, prepositions and conjunctions (Amazon exempts them) and Chinese particles. */
const STOP_WORDS = new Set([
  'a', 'an', 'the',
  'and', 'or', 'but', 'nor', 'so', 'yet', '&', 'plus',
  'for', 'with', 'without', 'of', 'in', 'on', 'at', 'to', 'by', 'from', 'as', 'into', 'onto', 'per', 'vs',
  'via', 'up', 'off', 'out', 'over', 'under', 'about', 'than', 'x',
  '的', '和', '与', '及', '或', '之', '以及', '或者',
]);

/*
 * Latin fast path. For text made only of the characters below, this RegExp yields exactly ICU's
 * word-like segments (UAX #29 word rules as ICU applies them; checked against Intl.Segmenter in
 * test/unit/shared/checklist/text.test.ts): runs of letters, digits and connector punctuation
 * (ExtendNumLet: _ ‿ ⁀ ⁔ and U+202F), with a MidLetter / MidNumLet (' . · : ‘ ’ ․ ‧) only between
 * two letters and a MidNum / MidNumLet (, ; ⁄ ' . ‘ ’ ․) only between two digits.
 */
const SIMPLE_TEXT = /^[\t\n\v\f\r\u0020-\u007E\u00A0-\u00AC\u00AE-\u00B7\u00B9-\u024F\u2010-\u2027\u202F-\u205E]*$/;
const L = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
const LATIN_WORD = new RegExp(
  String.raw`[${L}0-9_\u202F\u203F\u2040\u2054](?:[${L}0-9_\u202F\u203F\u2040\u2054]|(?<=[${L}])[.'\u00B7:\u2018\u2019\u2024\u2027](?=[${L}])|(?<=[0-9])[.',;\u2018\u2019\u2024\u2044](?=[0-9]))*`,
  'g',
);

/** CJK characters that form dictionary words: Han (incl. 々〆〇, Hangzhou numerals) and Hiragana. */
function isCjkLetter(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
    || (c >= 0x3041 && c <= 0x3096) || (c >= 0x309d && c <= 0x309f)
    || (c >= 0x3005 && c <= 0x3007) || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3038 && c <= 0x303b)
    || (c >= 0x20000 && c <= 0x3fffd);
}

/** CJK / full-width punctuation that never joins a Latin word (so the Latin RegExp stays exact). */
function isCjkSeparator(c: number): boolean {
  return (c >= 0x3000 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c === 0x3030
    || (c >= 0xff01 && c <= 0xff06) || (c >= 0xff08 && c <= 0xff0b) || c === 0xff0d || c === 0xff0f
    || (c >= 0xff1c && c <= 0xff20) || (c >= 0xff3b && c <= 0xff3e) || c === 0xff40
    || (c >= 0xff5b && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);
}

const HAS_LETTER = /\p{L}/u;
const SINGLE_CJK = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]$/u;

interface Tally { count: number; first: number }

function countWord(tally: Map<string, Tally>, segment: string, index: number): void {
  const word = segment.toLowerCase();
  if (STOP_WORDS.has(word) || !HAS_LETTER.test(word) || SINGLE_CJK.test(word)) return;
  const t = tally.get(word);
  if (t) t.count++;
  else tally.set(word, { count: 1, first: index });
}

/** A run of CJK letters: its code points and their string indices. */
interface Run { chars: string[]; at: number[] }

/**
 * CJK substrings of ≥ 2 characters used more than maxRepeats times (non-overlapping), keeping only
 * the maximal ones (连衣 and 衣裙 are dropped when 连衣裙 has the same count). Grows from repeated
 * bigrams, so the common case (no bigram repeated) costs one pass.
 */
function repeatedCjk(runs: readonly Run[], maxRepeats: number, out: Map<string, Tally>): void {
  type Occ = { run: number; offset: number };
  let current = new Map<string, Occ[]>();
  runs.forEach((r, run) => {
    for (let offset = 0; offset + 1 < r.chars.length; offset++) {
      const gram = (r.chars[offset] ?? '') + (r.chars[offset + 1] ?? '');
      const list = current.get(gram);
      if (list) list.push({ run, offset });
      else current.set(gram, [{ run, offset }]);
    }
  });
  const found: { gram: string; n: number; count: number; first: number }[] = [];
  for (let n = 2; current.size > 0; n++) {
    const next = new Map<string, Occ[]>();
    for (const [gram, occs] of current) {
      // Non-overlapping count: occurrences are in text order; skip ones inside the previous one.
      let count = 0;
      let lastRun = -1;
      let lastEnd = 0;
      for (const o of occs) {
        if (o.run !== lastRun || o.offset >= lastEnd) {
          count++;
          lastRun = o.run;
          lastEnd = o.offset + n;
        }
      }
      if (count <= maxRepeats) continue;
      const firstOcc = occs[0];
      found.push({ gram, n, count, first: firstOcc ? (runs[firstOcc.run]?.at[firstOcc.offset] ?? 0) : 0 });
      for (const o of occs) {
        const ch = runs[o.run]?.chars[o.offset + n];
        if (ch === undefined) continue;
        const longer = gram + ch;
        const list = next.get(longer);
        if (list) list.push(o);
        else next.set(longer, [o]);
      }
    }
    current = next;
  }
  for (const f of found) {
    if (STOP_WORDS.has(f.gram)) continue;
    const subsumed = found.some((g) => g.n > f.n && g.count === f.count && g.gram.includes(f.gram));
    if (!subsumed) out.set(f.gram, { count: f.count, first: f.first });
  }
}

/**
 * Words used more than `maxRepeats` times in a title (Amazon: "no word more than twice, except
 * prepositions, articles, conjunctions", channel-rules.md §5.1), case-insensitive (reported
 * lower-cased), in order of first use. Ignored: stop words (English articles, prepositions,
 * conjunctions; Chinese particles 的 和 与 及 或 之), words without a letter (pure numbers), and
 * single-character CJK words.
 *
 * Words are ICU word-like segments (Intl.Segmenter, granularity 'word'), except:
 * - Latin-only text (see SIMPLE_TEXT) is split with LATIN_WORD, which gives the same words.
 * - CJK: ICU's segmentation of Chinese product words is unreliable (连衣裙 comes out as 连|衣裙 even
 *   on its own), so CJK "words" are the maximal CJK substrings of ≥ 2 characters used more than
 *   maxRepeats times ("连衣裙 连衣裙 连衣裙 夏季" → 连衣裙 ×3). Every such word contains a CJK
 *   bigram used as often, so a title with no repeated bigram needs no more work, and the segmenter
 *   only runs when the non-CJK part has characters outside the Latin set.
 */
export function repeatedWords(text: string, maxRepeats = 2): RepeatedWord[] {
  const tally = new Map<string, Tally>();
  let runs: Run[] | undefined;
  let simple = true;
  let current: Run | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i) ?? 0;
    const wide = c > 0xffff;
    if (isCjkLetter(c)) {
      if (!current) {
        current = { chars: [], at: [] };
        (runs ??= []).push(current);
      }
      current.chars.push(wide ? String.fromCodePoint(c) : text.charAt(i));
      current.at.push(i);
    } else {
      current = undefined;
      if (simple && c > 0x7e && !isCjkSeparator(c) && !SIMPLE_TEXT.test(String.fromCodePoint(c))) simple = false;
    }
    if (wide) i++;
  }

  if (simple) {
    LATIN_WORD.lastIndex = 0;
    for (let m = LATIN_WORD.exec(text); m !== null; m = LATIN_WORD.exec(text)) countWord(tally, m[0], m.index);
  } else {
    for (const s of words().segment(text)) {
      if (!s.isWordLike) continue;
      let hasCjk = false;
      for (const ch of s.segment) if (isCjkLetter(ch.codePointAt(0) ?? 0)) hasCjk = true;
      if (!hasCjk) countWord(tally, s.segment, s.index);
    }
  }
  for (const [word, t] of tally) if (t.count <= maxRepeats) tally.delete(word);
  if (runs) repeatedCjk(runs, maxRepeats, tally);

  return [...tally.entries()]
    .sort((a, b) => a[1].first - b[1].first)
    .map(([word, t]) => ({ word, count: t.count }));
}
