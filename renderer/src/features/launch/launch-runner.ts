import type { Launch, LaunchItem } from '@shared/launch/launch';
import { itemsToRun } from '@shared/launch/gate';
import type { ChannelId } from '@shared/model/ids';
import type { Listing } from '@shared/model/listing';
import type { AccountTarget } from '@shared/publish/accounts';
import { EXPORT_CHANNELS, type ExportChannel } from '@shared/publish/export-channels';
import type { LaunchesRepo } from '../../db/repos/launches';

/*
 * Runs a launch: export packages first (one per channel, all channels at once), then pushes one
 * item at a time through the outbox. Each item is checkpointed as "working" before it starts and
 * done/failed after, in the strict database, so a run cut short by a quit, a crash or Cancel resumes
 * with the items not yet finished. A resumed push re-queues the same listing revision under the
 * same idempotency key: the outbox answers with the job it already has, so nothing is sent twice.
 */

export type PushAnswer = { ok: true; remoteId: string; jobId: string } | { ok: false; code: string; detail?: string; jobId?: string };
export type ExportAnswer =
  | { ok: true; folder: string; skipped: ReadonlyMap<string, string> }
  | { ok: false; code: string; detail?: string };

export interface LaunchRunnerDeps {
  repo: LaunchesRepo;
  /** The listings as they are now in the catalog (missing ids are left out). */
  loadListings(ids: readonly string[]): Promise<Map<string, Listing>>;
  /** The account a channel pushes to, or null when it has none (it is exported instead). */
  pushTarget(channel: ChannelId): AccountTarget | null;
  /** Queues the push in the outbox and resolves when the job settles (or the signal aborts it). */
  push(listing: Listing, target: AccountTarget, signal: AbortSignal): Promise<PushAnswer>;
  exportChannel(launchId: string, channel: ExportChannel, listings: Listing[]): Promise<ExportAnswer>;
  now(): number;
}

function isExportChannel(channel: ChannelId): channel is ExportChannel {
  return (EXPORT_CHANNELS as readonly string[]).includes(channel);
}

export async function runLaunch(launchId: string, deps: LaunchRunnerDeps, signal: AbortSignal): Promise<Launch | undefined> {
  const { repo } = deps;
  const started = await repo.update(launchId, (l) => ({ ...l, state: 'running', startedAt: l.startedAt ?? deps.now() }));
  if (!started) return undefined;
  const work = itemsToRun(started);
  const listings = await deps.loadListings([...new Set(work.map((i) => i.listingId))]);

  const exports = new Map<ExportChannel, LaunchItem[]>();
  const pushes: { item: LaunchItem; target: AccountTarget }[] = [];
  for (const item of work) {
    if (!listings.has(item.listingId)) {
      await repo.setItem(launchId, { ...item, state: 'failed', error: { code: 'listing-gone' } });
      continue;
    }
    const target = deps.pushTarget(item.channel);
    if (target) pushes.push({ item, target });
    else if (isExportChannel(item.channel)) exports.set(item.channel, [...(exports.get(item.channel) ?? []), item]);
    else await repo.setItem(launchId, { ...item, state: 'failed', error: { code: 'no-account' } });
  }

  // All channels' packages at once: one channel's files are written and zipped while the image
  // workers render the next one's (one after another, the workers would idle during each write).
  await Promise.all([...exports].map(([channel, items]) => (signal.aborted ? undefined : exportItems(launchId, channel, items, listings, deps))));
  for (const { item, target } of pushes) {
    if (signal.aborted) break;
    const listing = listings.get(item.listingId);
    if (listing) await pushItem(launchId, item, listing, target, deps, signal);
  }

  return repo.update(launchId, (l) => {
    if (signal.aborted) return { ...l, state: 'cancelled' };
    const unfinished = l.items.some((i) => i.state === 'pending' || i.state === 'working');
    return unfinished ? l : { ...l, state: 'finished', finishedAt: deps.now() };
  });
}

async function exportItems(launchId: string, channel: ExportChannel, items: LaunchItem[], listings: Map<string, Listing>, deps: LaunchRunnerDeps): Promise<void> {
  const start = deps.now();
  const batch = items.flatMap((item) => {
    const listing = listings.get(item.listingId);
    return listing ? [{ item, listing }] : [];
  });
  await deps.repo.update(launchId, (l) => ({ ...l, items: l.items.map((i) => (batch.some((b) => b.item.listingId === i.listingId && i.channel === channel) ? { ...i, state: 'working', route: 'export' } : i)) }));
  const answer = await deps.exportChannel(launchId, channel, batch.map((b) => b.listing));
  const at = deps.now();
  const share = (at - start) / Math.max(1, batch.length);
  for (const { item, listing } of batch) {
    const base = { ...item, route: 'export' as const, revision: listing.revision, sentAt: at };
    const skipped = answer.ok ? answer.skipped.get(listing.spuCode) : undefined;
    const next: LaunchItem = !answer.ok
      ? { ...base, state: 'failed', error: { code: `export.${answer.code}`, ...(answer.detail ? { detail: answer.detail } : {}) } }
      : skipped
        ? { ...base, state: 'failed', error: { code: `skipped.${skipped}` } }
        : { ...base, state: 'done', where: answer.folder };
    if (next.state === 'done') delete next.error;
    await deps.repo.setItem(launchId, next, share);
  }
}

async function pushItem(launchId: string, item: LaunchItem, listing: Listing, target: AccountTarget, deps: LaunchRunnerDeps, signal: AbortSignal): Promise<void> {
  const start = deps.now();
  await deps.repo.setItem(launchId, { ...item, state: 'working', route: 'push', revision: listing.revision });
  const answer = await deps.push(listing, target, signal);
  const at = deps.now();
  if (!answer.ok && answer.code === 'cancelled') {
    // Stopped by Cancel before it went: it stays to do, and resumes with the launch.
    await deps.repo.setItem(launchId, { ...item, state: 'pending', route: 'push' });
    return;
  }
  const base = { ...item, route: 'push' as const, revision: listing.revision, sentAt: at, ...(answer.jobId ? { jobId: answer.jobId } : {}) };
  const { error: _previous, ...clean } = base;
  const next: LaunchItem = answer.ok
    ? { ...clean, state: 'done', where: answer.remoteId }
    : { ...base, state: 'failed', error: { code: `push.${answer.code}`, ...(answer.detail ? { detail: answer.detail } : {}) } };
  await deps.repo.setItem(launchId, next, at - start);
}
