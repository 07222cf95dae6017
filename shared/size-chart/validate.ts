import type { SizeChart } from '../model/listing';

/*
 * What makes a chart impossible to output. Limits are generous for real charts (the largest
 * published ones have ~15 sizes and ~12 measurements) and stop pasted spreadsheets from producing
 * an image no channel accepts or a renderer that runs for minutes.
 */

export const MAX_SIZES = 30;
export const MAX_ROWS = 30;
/** Longer cells are still output in HTML; the image clips them with an ellipsis. */
export const MAX_CELL_CHARS = 200;

export const SIZE_CHART_PROBLEMS = ['empty', 'no-sizes', 'no-measurements', 'too-many-sizes', 'too-many-rows', 'cell-too-long'] as const;
export type SizeChartProblem = (typeof SIZE_CHART_PROBLEMS)[number];

export type SizeChartResult<T> = { ok: true; value: T } | { ok: false; problem: SizeChartProblem; detail?: string };

export function checkSizeChart(chart: SizeChart): SizeChartProblem | undefined {
  const hasSizes = chart.sizes.some((s) => s.trim() !== '');
  const hasRows = chart.rows.length > 0;
  if (!hasSizes && !hasRows) return 'empty';
  if (!hasSizes) return 'no-sizes';
  if (!hasRows) return 'no-measurements';
  if (chart.sizes.length > MAX_SIZES) return 'too-many-sizes';
  if (chart.rows.length > MAX_ROWS) return 'too-many-rows';
  const cells = [...chart.sizes, ...chart.rows.flatMap((r) => [r.name, ...r.values])];
  if (cells.some((c) => c.length > MAX_CELL_CHARS)) return 'cell-too-long';
  return undefined;
}

/** Control characters (pasted from spreadsheets) never reach an output; tabs and newlines become spaces. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/gu, ' ').trim();
}
