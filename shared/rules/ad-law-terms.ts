/*
 * China Advertising Law (广告法) absolute / "极限词" terms, as data (docs/channel-rules.md §8).
 * Only 国家级 / 最高级 / 最佳 are literally in the statute (第九条第(三)项); the rest come from
 * circulated third-party lists, so the checklist warns (with override + reason), never blocks.
 * Health/medical claims (第十六–十八条) are deliberately not in this list.
 */

export type AdTermCategory = 'superlative' | 'first' | 'grade' | 'absolute' | 'platform-risk';
export interface AdTerm { term: string; category: AdTermCategory; source: string }

const SAMR_TEXT = 'https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/fgs/art/2023/art_5474cf75173c45d6a0379730fb4e8d97.html';
const LIST_URLS = [
  'https://hoho.im/2015/09/03/wechat-2015-09-03-012527/',
  'http://m.kingminatours.com/News/view/id/592.html',
  'https://www.xiaomilidoc.com/p-10525021.html',
  'https://m.110ask.com/zhishi/15437795317082462338.html',
].join(' ');

export const AD_LAW_SOURCE =
  `《中华人民共和国广告法》(2021修正) 第九条第(三)项: 广告不得使用"国家级"、"最高级"、"最佳"等用语 (${SAMR_TEXT}); `
  + `penalty 第五十七条第(一)项. Term list: channel-rules.md §8, consolidated from ${LIST_URLS} [3P]`;

const STATUTE = `channel-rules.md §8 [V]: 广告法 第九条第(三)项, ${SAMR_TEXT}`;
const LISTS = `channel-rules.md §8 [3P lists]: ${LIST_URLS}`;
const PLATFORM = 'channel-rules.md §8 "Often flagged too" (not statutory; platform risk) [3P lists found via code search]';
const STATUTE_TERMS = new Set(['国家级', '最高级', '最佳']);

const LIST: Record<AdTermCategory, readonly string[]> = {
  superlative: [
    '最', '最佳', '最具', '最爱', '最赚', '最优', '最优秀', '最好', '最大', '最大程度', '最高', '最高级', '最高端', '最奢侈',
    '最低', '最低价', '最便宜', '史上最低价', '最流行', '最受欢迎', '最时尚', '最先', '最先进', '最先进科学', '最先进加工工艺',
    '最新', '最新技术', '最新科学',
  ],
  first: [
    '第一', '中国第一', '全国第一', '全网第一', '销量第一', '排名第一', '第一品牌', 'NO.1', 'TOP1', '唯一', '独一无二',
    '首个', '首选', '首家', '首发', '全球首发', '全国首家', '全网首发', '销量冠军', '冠军', '全网销量第一',
  ],
  grade: [
    '国家级', '国家级产品', '国际级', '世界级', '千万级', '百万级', '星级', '5A', '甲级', '超甲级', '顶级', '顶尖', '尖端',
    '顶级工艺', '顶级享受', '极品', '极佳', '绝佳', '终极', '极致', '至尊', '王牌',
  ],
  absolute: [
    '绝对', '完美', '永久', '万能', '独家', '绝无仅有', '前无古人', '史无前例', '空前绝后', '无与伦比', '巅峰', '世界领先',
    '填补国内空白', '领袖品牌', '掌门人', '金牌', '名牌', '精确',
  ],
  'platform-risk': ['100%', '全网最低', '权威', '专家推荐', '驰名商标'],
};

export const AD_LAW_TERMS: readonly AdTerm[] = Object.freeze(
  (Object.keys(LIST) as AdTermCategory[]).flatMap((category) =>
    LIST[category].map((term) => Object.freeze({
      term,
      category,
      source: category === 'platform-risk' ? PLATFORM : STATUTE_TERMS.has(term) ? STATUTE : LISTS,
    })),
  ),
);

const USER_SOURCE = 'user addition (checklist settings)';

function norm(term: string): string {
  return term.trim().toLowerCase();
}

/**
 * The built-in list with the user's additions and removals applied (case-insensitive, trimmed,
 * de-duplicated), built-in terms first in list order, then additions in the user's order. User
 * additions get category 'absolute' unless they are built-in: adding a built-in term keeps its
 * built-in entry, and also restores it when it is in `removed` too (an addition wins over a removal).
 */
export function effectiveAdTerms(edits: { added: readonly string[]; removed: readonly string[] }): AdTerm[] {
  const added = new Set(edits.added.map(norm));
  const removed = new Set(edits.removed.map(norm).filter((key) => !added.has(key)));
  const seen = new Set<string>();
  const out: AdTerm[] = [];
  for (const t of AD_LAW_TERMS) {
    const key = norm(t.term);
    if (removed.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  for (const raw of edits.added) {
    const term = raw.trim();
    const key = norm(term);
    if (!term || seen.has(key)) continue;
    seen.add(key);
    out.push({ term, category: 'absolute', source: USER_SOURCE });
  }
  return out;
}
