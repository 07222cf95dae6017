import type { SizeChartData } from '../../../shared/size-chart/output';
import { toCsv, type CsvCell } from './csv';
import type { DataFile, PreparedListing } from './types';

/*
 * size-charts.csv: every exported listing's size chart as structured data, one line per size ×
 * column, already converted for the channel's market (the unit and the shoe systems it reads). Long
 * rather than wide because charts differ in their columns; a seller tool or ISV script pivots it
 * into the channel's 尺码表 / size template. `column_id` is the known measurement or shoe system
 * (chest, foot-length, eu…) where the name was recognised, empty for the merchant's own rows;
 * `unit` is the market's length unit, `size` for a shoe system, empty for a weight, age or size row.
 */

export const SIZE_CHART_FILE = 'size-charts.csv';
export const SIZE_CHART_HEADER = ['spu_code', 'size', 'column_id', 'column_label', 'value', 'unit'] as const;

function rowsOf(spuCode: string, data: SizeChartData): CsvCell[][] {
  const lines: CsvCell[][] = [];
  for (const [size = '', ...cells] of data.rows) {
    cells.forEach((value, c) => {
      const column = data.columns[c + 1];
      if (!column || value === '') return;
      // A weight, age or size row keeps its own numbers: no length unit applies to them.
      const unit = column.kind === 'shoe' ? 'size' : column.kind === 'measurement' && column.isLength !== false ? data.unit : '';
      lines.push([spuCode, size, column.id ?? '', column.labels.join(' / '), value, unit]);
    });
  }
  return lines;
}

/** The package's size-chart file, or undefined when no exported listing has a chart. */
export function sizeChartsFile(listings: readonly PreparedListing[]): DataFile | undefined {
  const rows = listings.flatMap((p) => (p.sizeChart ? rowsOf(p.listing.spuCode, p.sizeChart) : []));
  return rows.length === 0 ? undefined : { name: SIZE_CHART_FILE, bytes: toCsv(SIZE_CHART_HEADER, rows) };
}
