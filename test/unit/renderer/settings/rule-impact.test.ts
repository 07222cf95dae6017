import { describe, expect, it } from 'vitest';
import { createEmptyCopy, createListing, type Listing } from '@shared/model';
import { DEFAULT_CHECKLIST_SETTINGS } from '@shared/model/settings';
import { CHANNEL_PACKS, upcomingRules } from '@shared/rules/packs';
import { DEFAULT_MARKET_SETTINGS } from '@shared/checklist/market-facts';
import type { ChecklistContext } from '@shared/checklist/types';
import { collectImpact, failsRule, listingTitle, sortUpcoming, type ImpactedListing } from '../../../../renderer/src/features/settings/rules/rule-impact';

const contextFor = (asOf: string): ChecklistContext => ({ asOf, settings: DEFAULT_CHECKLIST_SETTINGS, markets: DEFAULT_MARKET_SETTINGS, imageMeta: () => undefined });

const LONG = 'Women\'s Merino Wool Blend Turtleneck Sweater with Ribbed Cuffs, Relaxed Fit, Navy'; // 82 characters
const SHORT = 'Merino Wool Turtleneck Sweater, Navy';

function listing(spuCode: string, enTitle: string, patch: Partial<Listing> = {}): Listing {
  return createListing(1000, { spuCode, copy: { 'zh-CN': { ...createEmptyCopy(), title: `${spuCode} 毛衣` }, 'en-US': { ...createEmptyCopy(), title: enTitle } }, ...patch });
}

const RULE_75 = CHANNEL_PACKS.amazon.rules.find((r) => r.id === 'amazon.title.length.v2');

describe('rule impact', () => {
  it('finds the Amazon 75-character rule upcoming before 2026-07-27 and not after', () => {
    expect(upcomingRules('2026-06-01').map((u) => u.rule.id)).toContain('amazon.title.length.v2');
    expect(upcomingRules('2026-11-25')).toEqual([]);
  });

  it('counts the non-archived listings whose title is over 75 characters as of the rule\'s start', () => {
    expect(LONG.length).toBeGreaterThan(75);
    if (!RULE_75) throw new Error('amazon.title.length.v2 missing');
    const listings = [
      listing('LONG-1', LONG),
      listing('SHORT-1', SHORT),
      listing('LONG-2', `${LONG} Extra`),
      listing('LONG-ARCHIVED', LONG, { status: 'archived' }),
    ];
    const into = new Map<string, ImpactedListing[]>();
    // Two chunks, as the page reads them.
    collectImpact(listings.slice(0, 2), [{ channel: 'amazon', rule: RULE_75 }], contextFor, into);
    collectImpact(listings.slice(2), [{ channel: 'amazon', rule: RULE_75 }], contextFor, into);
    expect(into.get(RULE_75.id)?.map((l) => [l.spuCode, l.title])).toEqual([['LONG-1', LONG], ['LONG-2', `${LONG} Extra`]]);
  });

  it('is not fooled by the rule that applies today: checked as of the start date only', () => {
    if (!RULE_75) throw new Error('amazon.title.length.v2 missing');
    // Before the start the 200-character rule applies and the long title passes it.
    expect(failsRule(listing('L', LONG), 'amazon', RULE_75.id, contextFor('2026-06-01'))).toBe(false);
    expect(failsRule(listing('L', LONG), 'amazon', RULE_75.id, contextFor('2026-07-27'))).toBe(true);
    expect(failsRule(listing('L', LONG), 'amazon', 'amazon.title.length.v1', contextFor('2026-06-01'))).toBe(false);
  });

  it('titles a listing in the channel\'s language first', () => {
    const l = listing('X', SHORT);
    expect(listingTitle(l, ['en-US'])).toBe(SHORT);
    expect(listingTitle(l, ['zh-CN'])).toBe('X 毛衣');
    expect(listingTitle(createListing(0), ['en-US'])).toBe('');
  });

  it('sorts upcoming rules soonest first', () => {
    if (!RULE_75) throw new Error('amazon.title.length.v2 missing');
    const later = { channel: 'shopify' as const, rule: { ...RULE_75, id: 'x', effectiveFrom: '2027-01-01' } };
    const sooner = { channel: 'amazon' as const, rule: RULE_75 };
    expect(sortUpcoming([later, sooner]).map((u) => u.rule.id)).toEqual([RULE_75.id, 'x']);
  });
});
