import { COPY_LOCALES, type ChannelId, type CopyLocale } from '../model/ids';
import type { ChecklistOverride, Copy, Listing } from '../model/listing';
import type { ChecklistSettings } from '../model/settings';
import type { FieldPath } from '../model/validate';
import { effectiveAdTerms, type AdTerm } from '../rules/ad-law-terms';
import { effectiveSeverity, ruleApplies, type ChannelPack, type ChannelRule, type RuleCheck, type Severity } from '../rules/channel-rule';
import { CORE, CORE_RULES } from '../rules/core-rules';
import { CHANNEL_PACKS } from '../rules/packs';
import { ImageFacts } from './image-facts';
import { hasCopyText, MarketFacts } from './market-facts';
import { skuFacts, skuLabel, variantGroupOf, type SkuFacts } from './sku-facts';
import { findTerm, findTerms, repeatedWords, type TermHit } from './text';
import { forbiddenChars, type ForbiddenSet } from './title-chars';
import { measureTitle, type MeasuredTitle, type TitleUnit } from './title-units';
import type { ChannelReadiness, ChecklistContext, ChecklistItem, ChecklistCode, TitleMeter } from './types';

/*
 * The readiness engine: for one listing, each (channel, locale) gets the channel's rules that are
 * in force as of ctx.asOf, and every rule either passes or yields items with a severity, its source
 * and the path of the field that fixes it. Pure. A ListingChecklist shares the expensive parts
 * (SKU rollups, image checks, title measurements, term scans) across channels and locales, which
 * is what keeps 10,000 listings × 9 channels × 2 locales under a second.
 */

const EMPTY_COPY: Copy = { title: '', subtitle: '', bullets: [], description: '', keywords: [], primaryKeywords: [], titleOverrides: {} };

interface AdTermIndex {
  terms: string[];
  byTerm: Map<string, AdTerm>;
}
const adTermCache = new WeakMap<ChecklistSettings['adTerms'], AdTermIndex>();

function adTermIndex(settings: ChecklistSettings): AdTermIndex {
  let index = adTermCache.get(settings.adTerms);
  if (!index) {
    const list = effectiveAdTerms(settings.adTerms);
    index = { terms: list.map((t) => t.term), byTerm: new Map(list.map((t) => [t.term.toLowerCase(), t])) };
    adTermCache.set(settings.adTerms, index);
  }
  return index;
}

type Measure = MeasuredTitle;
const UNIT_KEYS: Record<TitleUnit, number> = { 'cjk-double': 0, chars: 1, 'utf8-bytes': 2 };

/** Facts about one title string, measured once however many channels share it. */
class TitleFacts {
  private readonly measures = new Map<TitleUnit, Measure>();
  private readonly cuts = new Map<number, number>();
  private readonly forbidden = new Map<string, string[]>();
  /** Core-rule outcomes for this title, by pack split and locale (see ListingChecklist.evaluate). */
  readonly blocks = new Map<string, BlockOutcome>();
  /** Meters by pack (and the length rule in force): channels asking again get the same object. */
  readonly meters = new Map<ChannelPack, TitleMeter>();
  private repeats?: ReturnType<typeof repeatedWords>;
  private lower?: string;
  private readonly keywords = new Map<string, TermHit | null>();
  constructor(readonly text: string) {}
  /** Where a target keyword first appears, or null. */
  keyword(keyword: string): TermHit | null {
    let hit = this.keywords.get(keyword);
    if (hit === undefined) {
      this.lower ??= this.text.toLowerCase();
      hit = findTerm(this.text, keyword, this.lower) ?? null;
      this.keywords.set(keyword, hit);
    }
    return hit;
  }
  measure(unit: TitleUnit): Measure {
    let m = this.measures.get(unit);
    if (!m) {
      m = measureTitle(this.text, unit);
      this.measures.set(unit, m);
    }
    return m;
  }
  forbiddenChars(set: ForbiddenSet, brand: string): string[] {
    let chars = this.forbidden.get(set);
    if (!chars) {
      chars = forbiddenChars(this.text, set, brand);
      this.forbidden.set(set, chars);
    }
    return chars;
  }
  /** Where the channel cuts the title at `limit` units (memoized: every channel asks for its front part). */
  cut(unit: TitleUnit, limit: number): number {
    // A number key (limit × unit count + unit): this runs for every evaluation's meter.
    const key = limit * 3 + UNIT_KEYS[unit];
    let index = this.cuts.get(key);
    if (index === undefined) {
      index = this.measure(unit).cutIndex(limit);
      this.cuts.set(key, index);
    }
    return index;
  }
  repeated(maxRepeats: number): ReturnType<typeof repeatedWords> {
    this.repeats ??= repeatedWords(this.text, 2);
    return maxRepeats === 2 ? this.repeats : repeatedWords(this.text, maxRepeats);
  }
}

