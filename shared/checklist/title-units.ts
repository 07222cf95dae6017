// Title length as channels count it (channel-rules.md §1.1, §5.1): Taobao/Tmall/Douyin count a
// CJK / full-width character as 2 units (30 汉字 = 60); Amazon/Shopify count characters, here
// grapheme clusters via Intl.Segmenter; 'utf8-bytes' for byte-limited fields. Pure: no DOM, no Node.
export type TitleUnit = 'cjk-double' | 'chars' | 'utf8-bytes';

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

function unitsOf(grapheme: string, unit: TitleUnit): number {
  if (unit === 'chars') return 1;
  if (unit === 'utf8-bytes') {
    let bytes = 0;
    for (const cp of grapheme) {
      const c = cp.codePointAt(0) ?? 0;
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return bytes;
  }
  let n = 0;
  for (const cp of grapheme) n += WIDE.test(cp) ? 2 : 1;
  return n;
}

export function measureTitle(text: string, unit: TitleUnit): { used: number; cutIndex: (limit: number) => number } {
  const parts = [...new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  const used = parts.reduce((sum, g) => sum + unitsOf(g, unit), 0);
  return {
    used,
    cutIndex: (limit: number) => {
      let total = 0;
      let index = 0;
      for (const g of parts) {
        total += unitsOf(g, unit);
        if (total > limit) return index;
        index += g.length;
      }
      return index;
    },
  };
}
