import { z } from 'zod';
import { CHECKLIST_CODES } from '../checklist/types';
import { CHANNEL_IDS, COPY_LOCALES } from '../model/ids';

/*
 * A launch: a saved run of many listings to many channels. Each (listing, channel) is one item
 * whose state is the launch's checkpoint: written before and after each step, so a launch that
 * was quit or crashed resumes where it stopped and never redoes a finished item.
 */

export const LAUNCH_STATES = ['draft', 'running', 'cancelled', 'finished'] as const;
export type LaunchState = (typeof LAUNCH_STATES)[number];

/**
 * pending: not tried yet; blocked: not ready and not overridden (stays out); working: being
 * pushed or exported (a crash leaves it here: resume tries it again, idempotently);
 * done / failed: the channel's answer; cancelled: the user stopped the launch before it went.
 */
export const ITEM_STATES = ['pending', 'blocked', 'working', 'done', 'failed', 'cancelled'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/** How an item goes out: pushed through the outbox (a channel account exists) or in an export package. */
export type ItemRoute = 'push' | 'export';

export const launchItemSchema = z.object({
  listingId: z.string(),
  channel: z.enum(CHANNEL_IDS),
  state: z.enum(ITEM_STATES),
  /** Open blocker count when the gate ran (0 = ready). */
  blockers: z.number().int().nonnegative(),
  /** The first few blockers as the checklist reported them (code + params), for the page and the report. */
  blocking: z.array(
    z.object({
      code: z.enum(CHECKLIST_CODES),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
      variantGroup: z.object({ axis: z.string(), values: z.array(z.string()) }).optional(),
    }),
  ),
  /** The user let a not-ready item go anyway; the reason is kept in the report. */
  override: z.object({ reason: z.string().min(1).max(500), at: z.number() }).optional(),
  route: z.enum(['push', 'export']).optional(),
  /** Listing revision sent, and when: the snapshot of what went (the outbox keeps the full listing for pushes). */
  revision: z.number().int().optional(),
  sentAt: z.number().optional(),
  /** Where it went: the channel's product id, or the export package folder. */
  where: z.string().optional(),
  /** The outbox job of a push, to find its snapshot and retries. */
  jobId: z.string().optional(),
  /** What went wrong, as an i18n key under launch:errors and a detail for the report. */
  error: z.object({ code: z.string(), detail: z.string().optional() }).optional(),
});
export type LaunchItem = z.infer<typeof launchItemSchema>;

export const launchSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().trim().min(1).max(120),
  listingIds: z.array(z.string()).min(1).max(5000),
  channels: z.array(z.enum(CHANNEL_IDS)).min(1),
  locales: z.array(z.enum(COPY_LOCALES)).min(1),
  /** Planned go-live day, YYYY-MM-DD; the gate checks readiness as of this day. */
  goLiveDate: z.iso.date(),
  state: z.enum(LAUNCH_STATES),
  items: z.array(launchItemSchema),
  createdAt: z.number(),
  updatedAt: z.number(),
  startedAt: z.number().optional(),
  finishedAt: z.number().optional(),
  /** Milliseconds spent on finished items in all runs: the time-left estimate's rate. */
  workMs: z.number().nonnegative(),
  /** Items finished (done or failed) while workMs was measured. */
  workItems: z.number().int().nonnegative(),
});
export type Launch = z.infer<typeof launchSchema>;

export function itemKey(item: Pick<LaunchItem, 'listingId' | 'channel'>): string {
  return `${item.listingId}|${item.channel}`;
}
