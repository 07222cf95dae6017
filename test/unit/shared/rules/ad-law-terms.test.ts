import { describe, expect, it } from 'vitest';
import { AD_LAW_SOURCE, AD_LAW_TERMS, effectiveAdTerms } from '@shared/rules/ad-law-terms';

const termsOf = (category: string) => AD_LAW_TERMS.filter((t) => t.category === category).map((t) => t.term);

describe('AD_LAW_TERMS', () => {
  it('holds every §8 term once, by category', () => {
    const keys = AD_LAW_TERMS.map((t) => t.term.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
    expect(termsOf('superlative')).toHaveLength(28);
    expect(termsOf('first')).toHaveLength(21);
    expect(termsOf('grade')).toHaveLength(22);
    expect(termsOf('absolute')).toHaveLength(18);
    expect(termsOf('platform-risk')).toEqual(['100%', '全网最低', '权威', '专家推荐', '驰名商标']);
    expect(AD_LAW_TERMS).toHaveLength(94);
    expect(termsOf('superlative').slice(0, 3)).toEqual(['最', '最佳', '最具']);
    expect(termsOf('first')).toContain('NO.1');
    expect(termsOf('grade')).toContain('5A');
    expect(termsOf('absolute').at(-1)).toBe('精确');
    expect(keys).not.toContain('治愈'); // health claims are governed by other articles
  });

  it('cites its sources', () => {
    expect(AD_LAW_SOURCE).toContain('第九条第(三)项');
    expect(AD_LAW_SOURCE).toContain('https://www.samr.gov.cn/');
    expect(AD_LAW_SOURCE).toContain('https://hoho.im/2015/09/03/wechat-2015-09-03-012527/');
    const statute = AD_LAW_TERMS.find((t) => t.term === '国家级');
    expect(statute?.source).toMatch(/^channel-rules\.md §8 \[V\]: 广告法 第九条第\(三\)项/);
    expect(AD_LAW_TERMS.find((t) => t.term === '第一')?.source).toContain('https://www.xiaomilidoc.com/p-10525021.html');
    for (const t of AD_LAW_TERMS) expect(t.source).toMatch(/^channel-rules\.md §8/);
  });
});

describe('effectiveAdTerms', () => {
  it('is the built-in list without edits', () => {
    expect(effectiveAdTerms({ added: [], removed: [] })).toEqual([...AD_LAW_TERMS]);
  });

  it('removes built-ins case-insensitively and trimmed, appends trimmed de-duplicated additions as absolute', () => {
    const result = effectiveAdTerms({ added: [' 爆款 ', '爆款', 'Best Seller', 'best seller', '', '   '], removed: ['最', ' no.1 ', 'unknown'] });
    expect(result).toHaveLength(94 - 2 + 2);
    expect(result.map((t) => t.term)).not.toContain('最');
    expect(result.map((t) => t.term)).not.toContain('NO.1');
    expect(result.slice(-2)).toEqual([
      { term: '爆款', category: 'absolute', source: 'user addition (checklist settings)' },
      { term: 'Best Seller', category: 'absolute', source: 'user addition (checklist settings)' },
    ]);
  });

  it('keeps the built-in entry for a built-in addition, also restoring a removed one', () => {
    const result = effectiveAdTerms({ added: ['最佳', 'top1', '新词'], removed: ['TOP1', '首发'] });
    expect(result.filter((t) => t.term === '最佳')).toEqual([AD_LAW_TERMS.find((t) => t.term === '最佳')]);
    expect(result.filter((t) => t.term.toLowerCase() === 'top1')).toEqual([{ term: 'TOP1', category: 'first', source: AD_LAW_TERMS.find((t) => t.term === 'TOP1')?.source }]);
    expect(result.map((t) => t.term)).not.toContain('首发');
    expect(result).toHaveLength(94 - 1 + 1);
    expect(result.at(-1)).toEqual({ term: '新词', category: 'absolute', source: 'user addition (checklist settings)' });
  });
});
