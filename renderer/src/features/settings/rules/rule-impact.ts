import { ListingChecklist } from '@shared/checklist/evaluate';
import type { ChecklistContext } from '@shared/checklist/types';
import type { ChannelId, CopyLocale } from '@shared/model/ids';
import type { Listing } from '@shared/model/listing';
import type { ChannelRule } from '@shared/rules/channel-rule';
import { CHANNEL_PACKS } from '@shared/rules/packs';

/*
 * The impact of a rule that has not started yet: which listings would have an open item for it
 * if they were checked on its start date. Pure, so the counting is tested without a database; the
 * page feeds it chunks of listings read from Dexie.
 */

export interface UpcomingRule {
  channel: ChannelId;
  rule: ChannelRule;
}

export interface ImpactedListing {
  id: string;
  spuCode: string;
  title: string;
}

/** Builds the engine's context for a date (settings and image facts come from the caller). */
export type ContextFor = (asOf: string) => ChecklistContext;

/** Whether the listing has an open (not overridden) item from `ruleId` on `channel`, in any locale the channel needs. */
export function failsRule(listing: Listing, channel: ChannelId, ruleId: string, ctx: ChecklistContext): boolean {
  const checklist = new ListingChecklist(listing, ctx);
  return checklist.evaluateChannel(channel).results.some((r) => r.items.some((item) => item.ruleId === ruleId && item.override === undefined));
}

/** The title shown for a listing in the channel's language, else any title it has. */
export function listingTitle(listing: Listing, locales: readonly CopyLocale[]): string {
  for (const locale of locales) {
    const title = listing.copy[locale]?.title.trim();
    if (title) return title;
  }
  for (const copy of Object.values(listing.copy)) {
    const title = copy.title.trim();
    if (title) return title;
  }
  return '';
}

/**
 * Adds the listings of one chunk that fail each upcoming rule to `into` (keyed by rule id).
 * Archived listings are skipped: they are not going to be launched.
 */
export function collectImpact(listings: readonly Listing[], upcoming: readonly UpcomingRule[], contextFor: ContextFor, into: Map<string, ImpactedListing[]>): void {
  const contexts = new Map<string, ChecklistContext>();
  const ctxOn = (date: string) => {
    let ctx = contexts.get(date);
    if (!ctx) {
      ctx = contextFor(date);
      contexts.set(date, ctx);
    }
    return ctx;
  };
  for (const listing of listings) {
    if (listing.status === 'archived') continue;
    for (const { channel, rule } of upcoming) {
      if (!failsRule(listing, channel, rule.id, ctxOn(rule.effectiveFrom))) continue;
      const list = into.get(rule.id) ?? [];
      list.push({ id: listing.id, spuCode: listing.spuCode, title: listingTitle(listing, CHANNEL_PACKS[channel].locales) });
      into.set(rule.id, list);
    }
  }
}

/** Upcoming rules soonest first, then by channel order in the packs. */
export function sortUpcoming(upcoming: readonly UpcomingRule[]): UpcomingRule[] {
  return [...upcoming].sort((a, b) => a.rule.effectiveFrom.localeCompare(b.rule.effectiveFrom));
}
