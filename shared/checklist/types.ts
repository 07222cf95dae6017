import type { ChannelId, CopyLocale } from '../model/ids';
import type { ChecklistOverride } from '../model/listing';
import type { ChecklistSettings } from '../model/settings';
import type { FieldPath } from '../model/validate';
import type { Confidence, ImageMeta, ImageSlot } from '../images/types';
import type { Market } from '../markets/market';
import type { RateTable } from '../markets/rates';
import type { RoundingRule } from '../markets/rounding';
import type { GlossaryEntry } from '../translation/glossary';
import type { Severity } from '../rules/channel-rule';
import type { TitleUnit } from './title-units';

/** What failed; each is the i18n key `checklist:items.<code>`, filled from `params`. */
export const CHECKLIST_CODES = [
  'title.missing',
  'title.tooLong',
  'title.forbiddenChars',
  'title.repeatedWord',
  'field.missing',
  'field.tooShort',
  'field.tooLong',
  'bullets.tooFew',
  'bullets.length',
  'images.missing',
  'images.tooMany',
  'images.totalTooMany',
  'images.variantMissing',
  'sku.none',
  'sku.unpriced',
  'sku.unstocked',
  'sku.outOfStock',
  'sku.saleAboveList',
  'sku.marginLow',
  'sku.noBarcode',
  'sku.noReferencePrice',
  'sku.referenceTooHigh',
  'sku.tooMany',
  'currency.mismatch',
  'adLaw.term',
  'competitor.brand',
  'keyword.missing',
  'keyword.secondaryMissing',
  'keyword.notUpFront',
  'copy.localeMissing',
  'translation.outdatedTitle',
  'translation.outdatedSubtitle',
  'translation.outdatedDescription',
  'translation.outdatedBullet',
  'translation.outdatedTitleOverride',
  'glossary.termMissing',
  'price.currencyMissing',
  'price.currencyInvalid',
  'sizeChart.missing',
] as const;
export type ChecklistCode = (typeof CHECKLIST_CODES)[number];

export interface ChecklistItem {
  /** Stable across edits: rule id, locale and subject ("core.text.ad-law.v1|zh-CN|最好"); overrides key off it. */
  key: string;
  ruleId: string;
  code: ChecklistCode;
  severity: Severity;
  confidence: Confidence;
  source: string;
  effectiveFrom: string;
  /** The field that fixes it, as validateListing reports paths: ["skus", 2, "price"]. */
  path: FieldPath;
  params: Record<string, string | number>;
  /** SKU rollups: the failing SKUs are exactly all variants of these option values ("all Red variants"). */
  variantGroup?: { axis: string; values: string[] };
  /** Warnings can be overridden with a reason; the item is then kept but no longer open. */
  override?: ChecklistOverride;
}

/** The title length meter for one channel. */
export interface TitleMeter {
  unit: TitleUnit;
  /** null: no length rule applies (e.g. WooCommerce). */
  limit: number | null;
  used: number;
  /** Index into the title where the channel cuts it; null when it fits. */
  cutIndex: number | null;
  /** Index up to which the title is in the part the channel shows first. */
  frontIndex: number;
  frontUnits: number;
  ruleId: string | null;
  /** The field the channel's title comes from (its override, else the locale's title). */
  path: FieldPath;
  text: string;
}

export interface ChannelReadiness {
  channel: ChannelId;
  locale: CopyLocale;
  asOf: string;
  /** No open blocker. */
  ready: boolean;
  /** 0–100: share of the channel's checks passed, a check with only warnings counting half. */
  score: number;
  checks: number;
  /** Open items first (blockers, then warnings), then overridden ones. */
  items: ChecklistItem[];
  meter: TitleMeter;
}

/**
 * The settings that say where and how a listing is sold: markets (which copy locales and currencies
 * each channel needs), the rate table and rounding (whether a price can be derived), and the
 * glossary translations are held to. A Settings object fits as is; marketSettingsOf picks these.
 */
export interface MarketSettings {
  markets: readonly Market[];
  rates: RateTable;
  rounding: readonly RoundingRule[];
  glossary: readonly GlossaryEntry[];
}

export interface ChecklistContext {
  /** ISO date (YYYY-MM-DD) the rules are applied as of. */
  asOf: string;
  settings: ChecklistSettings;
  /** Keep one object while its content is the same: the engine caches what it derives per object. */
  markets: MarketSettings;
  /** Measured facts of an image original, by content hash; undefined when not (yet) known. */
  imageMeta(hash: string): ImageMeta | undefined;
  /** What a rendered rendition found, when known (e.g. it could not fit the byte limit). */
  renditionPassing?(hash: string, ruleId: string): boolean | undefined;
}

export type { ImageSlot };
