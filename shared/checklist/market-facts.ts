import { CHANNEL_IDS, type ChannelId, type CopyLocale, type Currency } from '../model/ids';
import type { Copy, Listing, SizeChart } from '../model/listing';
import type { FieldPath } from '../model/validate';
import { cleanTypedAmount, DECIMAL_PATTERN } from '../markets/decimal';
import { DEFAULT_MARKETS, type Market } from '../markets/market';
import { crossRate, EXAMPLE_RATE_TABLE, type RateTable } from '../markets/rates';
import { requiredFor, type ChannelNeeds } from '../markets/requirements';
import { DEFAULT_ROUNDING_RULES } from '../markets/rounding';
import { parseFieldKey, readField, type FieldKey } from '../translation/fields';
import { containsTerm, glossaryMisses, type GlossaryEntry, type GlossaryMiss } from '../translation/glossary';
import { comparedFields, outdatedFields } from '../translation/outdated';
import { isChartBlank, sizeChartRequired } from '../size-chart';
import type { ChecklistCode, MarketSettings } from './types';

/*
 * What the merchant's markets add to the checklist (issue 7): the locales and currencies each
 * channel needs, SKU prices per currency, outdated translations, glossary terms and size charts.
 * Each is worked out once per listing (per locale or currency), never per channel × locale: the
 * engine asks for them on every evaluation.
 */

export const DEFAULT_MARKET_SETTINGS: MarketSettings = {
  markets: DEFAULT_MARKETS,
  rates: EXAMPLE_RATE_TABLE,
  rounding: DEFAULT_ROUNDING_RULES,
  glossary: [],
};

/** Only the fields the checklist reads, so a change elsewhere in Settings does not look like a change here. */
export function marketSettingsOf(settings: MarketSettings): MarketSettings {
  return { markets: settings.markets, rates: settings.rates, rounding: settings.rounding, glossary: settings.glossary };
}

export type NeedsByChannel = Readonly<Record<ChannelId, ChannelNeeds>>;

/** requiredFor per markets object and date: the same for every listing of a pass. */
const needsCache = new WeakMap<readonly Market[], Map<string, NeedsByChannel>>();

/** What every channel needs under `markets` as of `asOf` (requiredFor), worked out once per markets object and date. */
export function channelNeeds(markets: readonly Market[], asOf: string): NeedsByChannel {
  let byDate = needsCache.get(markets);
  if (!byDate) {
    byDate = new Map();
    needsCache.set(markets, byDate);
  }
  let needs = byDate.get(asOf);
  if (!needs) {
    needs = Object.fromEntries(CHANNEL_IDS.map((channel) => [channel, requiredFor(channel, markets, { asOf })])) as Record<ChannelId, ChannelNeeds>;
    byDate.set(asOf, needs);
  }
  return needs;
}

const rateCache = new WeakMap<RateTable, Map<string, boolean>>();

function hasRate(rates: RateTable, from: Currency, to: Currency): boolean {
  let byPair = rateCache.get(rates);
  if (!byPair) {
    byPair = new Map();
    rateCache.set(rates, byPair);
  }
  const key = `${from}>${to}`;
  let has = byPair.get(key);
  if (has === undefined) {
    has = crossRate(from, to, rates) !== null;
    byPair.set(key, has);
  }
  return has;
}

/** Whether parseTypedAmount would read the text, without building the exact value (plain amounts skip the cleaning). */
function isTypedAmount(raw: string): boolean {
  return DECIMAL_PATTERN.test(raw) || DECIMAL_PATTERN.test(cleanTypedAmount(raw));
}

/** sizeChartRequired per category path: a catalog has a few hundred paths at most, shared by thousands of listings. */
const sizeChartByCategory = new Map<string, boolean>();

function isSizedCategory(categoryPath: readonly string[]): boolean {
  const key = categoryPath.join('\u0000');
  let required = sizeChartByCategory.get(key);
  if (required === undefined) {
    if (sizeChartByCategory.size >= 5_000) sizeChartByCategory.clear();
    required = sizeChartRequired(categoryPath);
    sizeChartByCategory.set(key, required);
  }
  return required;
}

export interface PriceGaps {
  /** SKUs with no price in the currency and none derivable (no rate, or a base price that is not a plain amount). */
  missing: number[];
  /** SKUs whose typed price for the currency is not an amount (never derived over, see prices.ts). */
  invalid: number[];
}

/**
 * SKUs without a selling price in `target`: the same verdict as skuPriceIn(...).price being
 * 'missing', decided without exact arithmetic (whether a price exists does not depend on its
 * value). SKUs in `unpriced` (no base price: core sku.priced already blocks) count only when they
 * have an invalid typed price of their own, so one missing price is not reported twice.
 */
