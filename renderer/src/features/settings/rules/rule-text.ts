import { assertNever } from '@shared/ipc/result';
import type { ImageRule, ImageSlot } from '@shared/images/types';
import type { TitleUnit } from '@shared/checklist/title-units';
import { effectiveAdTerms } from '@shared/rules/ad-law-terms';
import { IN_FORCE, ruleApplies, type ChannelPack, type ChannelRule, type RequiredField, type RuleCheck } from '@shared/rules/channel-rule';
import type { Currency } from '@shared/model/ids';
import type { ChecklistSettings } from '@shared/model/settings';

/*
 * What the rule-pack view says about a rule, as data: an i18n key under `settings:rules.checks`
 * with its parameters, plus the parameters that are themselves translated (a slot, a field, a unit).
 * Kept apart from React so every check kind's wording is unit-tested.
 */

export type CheckTextKey =
  | 'title-length'
  | `title-chars.${Extract<RuleCheck, { kind: 'title-chars' }>['forbid']}`
  | 'title-repeat'
  | `field.${'present' | 'min' | 'max' | 'range'}`
  | `bullets.${'count' | 'range'}`
  | `image-slot.${'min' | 'max' | 'range'}`
  | 'image-total'
  | 'variant-images'
  | 'sku-barcode'
  | `sku-reference-price.${'required' | 'ratio' | 'both'}`
  | 'sku-count'
  | 'currency'
  | 'title-present'
  | 'sku-present'
  | 'sku-priced'
  | 'sku-stocked'
  | 'sku-in-stock'
  | 'sale-within-list'
  | 'margin'
  | 'ad-law'
  | 'competitor-brand'
  | `keyword-in-title.${'primary' | 'secondary'}`
  | 'keyword-up-front'
  | 'copy-locale'
  | 'translation-current'
  | 'glossary'
  | 'market-prices'
  | 'size-chart';

export interface CheckText {
  key: CheckTextKey;
  params: Record<string, string | number>;
  /** Parameters to translate before use: `unit` → settings:rules.units.*, `slot` → checklist:slots.*, `field` → checklist:fields.*. */
  unit?: TitleUnit;
  slot?: ImageSlot;
  field?: RequiredField;
}

/** What the description needs besides the check: the pack (front units) and the user's checklist settings. */
export interface CheckTextContext {
  pack: Pick<ChannelPack, 'frontUnits' | 'titleUnit'>;
  settings: ChecklistSettings;
}

function minMaxKey(min: number | undefined, max: number | undefined): 'present' | 'min' | 'max' | 'range' {
  if (max !== undefined) return min !== undefined && min > 1 ? 'range' : 'max';
  return min !== undefined && min > 1 ? 'min' : 'present';
}

export function describeCheck(check: RuleCheck, ctx: CheckTextContext): CheckText {
  switch (check.kind) {
    case 'title-length':
      return { key: 'title-length', params: { max: check.max }, unit: check.unit };
    case 'title-chars':
      return { key: `title-chars.${check.forbid}`, params: {} };
    case 'title-repeat':
      return { key: 'title-repeat', params: { maxRepeats: check.maxRepeats } };
    case 'field': {
      const params: CheckText['params'] = {};
      if (check.min !== undefined) params.min = check.min;
      if (check.max !== undefined) params.max = check.max;
      return { key: `field.${minMaxKey(check.min, check.max)}`, params, field: check.field };
    }
    case 'bullets':
      return check.minChars !== undefined && check.maxChars !== undefined
        ? { key: 'bullets.range', params: { min: check.min, minChars: check.minChars, maxChars: check.maxChars } }
        : { key: 'bullets.count', params: { min: check.min } };
    case 'image-slot': {
      if (check.max === undefined) return { key: 'image-slot.min', params: { min: check.min }, slot: check.slot };
      if (check.min === 0) return { key: 'image-slot.max', params: { max: check.max }, slot: check.slot };
      return { key: 'image-slot.range', params: { min: check.min, max: check.max }, slot: check.slot };
    }
    case 'image-total':
      return { key: 'image-total', params: { max: check.max } };
    case 'variant-images':
    case 'sku-barcode':
    case 'title-present':
    case 'sku-present':
    case 'sku-priced':
    case 'sku-stocked':
    case 'sku-in-stock':
    case 'sale-within-list':
    case 'copy-locale':
    case 'translation-current':
    case 'market-prices':
    case 'size-chart':
    case 'glossary':
      return { key: check.kind, params: {} };
    case 'sku-reference-price':
      if (check.maxRatio === undefined) return { key: 'sku-reference-price.required', params: {} };
      return { key: check.required ? 'sku-reference-price.both' : 'sku-reference-price.ratio', params: { ratio: check.maxRatio } };
    case 'sku-count':
      return { key: 'sku-count', params: { max: check.max } };
    case 'currency':
      return { key: 'currency', params: { currencies: check.currencies.join(' / ') } };
    case 'margin':
      return { key: 'margin', params: { min: ctx.settings.minMarginPercent } };
    case 'ad-law':
      return { key: 'ad-law', params: { count: effectiveAdTerms(ctx.settings.adTerms).length } };
    case 'competitor-brand':
      return { key: 'competitor-brand', params: { count: ctx.settings.competitorBrands.length } };
    case 'keyword-in-title':
      return { key: `keyword-in-title.${check.priority}`, params: {} };
    case 'keyword-up-front':
      return { key: 'keyword-up-front', params: { front: ctx.pack.frontUnits }, unit: ctx.pack.titleUnit };
    default:
      return assertNever(check);
  }
}

