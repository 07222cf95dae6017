// Title length as channels count it (channel-rules.md §1.1, §5.1): Taobao/Tmall/Douyin count a
// CJK / full-width character as 2 units (30 汉字 = 60); Amazon/Shopify count characters, here
// grapheme clusters via Intl.Segmenter; 'utf8-bytes' for byte-limited fields. Pure: no DOM, no Node.
//
// Units are counted per grapheme cluster (what a user sees as one character), so a cut never splits
// one:
// - 'chars': 1 per grapheme (👍🏽 and the ZWJ family 👨‍👩‍👧 are 1 each).
// - 'cjk-double': 2 for a wide grapheme, else 1. Wide = East Asian Wide/Fullwidth: Hangul Jamo
//   leading consonants and syllables, CJK radicals/punctuation (、。「」), kana, CJK ideographs incl.
//   extension A and B+ (planes 2–3), compatibility ideographs, vertical/compat/small forms,
//   full-width forms FF01–FF60 and FFE0–FFE6 — and emoji: an emoji is rendered full-width, so an
//   emoji grapheme (Emoji_Presentation, or a pictograph/keycap made emoji by U+FE0F) counts 2, once
//   per grapheme however many code points it has (👍🏽 = 2, 👨‍👩‍👧 = 2). Combining marks add nothing
//   (e + U+0301 = 1). Taobao and Douyin reject emoji in titles anyway; this only keeps the count
//   sensible for the warning.
// - 'utf8-bytes': UTF-8 bytes of all code points; cuts still fall on grapheme boundaries.
//
// Fast path: when the text has no character that can join a grapheme with its neighbour (surrogate
// pairs, combining marks, ZWJ/ZWNJ, variation selectors, conjoining Hangul jamo, CR, prepended
// concatenation marks, Thai/Lao SARA AM, half-width kana voicing marks), every UTF-16 code unit is
// its own grapheme and we iterate code units; otherwise Intl.Segmenter (grapheme) decides.
export type TitleUnit = 'cjk-double' | 'chars' | 'utf8-bytes';

/** Characters after which (or before which) a grapheme may span more than one code unit. */
const NEEDS_SEGMENTER =
  /\u200D|[\r\p{M}\u200C\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u0E33\u0EB3\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uFF9E\uFF9F\uD800-\uDFFF\u{10000}-\u{10FFFF}]/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;
const EMOJI_BY_SELECTOR = /^(?:\p{Extended_Pictographic}|[#*0-9])\uFE0F/u;

let graphemes: Intl.Segmenter | undefined;

function isWideCodePoint(c: number): boolean {
  if (c < 0x1100) return false;
  if (c <= 0x115f) return true; // Hangul Jamo leading consonants
  if (c < 0x231a) return false;
  if (c < 0x2e80) return c <= 0x2b55 && EMOJI_PRESENTATION.test(String.fromCharCode(c)); // ⌚ ☕ ⭐ …
  if (c <= 0x303e) return true; // CJK radicals, Kangxi, ideographic description, CJK symbols & punctuation
  if (c < 0x3041) return false;
  if (c <= 0x33ff) return true; // kana, Bopomofo, Hangul compatibility jamo, Kanbun, enclosed CJK, CJK compatibility
  if (c <= 0x4dbf) return true; // CJK extension A
  if (c < 0x4e00) return false; // Yijing hexagram symbols are not wide
  if (c <= 0xa4cf) return true; // CJK unified ideographs, Yi
  if (c >= 0xa960 && c <= 0xa97f) return true; // Hangul Jamo extended-A
  if (c >= 0xac00 && c <= 0xd7a3) return true; // Hangul syllables
  if (c >= 0xf900 && c <= 0xfaff) return true; // CJK compatibility ideographs
  if (c >= 0xfe10 && c <= 0xfe19) return true; // vertical forms
  if (c >= 0xfe30 && c <= 0xfe6f) return true; // CJK compatibility forms, small form variants
  if (c >= 0xff01 && c <= 0xff60) return true; // full-width forms
  if (c >= 0xffe0 && c <= 0xffe6) return true; // full-width signs ￠￡￥
  if (c < 0x10000) return false;
  if (c >= 0x1b000 && c <= 0x1b2ff) return true; // kana supplement / extended
  if (c >= 0x20000 && c <= 0x3fffd) return true; // CJK extension B and later (planes 2 and 3)
  return c >= 0x1f000 && c <= 0x1faff && EMOJI_PRESENTATION.test(String.fromCodePoint(c)); // 😀 👍 🇨🇳 …
}

function utf8Bytes(c: number): number {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** Units of one code unit when it is a whole grapheme (fast path: BMP, no joiners). */
function unitsOfCodeUnit(c: number, unit: TitleUnit): number {
  if (unit === 'chars') return 1;
  if (unit === 'utf8-bytes') return utf8Bytes(c);
  return isWideCodePoint(c) ? 2 : 1;
}

function unitsOfGrapheme(grapheme: string, unit: TitleUnit): number {
  if (unit === 'chars') return 1;
  if (unit === 'utf8-bytes') {
    let bytes = 0;
    for (const cp of grapheme) bytes += utf8Bytes(cp.codePointAt(0) ?? 0);
    return bytes;
  }
  for (const cp of grapheme) if (isWideCodePoint(cp.codePointAt(0) ?? 0)) return 2;
  return EMOJI_BY_SELECTOR.test(grapheme) ? 2 : 1;
}

/** A title measured in one unit; cutIndex(limit) is the UTF-16 index where a channel cuts it. */
export interface MeasuredTitle {
  readonly used: number;
  cutIndex(limit: number): number;
}

// Classes rather than closures: the checklist measures every title of a catalog in every unit.
class CodeUnitMeasure implements MeasuredTitle {
  readonly used: number;
  constructor(
    private readonly text: string,
    private readonly unit: TitleUnit,
  ) {
    let used = 0;
    for (let i = 0; i < text.length; i++) used += unitsOfCodeUnit(text.charCodeAt(i), unit);
    this.used = used;
  }

  cutIndex(limit: number): number {
    const { text, unit } = this;
    if (this.used <= limit) return text.length;
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      total += unitsOfCodeUnit(text.charCodeAt(i), unit);
      if (total > limit) return i;
    }
    return text.length;
  }
}

/** The general path: grapheme clusters from Intl.Segmenter. */
class GraphemeMeasure implements MeasuredTitle {
  readonly used: number;
  private readonly parts: string[] = [];
  private readonly units: number[] = [];
  constructor(text: string, unit: TitleUnit) {
    graphemes ??= new Intl.Segmenter('zh', { granularity: 'grapheme' });
    let used = 0;
    for (const s of graphemes.segment(text)) {
      const n = unitsOfGrapheme(s.segment, unit);
      this.parts.push(s.segment);
      this.units.push(n);
      used += n;
    }
    this.used = used;
  }

  cutIndex(limit: number): number {
    let total = 0;
    let index = 0;
    for (let i = 0; i < this.parts.length; i++) {
      total += this.units[i] ?? 0;
      if (total > limit) return index;
      index += this.parts[i]?.length ?? 0;
    }
    return index;
  }
}

export function measureTitle(text: string, unit: TitleUnit): MeasuredTitle {
  return NEEDS_SEGMENTER.test(text) ? new GraphemeMeasure(text, unit) : new CodeUnitMeasure(text, unit);
}