interface Env {
  channel: ChannelId;
  locale: CopyLocale;
  pack: ChannelPack;
  copy: Copy;
  title: TitleFacts;
  titlePath: FieldPath;
  /** The locale has no copy at all: its copy items fold into one "copy missing" item. */
  copyMissing: boolean;
}

interface BlockOutcome {
  open: ChecklistItem[];
  accepted: ChecklistItem[];
  checks: number;
  points: number;
  lengthRule: ChannelRule | undefined;
}

/** A rule ready to run: its severity as applied is worked out once, not per evaluation. */
interface LiveRule {
  rule: ChannelRule;
  severity: Severity;
}

/**
 * Core rules whose outcome depends only on the locale's copy, its title and the SKUs, so one run
 * serves every channel. Core rules that read the channel run per channel: keyword-up-front (its
 * front part), market prices (its markets' currencies) and translation-current (its title override).
 */
const PER_CHANNEL: ReadonlySet<ChannelRule> = new Set([CORE.keywordUpFront, CORE.marketPrices, CORE.translationCurrent]);
const CORE_SET: ReadonlySet<ChannelRule> = new Set([...CORE_RULES, CORE.adLaw].filter((r) => !PER_CHANNEL.has(r)));
const SET_TAGS = new Map<string, string>();
interface PackSplit {
  shared: readonly ChannelRule[];
  own: readonly ChannelRule[];
  /** Cache key per locale for the shared block: the same core rules in the same locale. */
  keys: Record<CopyLocale, string>;
  /** The rules in force on `asOf`, kept for the last date asked (one date per catalog pass). */
  asOf: string;
  liveShared: LiveRule[];
  liveOwn: LiveRule[];
}
const splits = new WeakMap<ChannelPack, PackSplit>();

function live(rules: readonly ChannelRule[], asOf: string): LiveRule[] {
  return rules.filter((r) => ruleApplies(r, asOf)).map((rule) => ({ rule, severity: effectiveSeverity(rule) }));
}

/** A pack's rules in two parts, the core ones (shareable across channels) and its own, in force on `asOf`. */
function splitPack(pack: ChannelPack, asOf: string): PackSplit {
  let split = splits.get(pack);
  if (!split) {
    const shared = pack.rules.filter((r) => CORE_SET.has(r));
    // A short tag per distinct core-rule set keeps the cache key (built per evaluation) short.
    const ids = shared.map((r) => r.id).join(',');
    let tag = SET_TAGS.get(ids);
    if (tag === undefined) {
      tag = String(SET_TAGS.size);
      SET_TAGS.set(ids, tag);
    }
    const keys = Object.fromEntries(COPY_LOCALES.map((l) => [l, `${tag}|${l}`])) as Record<CopyLocale, string>;
    const own = pack.rules.filter((r) => !CORE_SET.has(r));
    split = { shared, own, keys, asOf, liveShared: live(shared, asOf), liveOwn: live(own, asOf) };
    splits.set(pack, split);
  } else if (split.asOf !== asOf) {
    split.asOf = asOf;
    split.liveShared = live(split.shared, asOf);
    split.liveOwn = live(split.own, asOf);
  }
  return split;
}

