import { assertNever } from '../ipc/result';
import { COPY_LOCALES, type CopyLocale } from '../model/ids';

/*
 * The import template's columns: what a header can mean, and the one table of names (English and
 * Chinese) each meaning is recognised by. resources/import-template.md documents the same table;
 * keep them together when either changes.
 */

export const LISTING_FIELDS = ['spu', 'brand', 'category', 'currency', 'status', 'tags'] as const;
export type ListingField = (typeof LISTING_FIELDS)[number];

export const SKU_FIELDS = ['code', 'price', 'compareAtPrice', 'cost', 'stock', 'barcode'] as const;
export type SkuField = (typeof SKU_FIELDS)[number];

export const COPY_FIELDS = ['title', 'subtitle', 'description', 'bullets', 'keywords', 'primaryKeywords'] as const;
export type CopyField = (typeof COPY_FIELDS)[number];

export type ColumnTarget =
  | { kind: 'ignore' }
  | { kind: 'listing'; field: ListingField }
  | { kind: 'sku'; field: SkuField }
  // `locale` is kept as written when it is not one we support, so the rows that fill it can be
  // reported (import.unknownLocale) instead of their text being dropped without a word.
  | { kind: 'copy'; field: CopyField; locale: string }
  | { kind: 'spec'; name: string; unit: string }
  | { kind: 'option'; axis: string };

/** Plain columns: canonical field → accepted header names (compared by headerKey()). */
export const COLUMN_ALIASES: ReadonlyArray<{ target: ColumnTarget; names: readonly string[] }> = [
  { target: { kind: 'listing', field: 'spu' }, names: ['spu', 'spuCode', 'spu code', 'listing', 'listing key', 'SPU编码', '商品编码', '款号', '货号'] },
  { target: { kind: 'listing', field: 'brand' }, names: ['brand', '品牌'] },
  { target: { kind: 'listing', field: 'category' }, names: ['category', 'categoryPath', 'category path', '类目', '分类', '类目路径'] },
  { target: { kind: 'listing', field: 'currency' }, names: ['currency', '币种', '货币'] },
  { target: { kind: 'listing', field: 'status' }, names: ['status', '状态'] },
  { target: { kind: 'listing', field: 'tags' }, names: ['tags', 'tag', '标签'] },
  { target: { kind: 'sku', field: 'code' }, names: ['sku', 'skuCode', 'sku code', 'SKU编码', 'SKU编号', '规格编码'] },
  { target: { kind: 'sku', field: 'price' }, names: ['price', '价格', '售价', '销售价'] },
  { target: { kind: 'sku', field: 'compareAtPrice' }, names: ['compareAtPrice', 'compare at price', 'list price', '划线价', '原价', '吊牌价'] },
  { target: { kind: 'sku', field: 'cost' }, names: ['cost', '成本', '成本价'] },
  { target: { kind: 'sku', field: 'stock' }, names: ['stock', 'inventory', 'quantity', 'qty', '库存', '库存数量'] },
  { target: { kind: 'sku', field: 'barcode' }, names: ['barcode', 'gtin', 'ean', 'upc', '条码', '条形码', '商品条码'] },
];

/** Prefixes of `<prefix>.<locale|name>` columns. A copy prefix without a locale means the default locale. */
export const PREFIX_ALIASES: ReadonlyArray<{ prefix: CopyField | 'spec' | 'option'; names: readonly string[] }> = [
  { prefix: 'title', names: ['title', '标题'] },
  { prefix: 'subtitle', names: ['subtitle', '副标题'] },
  { prefix: 'description', names: ['description', '描述', '详情'] },
  { prefix: 'bullets', names: ['bullets', 'bullet points', '卖点'] },
  { prefix: 'keywords', names: ['keywords', '关键词'] },
  { prefix: 'primaryKeywords', names: ['primaryKeywords', 'primary keywords', '主关键词', '核心关键词'] },
  { prefix: 'spec', names: ['spec', 'specs', '参数', '属性'] },
  // 规格 is what Chinese back ends call a sale option (颜色, 尺码), not a spec.
  { prefix: 'option', names: ['option', 'options', '规格', '选项'] },
];

