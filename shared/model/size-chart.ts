import type { SizeChart } from './listing';
import { newId } from './ids';

/*
 * Size-chart edits keep every row's `values` aligned with `sizes`: a column added, removed or
 * moved changes each row at the same index, so a cell never slides under the wrong size.
 */

export function createSizeChart(sizes: readonly string[], measurements: readonly string[], unit: SizeChart['unit'] = 'cm'): SizeChart {
  return {
    unit,
    sizes: [...sizes],
    rows: measurements.map((name) => ({ id: newId(), name, values: sizes.map(() => '') })),
  };
}

export function addSize(chart: SizeChart, name: string): SizeChart {
  return { ...chart, sizes: [...chart.sizes, name], rows: chart.rows.map((r) => ({ ...r, values: [...padValues(r.values, chart.sizes.length), ''] })) };
}

export function removeSize(chart: SizeChart, index: number): SizeChart {
  return {
    ...chart,
    sizes: chart.sizes.filter((_, i) => i !== index),
    rows: chart.rows.map((r) => ({ ...r, values: padValues(r.values, chart.sizes.length).filter((_, i) => i !== index) })),
  };
}

export function renameSize(chart: SizeChart, index: number, name: string): SizeChart {
  return { ...chart, sizes: chart.sizes.map((s, i) => (i === index ? name : s)) };
}

export function addMeasurement(chart: SizeChart, name: string): SizeChart {
  return { ...chart, rows: [...chart.rows, { id: newId(), name, values: chart.sizes.map(() => '') }] };
}

export function removeMeasurement(chart: SizeChart, rowIndex: number): SizeChart {
  return { ...chart, rows: chart.rows.filter((_, i) => i !== rowIndex) };
}

export function renameMeasurement(chart: SizeChart, rowIndex: number, name: string): SizeChart {
  return { ...chart, rows: chart.rows.map((r, i) => (i === rowIndex ? { ...r, name } : r)) };
}

export function setSizeChartCell(chart: SizeChart, rowIndex: number, sizeIndex: number, value: string): SizeChart {
  return {
    ...chart,
    rows: chart.rows.map((r, i) =>
      i === rowIndex ? { ...r, values: padValues(r.values, chart.sizes.length).map((v, c) => (c === sizeIndex ? value : v)) } : r,
    ),
  };
}

/** Stored charts from imports may have short rows; treat missing cells as empty rather than shifting. */
function padValues(values: readonly string[], length: number): string[] {
  return Array.from({ length: Math.max(length, values.length) }, (_, i) => values[i] ?? '');
}
