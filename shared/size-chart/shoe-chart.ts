import type { SizeChart } from '../model/listing';
import { convertLength, formatNumber } from './length';
import { matchMeasurement } from './measurements';
import { shoeRowFor, shoeRowForFootLength, type ShoeGender, type ShoeSizeRow } from './shoe-sizes';

/*
 * A chart is a shoe chart when it has a foot-length row: that is what Chinese shoe listings publish
 * (尺码 + 脚长) and what every size system can be derived from. Each size's equivalents come from its
 * foot length; when that cell is empty, from the size label read as a CN size (mm, 3 digits) or an
 * EU size (33–50), the two numberings Chinese listings use.
 */

const NUMBER = /^\s*(\d+(?:\.\d+)?)\s*$/u;
const RANGE = /^\s*(\d+(?:\.\d+)?)\s*[-~–—～]\s*(\d+(?:\.\d+)?)\s*$/u;

/** A cell as one number; a range counts as its middle ("24-24.5" → 24.25). */
function cellNumber(cell: string): number | undefined {
  const single = NUMBER.exec(cell);
  if (single) return Number(single[1]);
  const range = RANGE.exec(cell);
  return range ? (Number(range[1]) + Number(range[2])) / 2 : undefined;
}

export function footLengthRowIndex(chart: SizeChart): number {
  return chart.rows.findIndex((row) => matchMeasurement(row.name) === 'footLength');
}

export function isShoeChart(chart: SizeChart): boolean {
  return footLengthRowIndex(chart) >= 0;
}

/**
 * The shoe system the chart's own sizes are written in, when every size is a plain number of one:
 * EU (33–50, which Chinese listings call 码) or CN (foot length in mm). Such a chart gets no column
 * of its own system: it would repeat the size column, or contradict it by half a size where the
 * brand's last differs from the published table the other columns come from.
 */
export function labelShoeSystem(chart: SizeChart): 'eu' | 'cn' | undefined {
  // Blank sizes are editor leftovers ("Add size" clicked, nothing typed): they say nothing.
  const numbers = chart.sizes.filter((s) => s.trim() !== '').map((s) => NUMBER.exec(s)).map((m) => (m ? Number(m[1]) : Number.NaN));
  if (numbers.length === 0 || numbers.some((n) => Number.isNaN(n))) return undefined;
  if (numbers.every((n) => n >= 33 && n <= 50)) return 'eu';
  if (numbers.every((n) => n >= 100 && n <= 400)) return 'cn';
  return undefined;
}

function rowFromLabel(label: string, gender: ShoeGender): ShoeSizeRow | undefined {
  const n = cellNumber(label);
  if (n === undefined) return undefined;
  if (n >= 100 && n <= 400) return shoeRowForFootLength(n, gender);
  if (n >= 33 && n <= 50) return shoeRowFor('eu', n, gender);
  return undefined;
}

/**
 * Whether a cm chart's foot lengths were typed in mm (240), as some merchants do: decided once for
 * the row, by any value of 40 or more (no foot is 40 cm long, a baby's is about 90 mm), so a row of
 * 95, 100, 105 is read as mm throughout rather than half as cm.
 */
function isFootRowInMm(chart: SizeChart, values: readonly string[]): boolean {
  return chart.unit === 'cm' && values.some((v) => (cellNumber(v) ?? 0) >= 40);
}

/** For each size of the chart, its row of the published conversion table, or undefined when unknown. */
export function shoeRowsForChart(chart: SizeChart, gender: ShoeGender): (ShoeSizeRow | undefined)[] {
  const footRow = chart.rows[footLengthRowIndex(chart)];
  const isMm = footRow ? isFootRowInMm(chart, footRow.values) : false;
  return chart.sizes.map((label, i) => {
    const foot = footRow ? cellNumber(footRow.values[i] ?? '') : undefined;
    if (foot !== undefined) return shoeRowForFootLength(isMm ? foot : convertLength(foot, chart.unit, 'cm') * 10, gender);
    return rowFromLabel(label, gender);
  });
}

/**
 * The chart with its foot lengths in cm when they were typed in mm (isFootRowInMm). Output and
 * conversion read the row as cm; shoeRowsForChart reads it either way.
 */
export function withFootLengthInCm(chart: SizeChart): SizeChart {
  const index = footLengthRowIndex(chart);
  const row = chart.rows[index];
  if (!row || !isFootRowInMm(chart, row.values)) return chart;
  const values = row.values.map((v) => (cellNumber(v) === undefined ? v : v.replace(/\d+(?:\.\d+)?/gu, (n) => formatNumber(Number(n) / 10))));
  if (values.every((v, i) => v === row.values[i])) return chart;
  return { ...chart, rows: chart.rows.map((r, i) => (i === index ? { ...r, values } : r)) };
}

/** Women's sizing when the category says so (女, women, レディース); men's otherwise, as unisex charts are. */
export function shoeGenderForCategory(categoryPath: readonly string[]): ShoeGender {
  return categoryPath.some((s) => /女|women|woman|ladies|lady|レディース/iu.test(s)) ? 'women' : 'men';
}
