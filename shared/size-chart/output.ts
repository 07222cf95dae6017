import type { ChannelId } from '../model/ids';
import type { SizeChart } from '../model/listing';
import { marketsForChannel, type Market } from '../markets/market';
import { CHANNEL_PACKS } from '../rules/packs';
import { CHART_TITLE, SHOE_SYSTEM_LABELS, sizeHeader, TOLERANCE_NOTE, unitNote } from './labels';
import { convertChart, isLengthRowName, type LengthUnit } from './length';
import { labelLocaleFor, matchMeasurement, measurementLabel, type LabelLocale, type MeasurementId } from './measurements';
import { isShoeChart, labelShoeSystem, shoeRowsForChart, withFootLengthInCm } from './shoe-chart';
import { shoeSizeIn, type ShoeGender, type ShoeSystem } from './shoe-sizes';
import { checkSizeChart, cleanText, type SizeChartResult } from './validate';

/*
 * One description of a chart's output per channel, shared by the connectors (structured data), the
 * HTML table and the image, so the three never disagree. Sizes are rows and measurements columns,
 * the layout Chinese detail pages and Amazon size charts both use; it also lets a shoe chart grow
 * CN/EU/US/UK/JP columns beside foot length.
 */

export interface SizeChartOutputOptions {
  /** Label languages, primary first; two means a bilingual chart. */
  locales: readonly LabelLocale[];
  /** The unit values are shown in (the stored chart is converted if it differs). */
  unit: LengthUnit;
  /** For shoe charts: the published table's gender used for EU/US/UK. */
  shoeGender?: ShoeGender;
  /** For shoe charts: equivalents to add as columns; none by default. */
  shoeSystems?: readonly ShoeSystem[];
}

/**
 * What a channel's shoppers read: the locales and unit of the markets it sells in (first market
 * first), plus the pack's own locales. A channel sold in markets with two languages, or whose pack
 * asks for two (the own mall: zh-CN + en-US), gets a bilingual chart. Languages without their own
 * labels here fall back to English.
 */
export function outputOptionsFor(channel: ChannelId, markets: readonly Market[]): SizeChartOutputOptions {
  const channelMarkets = marketsForChannel(markets, channel);
  const locales = [...channelMarkets.map((m) => m.locale), ...CHANNEL_PACKS[channel].locales].map(labelLocaleFor);
  const unique = [...new Set(locales)].slice(0, 2);
  const first = channelMarkets[0];
  const unit: LengthUnit = first ? (first.units === 'imperial' ? 'in' : 'cm') : unique[0] === 'en-US' ? 'in' : 'cm';
  return { locales: unique.length > 0 ? unique : ['zh-CN'], unit, shoeSystems: unit === 'in' ? ['us', 'uk', 'eu'] : ['cn', 'eu'] };
}

export interface SizeChartColumn {
  kind: 'size' | 'measurement' | 'shoe';
  /** Known measurement or shoe system, for connectors that map columns to their own fields. */
  id?: MeasurementId | ShoeSystem;
  /** One label per output locale, in options.locales order. */
  labels: string[];
  /** Measurement columns: false for a weight, age or size row, whose values are in no length unit. */
  isLength?: boolean;
}

/** Structured chart for connectors and exporters: serialisable, values in the market's unit. */
export interface SizeChartData {
  unit: LengthUnit;
  locales: LabelLocale[];
  title: string[];
  notes: string[];
  columns: SizeChartColumn[];
  /** One row per size: the size, then one cell per remaining column ('' when empty or unknown). */
  rows: string[][];
}

const labelsIn = (locales: readonly LabelLocale[], labels: Readonly<Record<LabelLocale, string>>): string[] => locales.map((l) => labels[l]);

export function buildSizeChartData(chart: SizeChart, options: SizeChartOutputOptions): SizeChartResult<SizeChartData> {
  const problem = checkSizeChart(chart);
  if (problem) return { ok: false, problem };
  const fallback: LabelLocale[] = ['zh-CN'];
  const locales = options.locales.length > 0 ? [...options.locales] : fallback;
  const shown = convertChart(withFootLengthInCm(chart), options.unit);
  // Rows with no name and no value are editor leftovers ("Add measurement" clicked, nothing typed).
  const rows = shown.rows.filter((r) => r.name.trim() !== '' || r.values.some((v) => v.trim() !== ''));

  const isShoe = isShoeChart(chart);
  const sizeSystem = isShoe ? labelShoeSystem(chart) : undefined;
  const columns: SizeChartColumn[] = [
    { kind: 'size', ...(sizeSystem ? { id: sizeSystem } : {}), labels: locales.map((l) => sizeHeader(l, sizeSystem)) },
    ...rows.map((r): SizeChartColumn => {
      const id = matchMeasurement(r.name);
      return { kind: 'measurement', id, isLength: isLengthRowName(r.name), labels: locales.map((l) => cleanText(measurementLabel(r.name, l))) };
    }),
  ];
  const systems = isShoe ? (options.shoeSystems ?? []).filter((s) => s !== sizeSystem) : [];
  for (const system of systems) columns.push({ kind: 'shoe', id: system, labels: labelsIn(locales, SHOE_SYSTEM_LABELS[system]) });

  const shoeRows = systems.length > 0 ? shoeRowsForChart(chart, options.shoeGender ?? 'men') : [];
  // Sizes with no name and no value are editor leftovers too.
  const body = chart.sizes.flatMap((size, i) => {
    if (size.trim() === '' && rows.every((r) => (r.values[i] ?? '').trim() === '')) return [];
    const shoe = shoeRows[i];
    return [[
      cleanText(size),
      ...rows.map((r) => cleanText(r.values[i] ?? '')),
      ...systems.map((s) => (shoe ? String(shoeSizeIn(shoe, s)) : '')),
    ]];
  });

  return {
    ok: true,
    value: {
      unit: options.unit,
      locales,
      title: labelsIn(locales, CHART_TITLE),
      notes: [locales.map((l) => unitNote(options.unit, l)).join(' / '), ...labelsIn(locales, TOLERANCE_NOTE)],
      columns,
      rows: body,
    },
  };
}
