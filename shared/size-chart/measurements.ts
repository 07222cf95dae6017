/*
 * Measurements a size chart can carry, with a stable id and a label per output locale. Stored charts
 * keep only the row's typed name (old data and imports have nothing else), so a row is matched to a
 * measurement by name: any known label or alias in any language. A row that matches nothing is
 * still output, under its typed name in every locale.
 */

export const LABEL_LOCALES = ['zh-CN', 'en-US', 'ja-JP'] as const;
export type LabelLocale = (typeof LABEL_LOCALES)[number];
export type Labels = Readonly<Record<LabelLocale, string>>;

export const MEASUREMENT_IDS = [
  'chest', 'length', 'shoulder', 'sleeve', 'waist', 'hip', 'thigh', 'pantsLength', 'inseam',
  'dressLength', 'height', 'footLength', 'footWidth',
] as const;
export type MeasurementId = (typeof MEASUREMENT_IDS)[number];

interface MeasurementDef {
  labels: Labels;
  /** Other names merchants type (traditional characters, synonyms); compared after normalising. */
  aliases: readonly string[];
}

export const MEASUREMENTS: Readonly<Record<MeasurementId, MeasurementDef>> = {
  chest: { labels: { 'zh-CN': '胸围', 'en-US': 'Chest', 'ja-JP': '胸囲' }, aliases: ['胸圍', 'bust', 'バスト'] },
  length: { labels: { 'zh-CN': '衣长', 'en-US': 'Length', 'ja-JP': '着丈' }, aliases: ['衣長', 'body length'] },
  shoulder: { labels: { 'zh-CN': '肩宽', 'en-US': 'Shoulder', 'ja-JP': '肩幅' }, aliases: ['肩寬', 'shoulder width'] },
  sleeve: { labels: { 'zh-CN': '袖长', 'en-US': 'Sleeve', 'ja-JP': '袖丈' }, aliases: ['袖長', 'sleeve length'] },
  waist: { labels: { 'zh-CN': '腰围', 'en-US': 'Waist', 'ja-JP': 'ウエスト' }, aliases: ['腰圍', '胴囲'] },
  hip: { labels: { 'zh-CN': '臀围', 'en-US': 'Hip', 'ja-JP': 'ヒップ' }, aliases: ['臀圍', 'hips'] },
  thigh: { labels: { 'zh-CN': '腿围', 'en-US': 'Thigh', 'ja-JP': 'わたり幅' }, aliases: ['腿圍', '大腿围'] },
  pantsLength: { labels: { 'zh-CN': '裤长', 'en-US': 'Pants length', 'ja-JP': '総丈' }, aliases: ['褲長', 'trouser length', 'outseam'] },
  inseam: { labels: { 'zh-CN': '内长', 'en-US': 'Inseam', 'ja-JP': '股下' }, aliases: ['内長', '内侧长'] },
  dressLength: { labels: { 'zh-CN': '裙长', 'en-US': 'Dress length', 'ja-JP': 'ワンピース丈' }, aliases: ['裙長', 'skirt length', 'スカート丈'] },
  height: { labels: { 'zh-CN': '身高', 'en-US': 'Height', 'ja-JP': '身長' }, aliases: ['適合身高', '适合身高', 'recommended height'] },
  footLength: { labels: { 'zh-CN': '脚长', 'en-US': 'Foot length', 'ja-JP': '足長' }, aliases: ['腳長', '足长'] },
  footWidth: { labels: { 'zh-CN': '脚宽', 'en-US': 'Foot width', 'ja-JP': '足幅' }, aliases: ['腳寬', '足宽'] },
};

/** Case, spaces and a trailing unit in brackets ("胸围 (cm)") do not change which measurement a row is. */
function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]\s*$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const BY_NAME = new Map<string, MeasurementId>();
for (const id of MEASUREMENT_IDS) {
  const def = MEASUREMENTS[id];
  for (const name of [...Object.values(def.labels), ...def.aliases]) {
    // First writer wins, so a label shared by two measurements ("Length") keeps its primary meaning.
    const key = normalise(name);
    if (!BY_NAME.has(key)) BY_NAME.set(key, id);
  }
}

export function matchMeasurement(name: string): MeasurementId | undefined {
  return BY_NAME.get(normalise(name));
}

/** The row's label in `locale`: the known translation when the row is a known measurement, else the typed name. */
export function measurementLabel(name: string, locale: LabelLocale): string {
  const id = matchMeasurement(name);
  return id ? MEASUREMENTS[id].labels[locale] : name.trim();
}

/** The label language matching a UI or copy language ("en" → en-US); others fall back to English. */
export function labelLocaleFor(language: string): LabelLocale {
  if (language.startsWith('zh')) return 'zh-CN';
  if (language.startsWith('ja')) return 'ja-JP';
  return 'en-US';
}
