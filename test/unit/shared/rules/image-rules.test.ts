import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from '../../../../shared/model/ids';
import { IMAGE_SLOTS } from '../../../../shared/images/types';
import { IMAGE_RULES, findImageRule, imageRulesFor } from '../../../../shared/rules/image-rules';

describe('image rules data', () => {
  it('has unique ids of the form channel.slot.vN', () => {
    const ids = IMAGE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of IMAGE_RULES) expect(r.id).toMatch(new RegExp(`^${r.channel}\\.${r.slot}\\.v\\d+$`));
  });

  it('has one rule per channel × slot, known channels and slots only', () => {
    const keys = IMAGE_RULES.map((r) => `${r.channel}/${r.slot}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of IMAGE_RULES) {
      expect(CHANNEL_IDS).toContain(r.channel);
      expect(IMAGE_SLOTS).toContain(r.slot);
    }
  });

  it('gives every channel at least a main rule', () => {
    for (const channel of CHANNEL_IDS) {
      expect(imageRulesFor(channel).length).toBeGreaterThan(0);
      expect(findImageRule(channel, 'main')?.channel).toBe(channel);
    }
  });

  it('cites a source, a confidence and a valid past effective date for every rule', () => {
    for (const r of IMAGE_RULES) {
      expect(r.source.trim().length).toBeGreaterThan(5);
      expect(['verified', 'third-party', 'unverified']).toContain(r.confidence);
      expect(r.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const date = new Date(`${r.effectiveFrom}T00:00:00Z`);
      expect(Number.isNaN(date.getTime())).toBe(false);
      expect(date.toISOString().slice(0, 10)).toBe(r.effectiveFrom);
    }
  });

  it('has sane numbers', () => {
    for (const r of IMAGE_RULES) {
      expect(r.width).toBeGreaterThan(0);
      expect(r.height).toBeGreaterThan(0);
      expect(r.maxBytes).toBeGreaterThan(10_000);
      expect(r.minQuality).toBeGreaterThanOrEqual(30);
      expect(r.minQuality).toBeLessThanOrEqual(90);
      if (r.minProductFill !== undefined) expect(r.minProductFill).toBeLessThanOrEqual(1);
      if (r.fit === 'pad' && r.aspect) expect(r.aspect.ratio).toBeCloseTo(r.width / r.height, 2);
    }
  });

  it('encodes the headline figures from channel-rules.md', () => {
    expect(findImageRule('taobao', 'main')).toMatchObject({ width: 800, height: 800, fit: 'pad', maxBytes: 3 * 1024 * 1024, zoom: { px: 700 } });
    expect(findImageRule('taobao', 'white')).toMatchObject({ width: 800, height: 800, requiresWhiteBackground: true });
    expect(findImageRule('taobao', 'portrait')).toMatchObject({ width: 750, height: 1000 });
    expect(findImageRule('taobao', 'detail')).toMatchObject({ width: 750, fit: 'contain', confidence: 'unverified' });
    expect(findImageRule('tmall', 'detail')).toMatchObject({ width: 790, fit: 'contain' });
    expect(findImageRule('pinduoduo', 'main')).toMatchObject({ maxBytes: 1024 * 1024, minSourcePx: 480, confidence: 'verified' });
    expect(findImageRule('douyin', 'main')).toMatchObject({ maxBytes: 1024 * 1024, minSourcePx: 600 });
    expect(findImageRule('amazon', 'main')).toMatchObject({ width: 2000, height: 2000, requiresWhiteBackground: true, minProductFill: 0.85, zoom: { px: 1000, side: 'longest' } });
    expect(findImageRule('shopify', 'main')).toMatchObject({ width: 2048, height: 2048, maxBytes: 20 * 1024 * 1024 });
    expect(findImageRule('shopify', 'portrait')).toBeUndefined();
  });
});
