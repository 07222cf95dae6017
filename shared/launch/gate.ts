import type { ChannelId } from '../model/ids';
import type { Launch, LaunchItem } from './launch';

/*
 * The readiness gate: only ready items go, unless the user overrides one with a reason. Pure: the
 * caller supplies each (listing, channel)'s readiness (the checklist engine, as of the go-live day).
 */

export interface ItemReadiness {
  ready: boolean;
  blockers: number;
  blocking: LaunchItem['blocking'];
}

/** Blockers kept per item: enough to say what to fix, small enough for 5,000 × 9 items. */
export const BLOCKING_KEPT = 3;

/** Items for every listing × channel, gated by readiness; earlier overrides and results are kept. */
export function gateItems(
  listingIds: readonly string[],
  channels: readonly ChannelId[],
  readiness: (listingId: string, channel: ChannelId) => ItemReadiness,
  previous: readonly LaunchItem[] = [],
): LaunchItem[] {
  const before = new Map(previous.map((i) => [`${i.listingId}|${i.channel}`, i]));
  const items: LaunchItem[] = [];
  for (const listingId of listingIds) {
    for (const channel of channels) {
      const old = before.get(`${listingId}|${channel}`);
      // A finished item keeps its result: the gate never undoes what already went out.
      if (old && (old.state === 'done' || old.state === 'working')) {
        items.push(old);
        continue;
      }
      const r = readiness(listingId, channel);
      const isOpen = r.ready || old?.override !== undefined;
      items.push({
        listingId, channel,
        state: isOpen ? (old?.state === 'failed' ? 'failed' : 'pending') : 'blocked',
        blockers: r.blockers,
        blocking: r.blocking.slice(0, BLOCKING_KEPT),
        ...(old?.override ? { override: old.override } : {}),
        ...(old?.error && old.state === 'failed' ? { error: old.error } : {}),
      });
    }
  }
  return items;
}

/** Lets a blocked item go with a recorded reason. */
export function overrideItem(item: LaunchItem, reason: string, now: number): LaunchItem {
  if (item.state !== 'blocked') return item;
  return { ...item, state: 'pending', override: { reason: reason.trim(), at: now } };
}

/** Takes an override back: the item is blocked again unless it has gone already. */
export function withdrawOverride(item: LaunchItem): LaunchItem {
  if (!item.override || item.state !== 'pending') return item;
  const { override: _dropped, ...rest } = item;
  return { ...rest, state: item.blockers > 0 ? 'blocked' : 'pending' };
}

/** Items a run should work on: pending ones, and those a crash left "working". */
export function itemsToRun(launch: Pick<Launch, 'items'>): LaunchItem[] {
  return launch.items.filter((i) => i.state === 'pending' || i.state === 'working');
}

/** "Retry failed": failed items go back to pending; nothing else changes. */
export function retryFailed(items: readonly LaunchItem[]): LaunchItem[] {
  return items.map((i) => {
    if (i.state !== 'failed') return i;
    const { error: _cleared, ...rest } = i;
    return { ...rest, state: 'pending' };
  });
}
