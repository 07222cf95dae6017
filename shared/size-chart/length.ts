import type { SizeChart } from '../model/listing';

/*
 * cm ↔ inch for measurement cells. A cell is what the merchant typed: a number ("92"), a range
 * ("88-92", "88~92", "88–92") or text ("均码", "—"). Numbers are converted, the rest of the text
 * (separators, spaces) is kept, and text with no number is passed through unchanged.
 *
 * Precision: 1 inch = 2.54 cm exactly. Results are rounded to 0.1 in and 0.1 cm. 0.1 in is 2.5 mm,
 * finer than the 0.5–1 cm a garment is measured to, so the conversion adds no visible error; the
 * 0.5 in steps some charts use would move a value by up to 6 mm, a third of a size step for a
 * shoulder. Trailing ".0" is dropped so whole numbers stay whole.
 */

export type LengthUnit = SizeChart['unit'];
export const CM_PER_INCH = 2.54;

/** An unsigned decimal, with "," accepted as the decimal mark (European spreadsheets). */
const NUMBER = /\d+(?:[.,]\d+)?/gu;
/** Anything else a numeric cell may hold: range separators, spaces, a sign. */
const NUMERIC_REST = /^[\s\-~–—～/至to+]*$/iu;

export function formatNumber(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function parseNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/** True when the cell is numbers and range separators only, so converting it is meaningful. */
export function isNumericCell(cell: string): boolean {
  const trimmed = cell.trim();
  if (!/\d/u.test(trimmed)) return false;
  return NUMERIC_REST.test(trimmed.replace(NUMBER, ''));
}

export function convertLength(value: number, from: LengthUnit, to: LengthUnit): number {
  if (from === to) return value;
  return from === 'cm' ? value / CM_PER_INCH : value * CM_PER_INCH;
}

/**
 * A cell in another unit: every number in a numeric cell is converted ("88-92" cm → "34.6-36.2"),
 * anything else is returned as typed.
 */
export function convertCell(cell: string, from: LengthUnit, to: LengthUnit): string {
  if (from === to || !isNumericCell(cell)) return cell;
  return cell.trim().replace(NUMBER, (n) => formatNumber(convertLength(parseNumber(n), from, to)));
}

/** Rows that hold a weight or an age ("建议体重 kg", "年龄") are not lengths and are never converted. */
const NOT_A_LENGTH = /体重|重量|weight|kg|斤|lbs?\b|年龄|年齢|\bage\b|岁|歳/iu;

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