const NONE: ChecklistItem[] = [];

/** What a SKU rollup emits, the same for every channel and locale (items share it; nothing mutates it). */
interface RollupParts {
  code: ChecklistCode;
  path: FieldPath;
  params: ChecklistItem['params'];
  extra: { subject?: string; variantGroup?: ChecklistItem['variantGroup'] };
}
const NO_OVERRIDES: ReadonlyMap<string, ChecklistOverride> = new Map();

/**
 * Collects one run's items rule by rule (a class, not a closure per rule: this runs 180,000 times
 * a catalog). Most rules pass, so the item arrays are only made when something is emitted.
 */
class Collector implements BlockOutcome {
  open = NONE;
  accepted = NONE;
  checks = 0;
  points = 0;
  lengthRule: ChannelRule | undefined;
  worst: 'pass' | 'warning' | 'blocker' = 'pass';
  private rule!: ChannelRule;
  private severity: Severity = 'blocker';

  constructor(
    private readonly locale: CopyLocale,
    private readonly overrides: ReadonlyMap<string, ChecklistOverride>,
    /** The locale has no copy: its copy items still score, but only copy.localeMissing is listed. */
    private readonly foldsCopy: boolean,
  ) {}

  start({ rule, severity }: LiveRule): void {
    this.rule = rule;
    this.severity = severity;
    this.worst = 'pass';
  }

  /** Scores the rule just run: 1 point for a pass, ½ for a warning, 0 for a blocker. */
  finish(): void {
    this.checks += 1;
    this.points += this.worst === 'pass' ? 1 : this.worst === 'warning' ? 0.5 : 0;
  }

  emit(code: ChecklistCode, path: FieldPath, params: ChecklistItem['params'] = {}, extra: { subject?: string; variantGroup?: ChecklistItem['variantGroup'] } = {}): void {
    const { rule, severity } = this;
    if (this.foldsCopy && path[0] === 'copy' && code !== 'copy.localeMissing') {
      if (severity === 'blocker') this.worst = 'blocker';
      else if (this.worst === 'pass') this.worst = 'warning';
      return;
    }
    const key = extra.subject === undefined ? `${rule.id}|${this.locale}` : `${rule.id}|${this.locale}|${extra.subject}`;
    const item: ChecklistItem = { key, ruleId: rule.id, code, severity, confidence: rule.confidence, source: rule.source, effectiveFrom: rule.effectiveFrom, path, params };
    if (extra.variantGroup) item.variantGroup = extra.variantGroup;
    const accept = severity === 'warning' ? this.overrides.get(key) : undefined;
    if (accept) {
      item.override = accept;
      if (this.accepted === NONE) this.accepted = [];
      this.accepted.push(item);
      return;
    }
    if (this.open === NONE) this.open = [];
    this.open.push(item);
    if (severity === 'blocker') this.worst = 'blocker';
    else if (this.worst === 'pass') this.worst = 'warning';
  }
}

/** Blockers first, then warnings; each list keeps rule order. */
function bySeverity(a: ChecklistItem[], b: ChecklistItem[]): ChecklistItem[] {
  if (b.length === 0) return a.length < 2 ? a : sortOpen(a.slice());
  if (a.length === 0) return b.length < 2 ? b : sortOpen(b.slice());
  return sortOpen(a.concat(b));
}

function sortOpen(items: ChecklistItem[]): ChecklistItem[] {
  return items.sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'blocker' ? -1 : 1));
}

