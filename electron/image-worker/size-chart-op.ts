import { writeFile } from 'node:fs/promises';
import type { SizeChartDrawing } from '../services/image-engine';
import { renderSizeChartData } from '../services/size-chart-image';
import type { SizeChartArgs } from './protocol';

/**
 * The size chart's PNG, drawn here because sharp runs only in workers. The SVG is built from the
 * chart's typed text with the bundled font's outlines, so nothing untrusted is decoded.
 */
export async function drawSizeChart(args: SizeChartArgs): Promise<SizeChartDrawing> {
  const result = await renderSizeChartData(args.data, { width: args.width, maxHeight: args.maxHeight });
  if (!result.ok) return { drawn: false, problem: result.problem, ...('detail' in result && result.detail ? { detail: result.detail } : {}) };
  await writeFile(args.outPath, result.value.png);
  return { drawn: true, width: result.value.width, height: result.value.height };
}
