import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST_SETTINGS } from '@shared/model/settings';
import { AD_LAW_TERMS } from '@shared/rules/ad-law-terms';
import { IN_FORCE } from '@shared/rules/channel-rule';
import { IMAGE_RULES, findImageRule } from '@shared/rules/image-rules';
import { CHANNEL_PACKS } from '@shared/rules/packs';
import en from '../../../../renderer/src/i18n/locales/en/settings.json';
import zh from '../../../../renderer/src/i18n/locales/zh-CN/settings.json';
import {
  aspectLabel, describeCheck, describeEffective, formatBytes, imageRuleExtras, packCurrencies, ruleStatus, type CheckTextContext,
} from '../../../../renderer/src/features/settings/rules/rule-text';

const ctx: CheckTextContext = { pack: CHANNEL_PACKS.taobao, settings: DEFAULT_CHECKLIST_SETTINGS };

function lookup(root: unknown, path: string): unknown {
  let node = root;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

describe('describeCheck', () => {
  it('says what a title-length rule allows, with its unit to translate', () => {
    expect(describeCheck({ kind: 'title-length', unit: 'cjk-double', max: 60 }, ctx)).toEqual({ key: 'title-length', params: { max: 60 }, unit: 'cjk-double' });
  });

  it('picks the image-slot wording from min and max', () => {
    expect(describeCheck({ kind: 'image-slot', slot: 'main', min: 1 }, ctx)).toEqual({ key: 'image-slot.min', params: { min: 1 }, slot: 'main' });
    expect(describeCheck({ kind: 'image-slot', slot: 'gallery', min: 0, max: 8 }, ctx)).toEqual({ key: 'image-slot.max', params: { max: 8 }, slot: 'gallery' });
    expect(describeCheck({ kind: 'image-slot', slot: 'detail', min: 1, max: 20 }, ctx)).toEqual({ key: 'image-slot.range', params: { min: 1, max: 20 }, slot: 'detail' });
  });

  it('treats a field with min 1 as "required" and gives ranges', () => {
    expect(describeCheck({ kind: 'field', field: 'description', min: 1 }, ctx).key).toBe('field.present');
    expect(describeCheck({ kind: 'field', field: 'brand' }, ctx).key).toBe('field.present');
    expect(describeCheck({ kind: 'field', field: 'description', min: 20, max: 500 }, ctx)).toEqual({ key: 'field.range', params: { min: 20, max: 500 }, field: 'description' });
  });

  it('fills in the user\'s settings: margin, 广告法 term count, competitor brands', () => {
    const settings = { minMarginPercent: 22, adTerms: { added: ['秒杀'], removed: ['最新', '最'] }, competitorBrands: ['A', 'B', 'C'] };
    const own = { ...ctx, settings };
    expect(describeCheck({ kind: 'margin' }, own).params).toEqual({ min: 22 });
    expect(describeCheck({ kind: 'ad-law' }, own).params).toEqual({ count: AD_LAW_TERMS.length - 2 + 1 });
    expect(describeCheck({ kind: 'competitor-brand' }, own).params).toEqual({ count: 3 });
    expect(describeCheck({ kind: 'keyword-up-front' }, own)).toEqual({ key: 'keyword-up-front', params: { front: 40 }, unit: 'cjk-double' });
  });

  it('distinguishes reference-price rules', () => {
    expect(describeCheck({ kind: 'sku-reference-price', required: true }, ctx).key).toBe('sku-reference-price.required');
    expect(describeCheck({ kind: 'sku-reference-price', required: false, maxRatio: 10 }, ctx)).toEqual({ key: 'sku-reference-price.ratio', params: { ratio: 10 } });
    expect(describeCheck({ kind: 'sku-reference-price', required: true, maxRatio: 10 }, ctx).key).toBe('sku-reference-price.both');
  });

  it('has a text with every placeholder filled, in both languages, for every rule of every pack', () => {
    for (const pack of Object.values(CHANNEL_PACKS)) {
      for (const rule of pack.rules) {
        const text = describeCheck(rule.check, { pack, settings: DEFAULT_CHECKLIST_SETTINGS });
        const given = new Set([...Object.keys(text.params), ...(text.unit ? ['unit'] : []), ...(text.slot ? ['slot'] : []), ...(text.field ? ['field'] : [])]);
        for (const locale of [en, zh]) {
          const message = lookup(locale, `rules.checks.${text.key}`);
          expect(typeof message, `${rule.id} → rules.checks.${text.key}`).toBe('string');
          const wanted = [...String(message).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
          for (const name of wanted) expect(given.has(name ?? ''), `${rule.id}: {{${name}}}`).toBe(true);
        }
        if (text.unit) expect(lookup(en, `rules.units.${text.unit}`)).toBeTypeOf('string');
      }
    }
  });
});

describe('rule dates', () => {
  it('shows undated rules as in force and dated ones with their range', () => {
    expect(describeEffective({ effectiveFrom: IN_FORCE })).toEqual({ key: 'inForce' });
    expect(describeEffective({ effectiveFrom: '2026-07-27' })).toEqual({ key: 'from', from: '2026-07-27' });
    expect(describeEffective({ effectiveFrom: '2025-01-21', effectiveUntil: '2026-07-27' })).toEqual({ key: 'range', from: '2025-01-21', until: '2026-07-27' });
    expect(describeEffective({ effectiveFrom: IN_FORCE, effectiveUntil: '2026-07-27' })).toEqual({ key: 'until', until: '2026-07-27' });
  });

  it('tells in force, retired and not yet started apart on a date', () => {
    const v1 = { effectiveFrom: '2025-01-21', effectiveUntil: '2026-07-27' };
    const v2 = { effectiveFrom: '2026-07-27' };
    expect([ruleStatus(v1, '2026-06-01'), ruleStatus(v2, '2026-06-01')]).toEqual(['in-force', 'not-yet']);
    expect([ruleStatus(v1, '2026-07-27'), ruleStatus(v2, '2026-07-27')]).toEqual(['retired', 'in-force']);
    expect(ruleStatus(v1, '2024-12-31')).toBe('not-yet');
  });
});

describe('pack and image facts', () => {
  it('lists a pack\'s currencies, none for a channel without a currency rule', () => {
    expect(packCurrencies(CHANNEL_PACKS.amazon)).toEqual(['USD']);
    expect(packCurrencies(CHANNEL_PACKS.woocommerce)).toEqual([]);
  });

  it('formats byte limits as channels state them', () => {
    expect(formatBytes(3 * 1024 * 1024)).toBe('3 MB');
    expect(formatBytes(300 * 1024)).toBe('300 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(512)).toBe('512 B');
  });

  it('names aspect ratios and image rule extras', () => {
    expect([aspectLabel(1), aspectLabel(3 / 4), aspectLabel(0.7071)]).toEqual(['1:1', '3:4', '0.71']);
    const amazonMain = findImageRule('amazon', 'main');
    expect(amazonMain && imageRuleExtras(amazonMain)).toEqual([{ key: 'white' }, { key: 'fill', percent: 85 }, { key: 'zoom', px: 1000, side: 'longest' }]);
    const taobaoMain = findImageRule('taobao', 'main');
    expect(taobaoMain && imageRuleExtras(taobaoMain)).toEqual([{ key: 'aspect', ratio: '1:1', tolerance: 2 }, { key: 'zoom', px: 700, side: 'shorter' }]);
    // Every image rule's fit has a label.
    for (const rule of IMAGE_RULES) expect(lookup(en, `rules.images.fit.${rule.fit}`)).toBeTypeOf('string');
  });
});