export class ListingChecklist {
  private skuCache?: SkuFacts;
  private readonly images: ImageFacts;
  private readonly titles = new Map<string, TitleFacts>();
  /** Term hits by list (ad-law, brands) and text; two levels, not a joined key, so no long string is built per lookup. */
  private readonly termScans = new Map<string, Map<string, TermHit[]>>();
  private readonly lengths = new Map<string, number>();
  private readonly overrides: ReadonlyMap<string, ChecklistOverride>;
  private readonly market: MarketFacts;
  /** By locale; made on first use, like the rollups (a catalog pass builds 10,000 checklists). */
  private copyMissing?: Map<CopyLocale, boolean>;
  private rollups?: Map<readonly number[], RollupParts>;

  constructor(
    readonly listing: Listing,
    private readonly ctx: ChecklistContext,
  ) {
    this.images = new ImageFacts(listing, ctx);
    this.market = new MarketFacts(listing, ctx.markets, ctx.asOf);
    this.overrides = listing.overrides.length === 0 ? NO_OVERRIDES : new Map(listing.overrides.map((o) => [o.key, o]));
  }

  private get skus(): SkuFacts {
    this.skuCache ??= skuFacts(this.listing.skus);
    return this.skuCache;
  }

  private readonly titlePaths = new Map<CopyLocale, FieldPath>();

  /** ["copy", locale, "title"], one array per locale (items share it; nothing mutates paths). */
  private titlePathOf(locale: CopyLocale): FieldPath {
    let path = this.titlePaths.get(locale);
    if (!path) {
      path = ['copy', locale, 'title'];
      this.titlePaths.set(locale, path);
    }
    return path;
  }

  /** Length in characters (graphemes) of a description or bullet, measured once per text. */
  private chars(text: string): number {
    let length = this.lengths.get(text);
    if (length === undefined) {
      length = measureTitle(text, 'chars').used;
      this.lengths.set(text, length);
    }
    return length;
  }

  private titleFacts(text: string): TitleFacts {
    let facts = this.titles.get(text);
    if (!facts) {
      facts = new TitleFacts(text);
      this.titles.set(text, facts);
    }
    return facts;
  }

  private scan(text: string, terms: readonly string[], cacheKey: string): TermHit[] {
    if (!text || terms.length === 0) return [];
    let byText = this.termScans.get(cacheKey);
    if (!byText) {
      byText = new Map();
      this.termScans.set(cacheKey, byText);
    }
    let hits = byText.get(text);
    if (!hits) {
      // Claims nest (全网第一 ⊃ 第一) and count once.
      hits = outermost(findTerms(text, terms));
      byText.set(text, hits);
    }
    return hits;
  }

  /**
   * Copy locales the channel needs: its pack's and those of the markets that sell on it
   * (Settings → Markets). evaluateChannel checks each; one without copy gets copy.localeMissing.
   */
  localesFor(channel: ChannelId): readonly CopyLocale[] {
    return this.market.needs(channel).locales;
  }

  private isCopyMissing(locale: CopyLocale): boolean {
    this.copyMissing ??= new Map();
    let missing = this.copyMissing.get(locale);
    if (missing === undefined) {
      missing = !hasCopyText(this.listing.copy[locale]);
      this.copyMissing.set(locale, missing);
    }
    return missing;
  }