/** Locale spellings besides the codes themselves (compared lower-case, '_' read as '-'). */
export const LOCALE_ALIASES: Readonly<Record<string, CopyLocale>> = {
  zh: 'zh-CN', cn: 'zh-CN', 中文: 'zh-CN', 简体中文: 'zh-CN',
  en: 'en-US', english: 'en-US', 英文: 'en-US',
  ja: 'ja-JP', 日文: 'ja-JP', 日语: 'ja-JP',
  ko: 'ko-KR', 韩文: 'ko-KR', 韩语: 'ko-KR',
  de: 'de-DE', 德文: 'de-DE', 德语: 'de-DE',
  fr: 'fr-FR', 法文: 'fr-FR', 法语: 'fr-FR',
  es: 'es-ES', 西班牙文: 'es-ES', 西班牙语: 'es-ES',
};

/** How header names are compared: full-width folded, case, spaces, '_' and '-' ignored. */
export function headerKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

const plainByKey = new Map<string, ColumnTarget>(COLUMN_ALIASES.flatMap(({ target, names }) => names.map((n) => [headerKey(n), target] as const)));
const prefixByKey = new Map(PREFIX_ALIASES.flatMap(({ prefix, names }) => names.map((n) => [headerKey(n), prefix] as const)));

/** The supported locale a spelling names, or undefined. */
export function resolveLocale(text: string): CopyLocale | undefined {
  const key = text.normalize('NFKC').trim().toLowerCase().replace(/_/g, '-');
  return COPY_LOCALES.find((l) => l.toLowerCase() === key) ?? LOCALE_ALIASES[key];
}

/** "重量(g)" → name 重量, unit g; full-width brackets are folded by NFKC before this. */
function splitUnit(text: string): { name: string; unit: string } {
  const m = /^(.*?)\s*[([]\s*([^()[\]]*?)\s*[)\]]$/.exec(text);
  return m ? { name: (m[1] ?? '').trim(), unit: m[2] ?? '' } : { name: text.trim(), unit: '' };
}

/** What one header means; `{ kind: 'ignore' }` when it matches nothing in the template. */
export function parseHeader(header: string, defaultLocale: CopyLocale = 'zh-CN'): ColumnTarget {
  const text = header.normalize('NFKC').trim();
  const plain = plainByKey.get(headerKey(text));
  if (plain) return plain;
  const dot = text.indexOf('.');
  const prefix = prefixByKey.get(headerKey(dot < 0 ? text : text.slice(0, dot)));
  if (prefix === undefined) return { kind: 'ignore' };
  const rest = dot < 0 ? '' : text.slice(dot + 1).trim();
  if (prefix === 'spec' || prefix === 'option') {
    if (rest === '') return { kind: 'ignore' };
    if (prefix === 'option') return { kind: 'option', axis: rest };
    return { kind: 'spec', ...splitUnit(rest) };
  }
  if (rest === '') return { kind: 'copy', field: prefix, locale: defaultLocale };
  return { kind: 'copy', field: prefix, locale: resolveLocale(rest) ?? rest };
}

/** Two columns with the same key fill the same field. */
export function targetKey(target: ColumnTarget): string {
  switch (target.kind) {
    case 'ignore':
      return 'ignore';
    case 'listing':
    case 'sku':
      return `${target.kind}:${target.field}`;
    case 'copy':
      return `copy:${target.field}:${target.locale.toLowerCase()}`;
    case 'spec':
      return `spec:${headerKey(target.name)}`;
    case 'option':
      return `option:${headerKey(target.axis)}`;
    default:
      return assertNever(target);
  }
}

export function isSupportedLocale(locale: string): locale is CopyLocale {
  return (COPY_LOCALES as readonly string[]).includes(locale);
}
