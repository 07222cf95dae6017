import type { ItemState, Launch } from './launch';

export type LaunchCounts = Record<ItemState, number> & { total: number; toGo: number };

export function countItems(launch: Pick<Launch, 'items'>): LaunchCounts {
  const counts: LaunchCounts = { pending: 0, blocked: 0, working: 0, done: 0, failed: 0, cancelled: 0, total: launch.items.length, toGo: 0 };
  for (const item of launch.items) counts[item.state] += 1;
  counts.toGo = counts.pending + counts.working;
  return counts;
}

/**
 * Time left in ms from the rate measured so far (workMs over workItems); null until at least one
 * item finished, or when nothing is left.
 */
export function timeLeftMs(launch: Pick<Launch, 'items' | 'workMs' | 'workItems'>): number | null {
  const { toGo } = countItems(launch);
  if (toGo === 0 || launch.workItems === 0) return null;
  return Math.round((launch.workMs / launch.workItems) * toGo);
}

/** Share of the items that will go (all but blocked and cancelled) that have finished, 0–1. */
export function fractionDone(launch: Pick<Launch, 'items'>): number {
  const c = countItems(launch);
  const going = c.done + c.failed + c.toGo;
  return going === 0 ? 1 : (c.done + c.failed) / going;
}