  /** The checklist for one channel in one locale. */
  evaluate(channel: ChannelId, locale: CopyLocale): ChannelReadiness {
    const pack = CHANNEL_PACKS[channel];
    const copy = this.listing.copy[locale] ?? EMPTY_COPY;
    const override = copy.titleOverrides[channel]?.trim();
    const env: Env = {
      channel, locale, pack, copy,
      title: this.titleFacts(override || copy.title.trim()),
      titlePath: override ? ['copy', locale, 'titleOverrides', channel] : this.titlePathOf(locale),
      copyMissing: this.isCopyMissing(locale),
    };
    const split = splitPack(pack, this.ctx.asOf);
    // Core rules read the locale's copy, its title and the SKUs, not the channel: one run serves
    // every channel with the same title and front part (item keys carry rule id and locale only).
    const blockKey = split.keys[locale];
    let block: BlockOutcome | undefined = env.title.blocks.get(blockKey);
    if (!block) {
      block = this.runRules(split.liveShared, env);
      env.title.blocks.set(blockKey, block);
    }
    const mine = this.runRules(split.liveOwn, env);
    const open = bySeverity(block.open, mine.open);
    const checks = block.checks + mine.checks;
    const points = block.points + mine.points;
    const accepted = block.accepted.length === 0 ? mine.accepted : block.accepted.concat(mine.accepted);
    return {
      channel, locale, asOf: this.ctx.asOf,
      ready: open.length === 0 || open[0]?.severity !== 'blocker',
      score: checks === 0 ? 100 : Math.floor((points / checks) * 100),
      checks,
      items: accepted.length === 0 ? open : open.concat(accepted),
      meter: this.meter(env, mine.lengthRule),
    };
  }

  private runRules(rules: readonly LiveRule[], env: Env): Collector {
    const out = new Collector(env.locale, this.overrides, env.copyMissing);
    for (const live of rules) {
      if (live.rule.check.kind === 'title-length') out.lengthRule = live.rule;
      out.start(live);
      this.run(live.rule.check, env, out);
      out.finish();
    }
    return out;
  }

  /** The channel in every locale it needs (localesFor): ready only when ready in all of them. */
  evaluateChannel(channel: ChannelId): { ready: boolean; score: number; results: ChannelReadiness[] } {
    const results = this.localesFor(channel).map((locale) => this.evaluate(channel, locale));
    return {
      ready: results.every((r) => r.ready),
      score: Math.min(...results.map((r) => r.score)),
      results,
    };
  }

  /** The title meter; shared by evaluations of the same title, pack and length rule (nothing mutates it). */
  private meter(env: Env, rule: ChannelRule | undefined): TitleMeter {
    const cached = env.title.meters.get(env.pack);
    if (cached && cached.path === env.titlePath && cached.ruleId === (rule?.id ?? null)) return cached;
    const check = rule?.check.kind === 'title-length' ? rule.check : undefined;
    const unit = check?.unit ?? env.pack.titleUnit;
    const m = env.title.measure(unit);
    const limit = check?.max ?? null;
    const meter: TitleMeter = {
      unit, limit, used: m.used,
      cutIndex: limit !== null && m.used > limit ? env.title.cut(unit, limit) : null,
      frontIndex: env.title.cut(unit, env.pack.frontUnits),
      frontUnits: env.pack.frontUnits,
      ruleId: rule?.id ?? null,
      path: env.titlePath,
      text: env.title.text,
    };
    env.title.meters.set(env.pack, meter);
    return meter;
  }

