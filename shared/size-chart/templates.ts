import type { MeasurementId } from './measurements';

/*
 * One template per garment family. Sizes follow what Chinese marketplaces list by default (letter
 * sizes for adult apparel, EU numbers for shoes as the sample catalogue and most 鞋靴 listings do,
 * body height in cm for children's wear as in GB/T 1335.3 "号"). Values start empty: a template
 * says what to measure, never how big a product is.
 */

export const TEMPLATE_IDS = ['tops', 'bottoms', 'dresses', 'shoes', 'kids'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface SizeChartTemplate {
  id: TemplateId;
  sizes: readonly string[];
  measurements: readonly MeasurementId[];
}

const LETTER_SIZES = ['S', 'M', 'L', 'XL', '2XL'];

export const SIZE_CHART_TEMPLATES: Readonly<Record<TemplateId, SizeChartTemplate>> = {
  tops: { id: 'tops', sizes: LETTER_SIZES, measurements: ['chest', 'length', 'shoulder', 'sleeve'] },
  bottoms: { id: 'bottoms', sizes: LETTER_SIZES, measurements: ['waist', 'hip', 'thigh', 'pantsLength'] },
  dresses: { id: 'dresses', sizes: LETTER_SIZES, measurements: ['chest', 'waist', 'shoulder', 'dressLength'] },
  shoes: { id: 'shoes', sizes: ['36', '37', '38', '39', '40', '41', '42', '43', '44'], measurements: ['footLength', 'footWidth'] },
  kids: { id: 'kids', sizes: ['90', '100', '110', '120', '130', '140', '150'], measurements: ['height', 'chest', 'length', 'pantsLength'] },
};

/*
 * Categories are free text the merchant types (shared/model/category.ts), in Chinese, English or
 * Japanese, so they are classified by keywords. Whole words only where a single character would
 * catch unrelated goods (衣 is in 洗衣液, 装 in 包装).
 */
const SHOES = /鞋|靴|\b(?:shoes?|boots?|sneakers?|sandals?|slippers?|loafers?|footwear|trainers|heels|pumps)\b|シューズ|スニーカー|サンダル/iu;
/**
 * Things for shoes or named like clothes that are not worn: a shoe cabinet or rack, shoe polish, a
 * stove top, a skincare or tool set. Such a segment says nothing about sizes; the path's others decide.
 */
const NOT_WORN = /鞋柜|鞋架|鞋油|鞋刷|鞋拔|鞋盒|鞋撑|靴柜|\b(?:shoe|boot)\s*(?:racks?|cabinets?|polish|horns?|trees?|box(?:es)?|organi[sz]ers?|cleaners?)\b|\b(?:stove|table|counter|roof|tank|desk|lap)\s*tops?\b/iu;
const KIDS = /童|婴|宝宝|孩|\bkids?\b|child|baby|babies|toddler|infant|キッズ|ベビー|子供/iu;
const BOTTOMS = /裤|半身裙|短裙|\b(pants|trousers|jeans|shorts|leggings|skirts?|bottoms)\b|パンツ|ズボン|スカート/iu;
const DRESSES = /裙|\bdress(es)?\b|gown|ワンピース|ドレス/iu;
const TOPS =
  /上衣|衬衫|T恤|毛衣|卫衣|外套|羽绒|夹克|大衣|风衣|针织|背心|马甲|西装|冲锋衣|打底衫|polo|\b(tops?|t-?shirts?|tees?|shirts?|blouses?|sweaters?|hoodies?|sweatshirts?|jackets?|coats?|cardigans?|knitwear|outerwear|vests?)\b|シャツ|ニット|パーカー|ジャケット|コート|トップス/iu;
const APPAREL =
  /女装|男装|童装|服装|服饰|(?:运动|休闲|时尚|睡衣|西服|亲子|情侣|针织|卫衣|女|男|童)套装|内衣|睡衣|家居服|运动服|瑜伽服|户外服|校服|工作服|泳衣|泳装|\b(clothing|apparel|sportswear|activewear|menswear|womenswear)\b|衣料|ファッション|ウェア/iu;

type Garment = 'tops' | 'bottoms' | 'dresses' | 'shoes' | 'apparel';

/** The most specific segment decides ("运动户外 > 跑步鞋" is shoes, "童装 > 裤子" is bottoms for a child). */
function classifyGarment(categoryPath: readonly string[]): Garment | undefined {
  for (const segment of [...categoryPath].reverse()) {
    if (NOT_WORN.test(segment)) continue;
    if (SHOES.test(segment)) return 'shoes';
    if (BOTTOMS.test(segment)) return 'bottoms';
    if (DRESSES.test(segment)) return 'dresses';
    if (TOPS.test(segment)) return 'tops';
    if (APPAREL.test(segment)) return 'apparel';
  }
  return undefined;
}

const isKids = (categoryPath: readonly string[]): boolean => categoryPath.some((s) => KIDS.test(s));

/**
 * The template for a listing's category, or undefined when the category is not something worn.
 * Children's clothing uses the height-based kids template; children's shoes are still shoes
 * (sized by foot length like adults').
 */
export function templateIdForCategory(categoryPath: readonly string[]): TemplateId | undefined {
  const garment = classifyGarment(categoryPath);
  if (garment === 'shoes') return 'shoes';
  if (isKids(categoryPath)) {
    // "童装" alone is clothing; "儿童玩具" is not, so kids needs a garment word somewhere in the path.
    return garment ? 'kids' : undefined;
  }
  if (garment === 'apparel') return 'tops';
  return garment;
}

/** Apparel, shoes and children's wear need a size chart; the readiness checklist asks for one. */
export function sizeChartRequired(categoryPath: readonly string[]): boolean {
  return templateIdForCategory(categoryPath) !== undefined;
}
