import type { SizeChart } from '../model/listing';
import { createSizeChart } from '../model/size-chart';
import { MEASUREMENTS, type LabelLocale } from './measurements';
import { SIZE_CHART_TEMPLATES, type TemplateId } from './templates';

/**
 * A new, empty chart from a template, its measurement names in the language the merchandiser types
 * in. Names are matched back to measurements (measurements.ts), so outputs in other languages still
 * get translated labels.
 */
export function chartFromTemplate(id: TemplateId, locale: LabelLocale): SizeChart {
  const template = SIZE_CHART_TEMPLATES[id];
  return createSizeChart(template.sizes, template.measurements.map((m) => MEASUREMENTS[m].labels[locale]), 'cm');
}

/** A chart with nothing typed into its cells can be replaced without asking. */
export function isChartBlank(chart: SizeChart | null): boolean {
  return !chart || chart.rows.every((r) => r.values.every((v) => v.trim() === ''));
}
