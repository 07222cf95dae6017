import { afterEach, describe, expect, it, vi } from 'vitest';
import { measureTitle, type TitleUnit } from '../../../../shared/checklist/title-units';

afterEach(() => {
  vi.restoreAllMocks();
});

const FAMILY = '👨\u200D👩\u200D👧'; // 3 emoji joined by 2 ZWJ: 8 UTF-16 code units
const THUMB = '👍🏽'; // thumbs up + skin tone modifier: 4 code units

describe('measureTitle', () => {
  it('Taobao: 30 汉字 = 60 passes, 61 fails', () => {
    expect(measureTitle('羊'.repeat(30), 'cjk-double').used).toBe(60);
    expect(measureTitle('羊'.repeat(30) + 'a', 'cjk-double').used).toBe(61);
    expect(measureTitle('羊'.repeat(31), 'cjk-double').cutIndex(60)).toBe(30);
    expect(measureTitle('羊'.repeat(29) + 'ab', 'cjk-double').cutIndex(60)).toBe(31);
    expect(measureTitle('羊'.repeat(29) + 'ab', 'cjk-double').cutIndex(59)).toBe(30);
    expect(measureTitle('羊'.repeat(30), 'cjk-double').cutIndex(60)).toBe(30);
  });
  it('mixed Chinese and ASCII', () => {
    expect(measureTitle('2026新款 T恤', 'cjk-double').used).toBe(12);
    expect(measureTitle('2026新款 Dress', 'cjk-double').used).toBe(4 + 4 + 1 + 5);
    expect(measureTitle('2026新款 Dress', 'chars').used).toBe(12);
    expect(measureTitle('2026新款 Dress', 'cjk-double').cutIndex(7)).toBe(5); // 2026新 = 6, 款 would make 8
  });
  it('counts CJK punctuation, full-width forms, kana, Hangul and extension B as wide', () => {
    expect(measureTitle('、。「」', 'cjk-double').used).toBe(8);
    expect(measureTitle('ＡＢ！～', 'cjk-double').used).toBe(8); // FF21 FF22 FF01 FF5E
    expect(measureTitle('￥￡', 'cjk-double').used).toBe(4); // FFE5 FFE1
    expect(measureTitle('カナかな한글', 'cjk-double').used).toBe(12);
    expect(measureTitle('𠀀𪚥', 'cjk-double').used).toBe(4); // U+20000, U+2A6A5 (surrogate pairs)
    expect(measureTitle('ｶﾅ', 'cjk-double').used).toBe(2); // half-width katakana is narrow
    expect(measureTitle('é·–…', 'cjk-double').used).toBe(4);
  });
  it('counts an emoji grapheme as 2 in cjk-double, 1 in chars', () => {
    expect(measureTitle('😀', 'cjk-double').used).toBe(2);
    expect(measureTitle(THUMB, 'cjk-double').used).toBe(2);
    expect(measureTitle(FAMILY, 'cjk-double').used).toBe(2);
    expect(measureTitle('☕⭐', 'cjk-double').used).toBe(4); // BMP emoji-presentation characters
    expect(measureTitle('❤', 'cjk-double').used).toBe(1); // text presentation…
    expect(measureTitle('❤\uFE0F', 'cjk-double').used).toBe(2); // …made emoji by VS16
    expect(measureTitle('1\uFE0F\u20E3', 'cjk-double').used).toBe(2); // keycap 1️⃣
    expect(measureTitle('©', 'cjk-double').used).toBe(1);
    expect(measureTitle('e\u0301', 'cjk-double').used).toBe(1); // combining marks add nothing
    expect(measureTitle(`a${THUMB}${FAMILY}b`, 'chars').used).toBe(4);
    expect(measureTitle('e\u0301', 'chars').used).toBe(1);
  });
  it('never cuts inside a grapheme', () => {
    expect(measureTitle('ab😀c', 'chars').cutIndex(3)).toBe(4);
    expect(measureTitle('ab😀c', 'chars').cutIndex(2)).toBe(2);
    const text = `ab${FAMILY}${THUMB}c`;
    const m = measureTitle(text, 'chars');
    expect(m.used).toBe(5);
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => m.cutIndex(n))).toEqual([0, 1, 2, 10, 14, 15, 15]);
    const wide = measureTitle(text, 'cjk-double');
    expect(wide.used).toBe(7);
    expect([2, 3, 4, 5, 6, 7].map((n) => wide.cutIndex(n))).toEqual([2, 2, 10, 10, 14, 15]);
  });
  it('counts UTF-8 bytes and cuts on grapheme boundaries', () => {
    expect(measureTitle('aé羊😀', 'utf8-bytes').used).toBe(1 + 2 + 3 + 4);
    expect(measureTitle('羊毛衫', 'utf8-bytes').used).toBe(9);
    expect(measureTitle('羊毛衫', 'utf8-bytes').cutIndex(8)).toBe(2);
    expect(measureTitle(THUMB, 'utf8-bytes').used).toBe(8);
    expect(measureTitle(FAMILY, 'utf8-bytes').used).toBe(3 * 4 + 2 * 3);
    expect(measureTitle(`a${FAMILY}`, 'utf8-bytes').cutIndex(17)).toBe(1);
    expect(measureTitle(`a${FAMILY}`, 'utf8-bytes').cutIndex(19)).toBe(9);
    expect(measureTitle('e\u0301x', 'utf8-bytes').cutIndex(2)).toBe(0);
  });
  it('treats CR LF as one grapheme', () => {
    expect(measureTitle('a\r\nb', 'chars').used).toBe(3);
    expect(measureTitle('a\r\nb', 'chars').cutIndex(1)).toBe(1);
    expect(measureTitle('a\r\nb', 'chars').cutIndex(2)).toBe(3);
  });

  it('fast path (no Intl.Segmenter) equals the segmented path', () => {
    const corpus = [
      '',
      'Floral Chiffon Midi Dress for Women, Waisted Slim Fit French Style Spring 2026 New',
      '2026春季新款法式碎花连衣裙女收腰显瘦中长款雪纺裙子 最新款',
      '【包邮】韩版ins风宽松T恤女，纯棉100%！～￥99',
      'ＡＢＣ１２３ｶﾅ·–—…“”‘’',
      '☕⭐⌚ © ® ™ ❤ ★ ☆ ♥',
      '한국어 상품명 カタカナ ひらがな',
      'ภาษาไทย Tiếng Việt Ελληνικά Русский',
      'tab\there\nnew line',
      '\u3000全角空格\u3000',
    ];
    const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    // U+20000 (a surrogate pair, 2 units wide) forces the segmented path without joining anything.
    const units: Record<TitleUnit, number> = { 'cjk-double': 2, chars: 1, 'utf8-bytes': 4 };
    for (const text of corpus) {
      for (const unit of ['cjk-double', 'chars', 'utf8-bytes'] as const) {
        spy.mockClear();
        const fast = measureTitle(text, unit);
        expect(spy).toHaveBeenCalledTimes(0);
        const slow = measureTitle(`${text}\u{20000}`, unit);
        expect(spy).toHaveBeenCalledTimes(1);
        expect(slow.used - units[unit]).toBe(fast.used);
        for (let limit = 0; limit <= fast.used; limit++) expect(slow.cutIndex(limit)).toBe(fast.cutIndex(limit));
      }
    }
    expect(measureTitle(corpus[2] ?? '', 'cjk-double').used).toBe(4 + 2 * 23 + 1 + 6);
  });
});