  private run(check: RuleCheck, env: Env, out: Collector): void {
    const { listing } = this;
    const { copy, locale, title } = env;
    switch (check.kind) {
      case 'title-present':
        if (!title.text) out.emit('title.missing', env.titlePath, { locale });
        return;
      case 'title-length': {
        const used = title.measure(check.unit).used;
        if (used > check.max) out.emit('title.tooLong', env.titlePath, { used, limit: check.max, unit: check.unit });
        return;
      }
      case 'title-chars': {
        const chars = title.forbiddenChars(check.forbid, listing.brand);
        if (chars.length > 0) out.emit('title.forbiddenChars', env.titlePath, { chars: chars.join(' '), set: check.forbid });
        return;
      }
      case 'title-repeat':
        for (const { word, count } of title.repeated(check.maxRepeats)) {
          out.emit('title.repeatedWord', env.titlePath, { word, count, max: check.maxRepeats }, { subject: word });
        }
        return;
      case 'field':
        this.checkField(check, env, out);
        return;
      case 'bullets': {
        const bullets = copy.bullets.map((b) => b.trim()).filter(Boolean);
        if (bullets.length < check.min) out.emit('bullets.tooFew', ['copy', locale, 'bullets'], { count: bullets.length, min: check.min });
        copy.bullets.forEach((b, i) => {
          const length = this.chars(b.trim());
          if (length === 0) return;
          if ((check.minChars !== undefined && length < check.minChars) || (check.maxChars !== undefined && length > check.maxChars)) {
            out.emit('bullets.length', ['copy', locale, 'bullets', i], { index: i + 1, length, min: check.minChars ?? 0, max: check.maxChars ?? 0 }, { subject: String(i) });
          }
        });
        return;
      }
      case 'image-slot': {
        const { passing, failing } = this.images.slot(env.channel, check.slot);
        if (passing.length < check.min) {
          out.emit('images.missing', ['images'], { slot: check.slot, have: passing.length, min: check.min, failing: failing.length }, { subject: check.slot });
        }
        if (check.max !== undefined && passing.length + failing.length > check.max) {
          out.emit('images.tooMany', ['images'], { slot: check.slot, have: passing.length + failing.length, max: check.max }, { subject: `${check.slot}.max` });
        }
        return;
      }
      case 'image-total': {
        const have = this.images.total(env.channel);
        if (have > check.max) out.emit('images.totalTooMany', ['images'], { have, max: check.max });
        return;
      }
      case 'variant-images':
        this.checkVariantImages(env, out);
        return;
      case 'sku-barcode':
        this.rollup('sku.noBarcode', this.skus.noBarcode, 'barcode', out);
        return;
      case 'sku-reference-price': {
        if (check.required) this.rollup('sku.noReferencePrice', this.skus.noReferencePrice, 'compareAtPrice', out);
        const max = check.maxRatio;
        if (max !== undefined) {
          const over = this.skus.referenceRatios.flatMap((r, i) => (r !== null && r >= max ? [i] : []));
          this.rollup('sku.referenceTooHigh', over, 'compareAtPrice', out, { ratio: max });
        }
        return;
      }
      case 'sku-count':
        if (listing.skus.length > check.max) out.emit('sku.tooMany', ['skus'], { count: listing.skus.length, max: check.max });
        return;
      case 'currency':
        if (!check.currencies.includes(listing.currency)) out.emit('currency.mismatch', ['currency'], { currency: listing.currency, expected: check.currencies.join(', ') });
        return;
      case 'sku-present':
        if (listing.skus.length === 0) out.emit('sku.none', ['skus']);
        return;
      case 'sku-priced':
        this.rollup('sku.unpriced', this.skus.unpriced, 'price', out);
        return;
      case 'sku-stocked':
        this.rollup('sku.unstocked', this.skus.unstocked, 'stock', out);
        return;
      case 'sku-in-stock':
        this.rollup('sku.outOfStock', this.skus.outOfStock, 'stock', out);
        return;
      case 'sale-within-list':
        this.rollup('sku.saleAboveList', this.skus.saleAboveList, 'price', out);
        return;
      case 'margin': {
        const min = this.ctx.settings.minMarginPercent;
        const low = this.skus.margins.flatMap((m, i) => (m !== null && m < min ? [i] : []));
        this.rollup('sku.marginLow', low, 'cost', out, { min });
        return;
      }
      case 'ad-law':
        this.checkAdLaw(env, out);
        return;
      case 'competitor-brand':
        this.checkCompetitors(env, out);
        return;
      case 'keyword-in-title':
        this.checkKeywords(check.priority, env, out);
        return;
      case 'keyword-up-front':
        this.checkUpFront(env, out);
        return;
      case 'copy-locale':
        if (env.copyMissing) out.emit('copy.localeMissing', ['copy', locale], { locale });
        return;
      case 'translation-current':
        for (const field of this.market.outdatedIn(locale)) {
          if (field.channel === undefined || field.channel === env.channel) out.emit(field.code, field.path, field.params, { subject: field.key });
        }
        return;
      case 'glossary': {
        const gaps = this.market.glossaryGapsIn(locale);
        if (gaps.length === 0) return;
        const source = this.market.sourceFor(locale) ?? '';
        for (const { path, miss } of gaps) {
          out.emit('glossary.termMissing', path, { term: miss.term, found: miss.found, expected: miss.expected, source }, { subject: miss.term.toLowerCase() });
        }
        return;
      }
      case 'market-prices':
        this.checkMarketPrices(env, out);
        return;
      case 'size-chart':
        if (this.market.isSizeChartMissing()) out.emit('sizeChart.missing', ['sizeChart'], { categoryPath: listing.categoryPath.join(' > ') });
        return;
    }
  }