export function priceGaps(listing: Pick<Listing, 'skus' | 'currency'>, target: Currency, rates: RateTable, unpriced: readonly number[]): PriceGaps {
  const gaps: PriceGaps = { missing: [], invalid: [] };
  if (target === listing.currency) return gaps;
  const canDerive = hasRate(rates, listing.currency, target);
  const skipped = unpriced.length === 0 ? null : new Set(unpriced);
  listing.skus.forEach((sku, i) => {
    const typed = sku.prices?.[target]?.price;
    if (typed !== undefined && typed.trim() !== '') {
      if (!isTypedAmount(typed)) gaps.invalid.push(i);
      return;
    }
    if (skipped?.has(i)) return;
    if (!canDerive || !isTypedAmount(sku.price)) gaps.missing.push(i);
  });
  return gaps;
}

/** Whether a locale's copy has any text a shopper would read (keywords do not count). */
export function hasCopyText(copy: Copy | undefined): boolean {
  if (!copy) return false;
  if (copy.title.trim() || copy.subtitle.trim() || copy.description.trim()) return true;
  if (copy.bullets.some((b) => b.trim())) return true;
  return Object.values(copy.titleOverrides).some((t) => t?.trim());
}

/** A chart with at least one size and one filled cell; an empty grid (isChartBlank) is not a chart yet. */
export function hasSizeChart(chart: SizeChart | null): boolean {
  return chart !== null && !isChartBlank(chart) && chart.sizes.some((s) => s.trim());
}

/**
 * The locale the listing's translations come from, as the editor picks it: the one a record
 * names, else `preferred` (the first market's locale) when the listing has it, else its first locale.
 */
export function sourceLocaleOf(listing: Listing, preferred: CopyLocale | undefined): CopyLocale | undefined {
  for (const record of Object.values(listing.translations ?? {})) {
    if (record && listing.copy[record.source]) return record.source;
  }
  if (preferred && listing.copy[preferred]) return preferred;
  return (Object.keys(listing.copy) as CopyLocale[])[0];
}

/** As glossary.ts folds text before matching (NFKC, lower case); the pre-filter below must agree with it. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

interface CompiledTerm {
  entry: GlossaryEntry;
  /** The source form, folded. */
  found: string;
}

const compiledGlossaries = new WeakMap<readonly GlossaryEntry[], Map<string, CompiledTerm[]>>();

/** The entries that can miss from `source` to `target` (both forms set), with the source form folded once per glossary. */
function compileGlossary(glossary: readonly GlossaryEntry[], source: CopyLocale, target: CopyLocale): CompiledTerm[] {
  let byPair = compiledGlossaries.get(glossary);
  if (!byPair) {
    byPair = new Map();
    compiledGlossaries.set(glossary, byPair);
  }
  const key = `${source}>${target}`;
  let compiled = byPair.get(key);
  if (!compiled) {
    compiled = glossary.flatMap((entry) => {
      const found = entry.translations[source] ?? entry.term;
      return found.trim() && entry.translations[target]?.trim() ? [{ entry, found: fold(found) }] : [];
    });
    byPair.set(key, compiled);
  }
  return compiled;
}

/**
 * glossaryMisses for one field, asked only about `terms` that the source text uses: it folds
 * every entry it is given on every call, which for a long glossary over a catalog would dominate
 * the run. The answer is the same, as a term the source does not use cannot miss.
 */
function fieldGlossaryMisses(sourceText: string, folded: string, targetText: string, terms: readonly CompiledTerm[], source: CopyLocale, target: CopyLocale): GlossaryMiss[] {
  const used = terms.filter((t) => folded.includes(t.found) && containsTerm(folded, t.found));
  return used.length === 0 ? [] : glossaryMisses(sourceText, targetText, used.map((t) => t.entry), source, target);
}

export interface OutdatedField {
  key: FieldKey;
  code: ChecklistCode;
  path: FieldPath;
  params: Record<string, string | number>;
  /** Title overrides matter only to their channel. */
  channel?: ChannelId;
}

export interface GlossaryGap {
  path: FieldPath;
  miss: GlossaryMiss;
}

function outdatedItem(locale: CopyLocale, key: FieldKey, source: CopyLocale): OutdatedField | null {
  const parsed = parseFieldKey(key);
  if (!parsed) return null;
  switch (parsed.kind) {
    case 'title':
      return { key, code: 'translation.outdatedTitle', path: ['copy', locale, 'title'], params: { source } };
    case 'subtitle':
      return { key, code: 'translation.outdatedSubtitle', path: ['copy', locale, 'subtitle'], params: { source } };
    case 'description':
      return { key, code: 'translation.outdatedDescription', path: ['copy', locale, 'description'], params: { source } };
    case 'bullets':
      return { key, code: 'translation.outdatedBullet', path: ['copy', locale, 'bullets', parsed.index], params: { source, index: parsed.index + 1 } };
    case 'titleOverrides':
      return { key, code: 'translation.outdatedTitleOverride', path: ['copy', locale, 'titleOverrides', parsed.channel], params: { source, channel: parsed.channel }, channel: parsed.channel };
  }
}

