import type { ChannelId, CopyLocale, Currency } from '../model/ids';
import type { Confidence, ImageSlot } from '../images/types';
import type { TitleUnit } from '../checklist/title-units';

/*
 * One channel rule as data. The readiness engine (shared/checklist) interprets `check`; everything
 * else is what the rule-pack view shows. A rule that changes gets a new id (".v2") and a new
 * effectiveFrom instead of being edited, so "as of" checks and saved launch reports stay true.
 */

/** blocker = the listing is not ready for the channel; warning = shown, overridable, not blocking. */
export type Severity = 'blocker' | 'warning';

/** Listing-level fields a channel can require. */
export type RequiredField = 'category' | 'brand' | 'description' | 'subtitle';

export type RuleCheck =
  /** Title (the channel's override, else the locale's title) at most `max` in `unit`. */
  | { kind: 'title-length'; unit: TitleUnit; max: number }
  /** Characters the channel refuses in titles. */
  | { kind: 'title-chars'; forbid: 'emoji' | 'angle-brackets' | 'amazon-special' }
  /** No word more than `maxRepeats` times (articles, prepositions, conjunctions excepted). */
  | { kind: 'title-repeat'; maxRepeats: number }
  /** Listing-level field present; for text, within [min, max] characters. */
  | { kind: 'field'; field: RequiredField; min?: number; max?: number }
  /** Bullet points: at least `min`, each within [minChars, maxChars]. */
  | { kind: 'bullets'; min: number; minChars?: number; maxChars?: number }
  /** Images of a slot whose rendition passes the channel's image rule: at least min, at most max. */
  | { kind: 'image-slot'; slot: ImageSlot; min: number; max?: number }
  /** All images the channel receives (every slot) at most `max`. */
  | { kind: 'image-total'; max: number }
  /** Each value of the first option axis (colour) has a passing variant image. */
  | { kind: 'variant-images' }
  /** Every SKU carries a valid GTIN (EAN/UPC). */
  | { kind: 'sku-barcode' }
  /** SKUs' list / reference price: present on every SKU when required; with maxRatio, below price × maxRatio. */
  | { kind: 'sku-reference-price'; required: boolean; maxRatio?: number }
  /** At most this many SKUs. */
  | { kind: 'sku-count'; max: number }
  /** The channel sells in one of these currencies. */
  | { kind: 'currency'; currencies: readonly Currency[] }
  // Checks every channel runs (shared/rules/core-rules.ts).
  | { kind: 'title-present' }
  | { kind: 'sku-present' }
  | { kind: 'sku-priced' }
  | { kind: 'sku-stocked' }
  | { kind: 'sku-in-stock' }
  | { kind: 'sale-within-list' }
  | { kind: 'margin' }
  | { kind: 'ad-law' }
  | { kind: 'competitor-brand' }
  | { kind: 'keyword-in-title'; priority: 'primary' | 'secondary' }
  | { kind: 'keyword-up-front' }
  // Markets (issue 7): what the merchant's markets add to a channel's needs (shared/markets).
  /** The locale has copy at all; without it the locale's other copy items fold into this one. */
  | { kind: 'copy-locale' }
  /** No field of the locale is outdated against the source it was translated from. */
  | { kind: 'translation-current' }
  /** Translated copy uses the glossary's agreed term for each term its source uses. */
  | { kind: 'glossary' }
  /** Every SKU has a price, typed or derivable, in each currency the channel's markets need. */
  | { kind: 'market-prices' }
  /** A listing whose category is worn in sizes carries a size chart. */
  | { kind: 'size-chart' };

export interface ChannelRule {
  /** Stable id, e.g. "amazon.title.length.v2"; core rules start with "core.". */
  id: string;
  check: RuleCheck;
  severity: Severity;
  /** channel-rules.md section and its upstream source, or "app rule" with the reason. */
  source: string;
  confidence: Confidence;
  /** ISO date the rule applies from; a listing can be checked as of any date. */
  effectiveFrom: string;
  /** ISO date the rule stops applying (the day its successor starts). */
  effectiveUntil?: string;
}

export interface ChannelPack {
  channel: ChannelId;
  /** Bumped whenever a rule is added, replaced or retired. */
  version: number;
  /** Copy locales the channel needs for a listing to be ready there. */
  locales: readonly CopyLocale[];
  /** Unit and limit the length meter falls back to when no title-length rule applies. */
  titleUnit: TitleUnit;
  /**
   * How much of the title the channel shows first (search results, mobile), in titleUnit: where
   * primary keywords belong. Not published by any channel: an app estimate, checked as a warning.
   */
  frontUnits: number;
  rules: readonly ChannelRule[];
}

/**
 * effectiveFrom of rules that were in force before the notes were compiled and whose start no
 * source gives: they apply on any date. The rule-pack view shows them as "in force".
 */
export const IN_FORCE = '1970-01-01';

/** Whether a rule is in force on `asOf` (ISO date, compared as text: YYYY-MM-DD sorts by date). */
export function ruleApplies(rule: Pick<ChannelRule, 'effectiveFrom' | 'effectiveUntil'>, asOf: string): boolean {
  return rule.effectiveFrom <= asOf && (rule.effectiveUntil === undefined || asOf < rule.effectiveUntil);
}

/** Unverified rules warn, never block (channel-rules.md legend). */
export function effectiveSeverity(rule: Pick<ChannelRule, 'severity' | 'confidence'>): Severity {
  return rule.confidence === 'unverified' ? 'warning' : rule.severity;
}