export type RuleStatus = 'in-force' | 'retired' | 'not-yet';

/** Where a rule stands on `asOf`: in force, retired (its successor has started) or not yet started. */
export function ruleStatus(rule: Pick<ChannelRule, 'effectiveFrom' | 'effectiveUntil'>, asOf: string): RuleStatus {
  if (ruleApplies(rule, asOf)) return 'in-force';
  return rule.effectiveUntil !== undefined && asOf >= rule.effectiveUntil ? 'retired' : 'not-yet';
}

/** The effective-date cell: which dates to show ("in force" for rules whose start no source gives). */
export type EffectiveText =
  | { key: 'inForce' }
  | { key: 'from'; from: string }
  | { key: 'until'; until: string }
  | { key: 'range'; from: string; until: string };

export function describeEffective(rule: Pick<ChannelRule, 'effectiveFrom' | 'effectiveUntil'>): EffectiveText {
  const hasStart = rule.effectiveFrom !== IN_FORCE;
  if (rule.effectiveUntil === undefined) return hasStart ? { key: 'from', from: rule.effectiveFrom } : { key: 'inForce' };
  return hasStart ? { key: 'range', from: rule.effectiveFrom, until: rule.effectiveUntil } : { key: 'until', until: rule.effectiveUntil };
}

/** The currencies a pack's currency rule names; empty when the channel has none. */
export function packCurrencies(pack: Pick<ChannelPack, 'rules'>): Currency[] {
  const out = new Set<Currency>();
  for (const rule of pack.rules) if (rule.check.kind === 'currency') for (const c of rule.check.currencies) out.add(c);
  return [...out];
}

/** "3 MB", "300 KB", "1.5 MB": byte limits as channels state them (binary units). */
export function formatBytes(bytes: number): string {
  const KB = 1024;
  const MB = KB * 1024;
  const trim = (n: number) => String(Number(n.toFixed(1)));
  if (bytes >= MB) return `${trim(bytes / MB)} MB`;
  if (bytes >= KB) return `${trim(bytes / KB)} KB`;
  return `${bytes} B`;
}

/** Extra requirements of an image rule beyond size and format, as i18n keys under settings:rules.images. */
export type ImageExtra =
  | { key: 'white' }
  | { key: 'fill'; percent: number }
  | { key: 'aspect'; ratio: string; tolerance: number }
  | { key: 'zoom'; px: number; side: 'shorter' | 'longest' };

export function imageRuleExtras(rule: ImageRule): ImageExtra[] {
  const extras: ImageExtra[] = [];
  if (rule.requiresWhiteBackground) extras.push({ key: 'white' });
  if (rule.minProductFill !== undefined) extras.push({ key: 'fill', percent: Math.round(rule.minProductFill * 100) });
  if (rule.aspect) extras.push({ key: 'aspect', ratio: aspectLabel(rule.aspect.ratio), tolerance: Math.round(rule.aspect.tolerance * 100) });
  if (rule.zoom) extras.push({ key: 'zoom', px: rule.zoom.px, side: rule.zoom.side });
  return extras;
}

/** 1 → "1:1", 0.75 → "3:4": the ratios channels use, else two decimals. */
export function aspectLabel(ratio: number): string {
  for (let h = 1; h <= 20; h += 1) {
    const w = ratio * h;
    if (Math.abs(w - Math.round(w)) < 1e-6) return `${Math.round(w)}:${h}`;
  }
  return ratio.toFixed(2);
}
