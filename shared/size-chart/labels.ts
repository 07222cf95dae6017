import type { LabelLocale, Labels } from './measurements';
import type { LengthUnit } from './length';
import type { ShoeSystem } from './shoe-sizes';

/*
 * Words printed on the outputs (HTML table, image). These are product content in the market's
 * language, chosen per channel, not UI text in the merchandiser's language, so they live here as
 * data beside the measurement labels rather than in the renderer's locale files.
 */

export const CHART_TITLE: Labels = { 'zh-CN': '尺码表', 'en-US': 'Size chart', 'ja-JP': 'サイズ表' };
export const SIZE_HEADER: Labels = { 'zh-CN': '尺码', 'en-US': 'Size', 'ja-JP': 'サイズ' };

const UNIT_NOTE: Readonly<Record<LengthUnit, Labels>> = {
  cm: { 'zh-CN': '单位：厘米（cm）', 'en-US': 'Unit: cm', 'ja-JP': '単位：cm' },
  in: { 'zh-CN': '单位：英寸（in）', 'en-US': 'Unit: inches', 'ja-JP': '単位：インチ' },
};

export const SHOE_SYSTEM_LABELS: Readonly<Record<ShoeSystem, Labels>> = {
  cn: { 'zh-CN': '中国码', 'en-US': 'CN', 'ja-JP': '中国' },
  eu: { 'zh-CN': '欧码', 'en-US': 'EU', 'ja-JP': 'EU' },
  us: { 'zh-CN': '美码', 'en-US': 'US', 'ja-JP': 'US' },
  uk: { 'zh-CN': '英码', 'en-US': 'UK', 'ja-JP': 'UK' },
  jp: { 'zh-CN': '日本码', 'en-US': 'JP', 'ja-JP': '日本' },
};

/** Measuring by hand is never exact; every published chart carries this caveat, and shoppers expect it. */
export const TOLERANCE_NOTE: Labels = {
  'zh-CN': '手工测量，存在 1–3 cm 误差属正常',
  'en-US': 'Measured by hand; allow 1–3 cm (0.5–1 in) difference',
  'ja-JP': '手作業による採寸のため、1〜3 cm の誤差があります',
};

/** The size column's header; "Size (EU)" / "尺码（欧码）" when the chart's own sizes are in a shoe system. */
export function sizeHeader(locale: LabelLocale, system?: ShoeSystem): string {
  if (!system) return SIZE_HEADER[locale];
  const name = SHOE_SYSTEM_LABELS[system][locale];
  return locale === 'en-US' ? `${SIZE_HEADER[locale]} (${name})` : `${SIZE_HEADER[locale]}（${name}）`;
}

export function unitNote(unit: LengthUnit, locale: LabelLocale): string {
  return UNIT_NOTE[unit][locale];
}