  /** Each currency the channel's markets need besides the listing's own (core sku.priced covers that one). */
  private checkMarketPrices(env: Env, out: Collector): void {
    for (const currency of this.market.needs(env.channel).currencies) {
      if (currency === this.listing.currency) continue;
      const { missing, invalid } = this.market.priceGapsIn(currency, this.skus.unpriced);
      this.rollup('price.currencyMissing', missing, ['prices', currency, 'price'], out, { currency }, currency);
      this.rollup('price.currencyInvalid', invalid, ['prices', currency, 'price'], out, { currency }, `${currency}.invalid`);
    }
  }

  private checkField(check: Extract<RuleCheck, { kind: 'field' }>, env: Env, out: Collector): void {
    const { listing } = this;
    switch (check.field) {
      case 'category':
        if (listing.categoryPath.every((c) => !c.trim())) out.emit('field.missing', ['categoryPath'], { field: 'category' });
        return;
      case 'brand':
        if (!listing.brand.trim()) out.emit('field.missing', ['brand'], { field: 'brand' });
        return;
      case 'subtitle':
      case 'description': {
        const text = env.copy[check.field].trim();
        const path = ['copy', env.locale, check.field];
        if (!text) {
          out.emit('field.missing', path, { field: check.field });
          return;
        }
        if (check.min === undefined && check.max === undefined) return;
        const length = this.chars(text);
        if (check.min !== undefined && length < check.min) out.emit('field.tooShort', path, { field: check.field, length, min: check.min });
        if (check.max !== undefined && length > check.max) out.emit('field.tooLong', path, { field: check.field, length, max: check.max });
      }
    }
  }

  /**
   * One item for all SKUs failing the same check, pointing at the first of them (its `field`, or
   * the path under it). Its parts are kept per failing-index list, so a list computed once per
   * listing (SKU facts, prices per currency) is rolled up once for every channel and locale.
   */
  private rollup(code: ChecklistCode, indexes: readonly number[], field: string | FieldPath, out: Collector, params: ChecklistItem['params'] = {}, subject?: string): void {
    const first = indexes[0];
    if (first === undefined) return;
    this.rollups ??= new Map();
    let parts = this.rollups.get(indexes);
    if (parts?.code !== code) {
      const variantGroup = variantGroupOf(this.listing, indexes);
      const extra: RollupParts['extra'] = {};
      if (variantGroup) extra.variantGroup = variantGroup;
      if (subject !== undefined) extra.subject = subject;
      parts = {
        code, extra,
        path: typeof field === 'string' ? ['skus', first, field] : ['skus', first, ...field],
        params: { ...params, count: indexes.length, total: this.listing.skus.length, sku: skuLabel(this.listing.skus[first], first) },
      };
      this.rollups.set(indexes, parts);
    }
    out.emit(code, parts.path, parts.params, parts.extra);
  }

  private checkVariantImages(env: Env, out: Collector): void {
    const axis = this.listing.options[0];
    if (!axis || axis.values.length < 2) return;
    const missing = this.images.variantValuesMissing(env.channel);
    if (missing.length > 0) {
      out.emit('images.variantMissing', ['images'], { axis: axis.name, values: missing.join(', '), count: missing.length }, { variantGroup: { axis: axis.name, values: missing } });
    }
  }