const NO_FIELDS: OutdatedField[] = [];
const NO_GAPS: GlossaryGap[] = [];

/** One listing's market facts, computed on first use and shared by every channel and locale. */
export class MarketFacts {
  // Made on first use: a catalog pass builds one MarketFacts per listing.
  private prices?: Map<Currency, PriceGaps>;
  private outdated?: Map<CopyLocale, OutdatedField[]>;
  private glossary?: Map<CopyLocale, GlossaryGap[]>;
  private sizeChartMissing?: boolean;
  private source?: CopyLocale | null;
  private readonly needsByChannel: NeedsByChannel;

  constructor(
    private readonly listing: Listing,
    private readonly settings: MarketSettings,
    asOf: string,
  ) {
    this.needsByChannel = channelNeeds(settings.markets, asOf);
  }

  needs(channel: ChannelId): ChannelNeeds {
    return this.needsByChannel[channel];
  }

  priceGapsIn(currency: Currency, unpriced: readonly number[]): PriceGaps {
    this.prices ??= new Map();
    let gaps = this.prices.get(currency);
    if (!gaps) {
      gaps = priceGaps(this.listing, currency, this.settings.rates, unpriced);
      this.prices.set(currency, gaps);
    }
    return gaps;
  }

  /** The locale's fields outdated against the source its record names (nothing without a record). */
  outdatedIn(locale: CopyLocale): OutdatedField[] {
    this.outdated ??= new Map();
    let fields = this.outdated.get(locale);
    if (!fields) {
      const source = this.listing.translations?.[locale]?.source;
      const keys = source ? outdatedFields(this.listing, locale) : [];
      fields = keys.length === 0 || !source ? NO_FIELDS : keys.flatMap((key) => outdatedItem(locale, key, source) ?? []);
      this.outdated.set(locale, fields);
    }
    return fields;
  }

  /**
   * Glossary terms the source uses that the locale's same field does not render as agreed, one
   * per term (the first field it is missing from). Title overrides are left out: a channel's
   * title is written for that channel and may be shorter on purpose.
   */
  glossaryGapsIn(locale: CopyLocale): GlossaryGap[] {
    this.glossary ??= new Map();
    let gaps = this.glossary.get(locale);
    if (gaps) return gaps;
    gaps = NO_GAPS;
    const { glossary } = this.settings;
    const source = glossary.length === 0 ? undefined : this.sourceFor(locale);
    const sourceCopy = source ? this.listing.copy[source] : undefined;
    const targetCopy = this.listing.copy[locale];
    const compiled = source ? compileGlossary(glossary, source, locale) : [];
    if (source && sourceCopy && targetCopy && compiled.length > 0) {
      // One pass over all the source's text first: most listings use a handful of the terms, or none.
      const keys = comparedFields(sourceCopy, targetCopy);
      const texts = keys.map((key) => readField(sourceCopy, key) ?? '');
      const folded = texts.map(fold);
      const all = folded.join('\n');
      const terms = compiled.filter((t) => all.includes(t.found));
      const seen = new Set<string>();
      for (let i = 0; i < keys.length && terms.length > 0; i++) {
        const key = keys[i];
        const parsed = key === undefined ? null : parseFieldKey(key);
        if (!key || !parsed || parsed.kind === 'titleOverrides') continue;
        const sourceText = texts[i] ?? '';
        const targetText = readField(targetCopy, key) ?? '';
        // An empty target field is missing copy, which other checks report.
        if (!sourceText.trim() || !targetText.trim()) continue;
        for (const miss of fieldGlossaryMisses(sourceText, folded[i] ?? '', targetText, terms, source, locale)) {
          if (seen.has(miss.term)) continue;
          seen.add(miss.term);
          if (gaps === NO_GAPS) gaps = [];
          const path: FieldPath = parsed.kind === 'bullets' ? ['copy', locale, 'bullets', parsed.index] : ['copy', locale, parsed.kind];
          gaps.push({ path, miss });
        }
      }
    }
    this.glossary.set(locale, gaps);
    return gaps;
  }

  /** The source a locale is held to: its own record's, else the listing's; none for the source itself. */
  sourceFor(locale: CopyLocale): CopyLocale | undefined {
    const own = this.listing.translations?.[locale]?.source;
    if (own && own !== locale && this.listing.copy[own]) return own;
    if (this.source === undefined) this.source = sourceLocaleOf(this.listing, this.settings.markets[0]?.locale) ?? null;
    return this.source === null || this.source === locale ? undefined : this.source;
  }

  isSizeChartMissing(): boolean {
    this.sizeChartMissing ??= !hasSizeChart(this.listing.sizeChart) && isSizedCategory(this.listing.categoryPath);
    return this.sizeChartMissing;
  }
}
