import { afterEach, describe, expect, it, vi } from 'vitest';
import { findTerms, repeatedWords } from '@shared/checklist/text';
import { AD_LAW_TERMS } from '@shared/rules/ad-law-terms';

const AD_TERMS = AD_LAW_TERMS.map((t) => t.term);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('findTerms', () => {
  it('flags one term of each category in a realistic Chinese title, in text order', () => {
    const title = '2026新款 国家级工艺 最佳选择 全网首发 完美版型 100%纯棉 碎花连衣裙';
    expect(findTerms(title, AD_TERMS)).toEqual([
      { term: '国家级', index: 7, length: 3 }, // grade (not 国家级产品: 工艺 follows)
      { term: '最佳', index: 13, length: 2 }, // superlative; 最 at the same start is not reported
      { term: '全网首发', index: 18, length: 4 }, // first
      { term: '首发', index: 20, length: 2 }, // a shorter term at a later start is its own hit
      { term: '完美', index: 23, length: 2 }, // absolute
      { term: '100%', index: 28, length: 4 }, // platform-risk
    ]);
  });

  it('matches Latin terms as whole words, case-insensitively', () => {
    expect(findTerms('Bestow the BEST gift', ['best'])).toEqual([{ term: 'best', index: 11, length: 4 }]);
    expect(findTerms('bestow bestseller', ['best'])).toEqual([]);
    expect(findTerms('TOP10 热卖', ['TOP1'])).toEqual([]);
    expect(findTerms('热卖TOP1榜单', ['TOP1'])).toEqual([{ term: 'TOP1', index: 2, length: 4 }]);
    expect(findTerms('NO.1产品', ['NO.1'])).toEqual([{ term: 'NO.1', index: 0, length: 4 }]);
    expect(findTerms('no.1 choice, NO.12 size', ['NO.1'])).toEqual([{ term: 'NO.1', index: 0, length: 4 }]);
    expect(findTerms('100%纯棉', ['100%'])).toEqual([{ term: '100%', index: 0, length: 4 }]);
    expect(findTerms('1100%纯棉', ['100%'])).toEqual([]);
    expect(findTerms('5A级景区同款', ['5A'])).toEqual([{ term: '5A', index: 0, length: 2 }]);
  });

  it('finds CJK terms inside longer words (ICU splits 碎花连衣裙 as 碎|花|连|衣裙)', () => {
    expect(findTerms('碎花连衣裙', ['连衣裙'])).toEqual([{ term: '连衣裙', index: 2, length: 3 }]);
  });

  it('reports only the longest term at one start', () => {
    expect(findTerms('最好的裙子', ['最', '最好'])).toEqual([{ term: '最好', index: 0, length: 2 }]);
    expect(findTerms('全网销量第一', ['第一', '全网销量第一', '销量第一'])).toEqual([
      { term: '全网销量第一', index: 0, length: 6 },
      { term: '销量第一', index: 2, length: 4 },
      { term: '第一', index: 4, length: 2 },
    ]);
  });

  it('matches a single-character CJK term only at a word start', () => {
    // ICU: 最最 is one word; 卡|最 splits.
    expect(findTerms('最最', ['最'])).toEqual([{ term: '最', index: 0, length: 1 }]);
    expect(findTerms('卡最', ['最'])).toEqual([{ term: '最', index: 1, length: 1 }]);
  });

  it('returns the term as listed, escapes RegExp syntax, ignores blank terms', () => {
    expect(findTerms('Only $9.99 (today)', ['$9.99', '(today)', '  ', ''])).toEqual([
      { term: '$9.99', index: 5, length: 5 },
      { term: '(today)', index: 11, length: 7 },
    ]);
    expect(findTerms('anything', [])).toEqual([]);
    expect(findTerms('', AD_TERMS)).toEqual([]);
  });

  it('segments only when a single-character CJK candidate is found', () => {
    const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    expect(findTerms('2026新款 国家级工艺 碎花连衣裙', AD_TERMS)).toEqual([{ term: '国家级', index: 7, length: 3 }]);
    expect(spy).toHaveBeenCalledTimes(0);
    expect(findTerms('世界之最', AD_TERMS)).toEqual([{ term: '最', index: 3, length: 1 }]);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('repeatedWords', () => {
  it('counts Latin words case-insensitively, skipping prepositions, articles and conjunctions', () => {
    expect(repeatedWords('Dress Dress Dress for Women')).toEqual([{ word: 'dress', count: 3 }]);
    expect(repeatedWords('Shirt for Men for Work for Home')).toEqual([]);
    expect(repeatedWords('Dress dress DRESS, Blue blue')).toEqual([{ word: 'dress', count: 3 }]);
    expect(repeatedWords('Dress dress DRESS, Blue blue', 1)).toEqual([{ word: 'dress', count: 3 }, { word: 'blue', count: 2 }]);
    expect(repeatedWords('Pack of 2 2 2 Socks')).toEqual([]); // pure numbers are ignored
  });

  it('finds repeated Chinese words as maximal CJK strings', () => {
    expect(repeatedWords('连衣裙 连衣裙 连衣裙 夏季')).toEqual([{ word: '连衣裙', count: 3 }]);
    expect(repeatedWords('夏季碎花连衣裙女夏季新款连衣裙夏季')).toEqual([{ word: '夏季', count: 3 }]);
    expect(repeatedWords('2026春季新款法式碎花连衣裙女收腰显瘦中长款雪纺裙子')).toEqual([]);
    expect(repeatedWords('裙 裙 裙 款 款 款')).toEqual([]); // single characters are ignored
    expect(repeatedWords('的 的 的 以及以及以及')).toEqual([]); // particles are ignored
    expect(repeatedWords('哈哈哈哈哈哈')).toEqual([{ word: '哈哈', count: 3 }]); // non-overlapping
  });

  it('mixes Latin and Chinese words in order of first use', () => {
    expect(repeatedWords('T恤 t恤 T恤 纯棉T恤纯棉 纯棉')).toEqual([{ word: 't', count: 4 }, { word: '纯棉', count: 3 }]);
  });

  it('does not segment Latin text or Chinese text without a repeated bigram', () => {
    const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    repeatedWords('Floral Chiffon Midi Dress for Women, Waisted Slim Fit French Style Spring 2026 New');
    repeatedWords('2026春季新款法式碎花连衣裙女收腰显瘦中长款雪纺裙子 Dress');
    repeatedWords('连衣裙 连衣裙 连衣裙 夏季');
    expect(spy).toHaveBeenCalledTimes(0);
  });

  it('the RegExp fast path gives the same words as Intl.Segmenter on Latin text', () => {
    const samples = [
      "Women's Dress Women's Dress women's dress",
      'U.S.A. size U.S.A size u.s.a',
      '3.5 mm 3.5mm 3.5-inch 1,000 1,000pcs 1,000PCS 1,000pcs',
      'e.g. e.g e.g; a:b a:b A:B',
      'T-Shirt t-shirt T‑SHIRT tee_shirt tee_shirt tee_shirt',
      'Café café CAFÉ naïve naïve Naïve',
      'Rock’n’roll rock’n’roll ROCK’N’ROLL',
      'x-large X-Large x-LARGE 2XL 2xl 2Xl',
      'Smart Watch, Smart Band & Smart Ring — smart!',
      '½ ¼ ½ ½ ©Brand ©brand ©BRAND ° ° °',
    ];
    const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    for (const s of samples) {
      spy.mockClear();
      const fast = repeatedWords(s, 1);
      expect(spy).toHaveBeenCalledTimes(0);
      // ✓ (U+2713) is outside the Latin set and not word-like: it forces the segmenter path.
      const segmented = repeatedWords(`${s} ✓`, 1);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(fast).toEqual(segmented);
    }
    expect(repeatedWords(samples[0] ?? '')).toEqual([{ word: "women's", count: 3 }, { word: 'dress', count: 3 }]);
    expect(repeatedWords(samples[2] ?? '', 1)).toEqual([{ word: '1,000pcs', count: 3 }]);
    expect(repeatedWords(samples[4] ?? '', 1)).toEqual([{ word: 't', count: 3 }, { word: 'shirt', count: 3 }, { word: 'tee_shirt', count: 3 }]);
  });
});