  private copyTexts(env: Env): { path: FieldPath; text: string }[] {
    const { copy, locale } = env;
    return [
      { path: env.titlePath, text: env.title.text },
      { path: ['copy', locale, 'subtitle'], text: copy.subtitle },
      ...copy.bullets.map((text, i) => ({ path: ['copy', locale, 'bullets', i], text })),
      { path: ['copy', locale, 'description'], text: copy.description },
    ];
  }

  private checkAdLaw(env: Env, out: Collector): void {
    const index = adTermIndex(this.ctx.settings);
    const seen = new Set<string>();
    for (const { path, text } of this.copyTexts(env)) {
      for (const hit of this.scan(text, index.terms, 'ad')) {
        const term = hit.term.toLowerCase();
        if (seen.has(term)) continue;
        seen.add(term);
        const entry = index.byTerm.get(term);
        out.emit('adLaw.term', path, { term: entry?.term ?? hit.term, category: entry?.category ?? 'absolute', excerpt: excerpt(text, hit) }, { subject: term });
      }
    }
  }

  private checkCompetitors(env: Env, out: Collector): void {
    const brands = this.ctx.settings.competitorBrands;
    if (brands.length === 0) return;
    const own = this.listing.brand.trim().toLowerCase();
    const seen = new Set<string>();
    for (const { path, text } of this.copyTexts(env)) {
      for (const hit of this.scan(text, brands, 'brands')) {
        const brand = hit.term.toLowerCase();
        if (brand === own || seen.has(brand)) continue;
        seen.add(brand);
        out.emit('competitor.brand', path, { brand: hit.term }, { subject: brand });
      }
    }
  }

  private checkKeywords(priority: 'primary' | 'secondary', env: Env, out: Collector): void {
    const keywords = priority === 'primary' ? env.copy.primaryKeywords : env.copy.keywords;
    const code = priority === 'primary' ? 'keyword.missing' : 'keyword.secondaryMissing';
    for (const raw of keywords) {
      const keyword = raw.trim();
      if (keyword && !env.title.keyword(keyword)) out.emit(code, env.titlePath, { keyword }, { subject: keyword.toLowerCase() });
    }
  }

  private checkUpFront(env: Env, out: Collector): void {
    if (env.copy.primaryKeywords.length === 0 || !env.title.text) return;
    const front = env.title.cut(env.pack.titleUnit, env.pack.frontUnits);
    for (const raw of env.copy.primaryKeywords) {
      const keyword = raw.trim();
      const hit = keyword ? env.title.keyword(keyword) : null;
      if (hit && hit.index + hit.length > front) out.emit('keyword.notUpFront', env.titlePath, { keyword, front: env.pack.frontUnits }, { subject: keyword.toLowerCase() });
    }
  }
}

/** Drops hits inside a longer one: 全网第一 is one claim, not also 第一. */
function outermost(hits: TermHit[]): TermHit[] {
  if (hits.length < 2) return hits;
  return hits.filter((h) => !hits.some((o) => o !== h && o.length > h.length && o.index <= h.index && h.index + h.length <= o.index + o.length));
}

function excerpt(text: string, hit: TermHit): string {
  const start = Math.max(0, hit.index - 8);
  const end = Math.min(text.length, hit.index + hit.length + 8);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Convenience for one (listing, channel, locale); use ListingChecklist to evaluate several. */
export function evaluateListing(listing: Listing, channel: ChannelId, locale: CopyLocale, ctx: ChecklistContext): ChannelReadiness {
  return new ListingChecklist(listing, ctx).evaluate(channel, locale);
}

/** Channels the listing is ready for (in every locale each needs). */
export function readyChannels(listing: Listing, ctx: ChecklistContext, channels: readonly ChannelId[]): ChannelId[] {
  const checklist = new ListingChecklist(listing, ctx);
  return channels.filter((c) => checklist.evaluateChannel(c).ready);
}
