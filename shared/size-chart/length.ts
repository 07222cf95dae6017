import type { SizeChart } from '../model/listing';

/*
 * cm ↔ inch for measurement cells. A cell is what the merchant typed: a number ("92"), a range
 * ("88-92", "88~92", "88–92"), a number with words around it ("约100", "104±2", "100左右"), an
 * inch fraction ("36 1/2", "36½") or text ("均码", "—"). Every number is converted and the rest of
 * the text kept, because the output says which unit its numbers are in: a cell left in cm under
 * "Unit: inches" would be wrong by 2.54×. Left as typed: text with no number, a cell that names a
 * unit of its own ("100cm" and "1.6米" stay true in any chart; "100-120斤", "120 kg" and "3-4岁"
 * are not lengths at all), and digits run together with letters ("3XL", "1e400").
 *
 * Precision: 1 inch = 2.54 cm exactly. Results are rounded to 0.1 in and 0.1 cm. 0.1 in is 2.5 mm,
 * finer than the 0.5–1 cm a garment is measured to, so the conversion adds no visible error; the
 * 0.5 in steps some charts use would move a value by up to 6 mm, a third of a size step for a
 * shoulder. Trailing ".0" is dropped so whole numbers stay whole.
 */

export type LengthUnit = SizeChart['unit'];
export const CM_PER_INCH = 2.54;

const VULGAR: Readonly<Record<string, number>> = { '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 };
/**
 * One value: an inch fraction alone ("3/4", "15/16", "¾"), or a decimal (with "," accepted as the
 * decimal mark, as European spreadsheets write it) with an optional fraction ("36 1/2", "36-1/2",
 * "36½"). A fraction has a denominator of 2, 3, 4, 8 or 16 and a smaller numerator, so "88/92" stays
 * a range of two numbers.
 */
const FRACTION = '(?:1[0-5]|[1-9])\\/(?:16|2|3|4|8)(?!\\d)';
const DECIMAL = '(?:\\d+(?:[.,]\\d+)?|\\.\\d+)';
const VALUE = new RegExp(`(?:${FRACTION}|${DECIMAL}(?:(?:\\s+|-)${FRACTION}|\\s?[½¼¾⅓⅔⅛⅜⅝⅞])?|[½¼¾⅓⅔⅛⅜⅝⅞])`, 'gu');
/** A unit written in the cell itself: a length's, a weight's or an age's. */
const OWN_UNIT = /\d\s*(?:cm|mm|m\b|in\b|inch|"|″|厘米|公分|毫米|英寸|寸|米|kg|g\b|lbs?\b|公斤|斤|克|磅|岁|歳|个月|months?\b|years?\b|yrs?\b)/iu;
/** Digits run together with Latin letters: a size name or a number format, not a measurement. */
const GLUED = /\d[a-z]|[a-z]\d/iu;

export function formatNumber(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** A VALUE match as a number. */
function parseValue(text: string): number {
  const vulgar = /[½¼¾⅓⅔⅛⅜⅝⅞]$/u.exec(text);
  if (vulgar) return (text.length > 1 ? Number(text.slice(0, -1).trim().replace(',', '.')) : 0) + (VULGAR[vulgar[0]] ?? 0);
  const mixed = /^(\d+(?:[.,]\d+)?)(?:\s+|-)(\d+)\/(\d+)$/u.exec(text);
  if (mixed) return Number((mixed[1] ?? '').replace(',', '.')) + Number(mixed[2]) / Number(mixed[3]);
  const fraction = /^(\d+)\/(\d+)$/u.exec(text);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return Number(text.replace(',', '.'));
}

/** True when the cell holds a number to convert (see the rules at the top of this file). */
export function isConvertibleCell(cell: string): boolean {
  const trimmed = cell.trim();
  return /\d|[½¼¾⅓⅔⅛⅜⅝⅞]/u.test(trimmed) && !OWN_UNIT.test(trimmed) && !GLUED.test(trimmed);
}

export function convertLength(value: number, from: LengthUnit, to: LengthUnit): number {
  if (from === to) return value;
  return from === 'cm' ? value / CM_PER_INCH : value * CM_PER_INCH;
}

/**
 * A cell in another unit: every value is converted ("88-92" cm → "34.6-36.2", "约100" → "约39.4",
 * "36 1/2" in → "92.7"); a cell that is not convertible is returned as typed.
 */
export function convertCell(cell: string, from: LengthUnit, to: LengthUnit): string {
  if (from === to || !isConvertibleCell(cell)) return cell;
  return cell.trim().replace(VALUE, (v) => {
    const value = parseValue(v);
    return Number.isFinite(value) ? formatNumber(convertLength(value, from, to)) : v;
  });
}

/**
 * Rows that are not lengths are never converted: a weight or an age ("建议体重 kg", "年龄"), and a
 * size in some system ("美码", "US size", "鞋码", "Shoe size", "サイズ"), whose numbers are sizes, not
 * inches. "Waist size" or "Head size" is a length.
 */
const NOT_A_LENGTH = /体重|重量|weight|kg|斤|lbs?\b|年龄|年齢|\bage\b|岁|歳|码|サイズ|\b(?:us|uk|eu|cn|jp)\b|\bshoe\s*sizes?\b|^\s*sizes?\s*$/iu;

export function isLengthRowName(name: string): boolean {
  return !NOT_A_LENGTH.test(name);
}

/** The same chart with its length values in `to`; sizes, names and non-length rows are unchanged. */
export function convertChart(chart: SizeChart, to: LengthUnit, isLengthRow: (name: string) => boolean = isLengthRowName): SizeChart {
  if (chart.unit === to) return chart;
  return {
    ...chart,
    unit: to,
    rows: chart.rows.map((row) => (isLengthRow(row.name) ? { ...row, values: row.values.map((v) => convertCell(v, chart.unit, to)) } : row)),
  };
}
