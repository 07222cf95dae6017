import { liveQuery } from 'dexie';
import { ListingChecklist } from '@shared/checklist/evaluate';
import { BLOCKING_KEPT, gateItems, type ItemReadiness } from '@shared/launch/gate';
import type { Launch } from '@shared/launch/launch';
import type { ChannelId } from '@shared/model/ids';
import type { Listing } from '@shared/model/listing';
import { PUSH_TARGETS, type AccountTarget } from '@shared/publish/accounts';
import { CHANNEL_PACKS } from '@shared/rules/packs';
import { db } from '../../db/database';
import { outboxDb } from '../../db/outbox-db';
import { launchesRepo } from '../../db/repos/launches';
import { loadReadinessContext } from '../../db/readiness-summary';
import { api } from '../../lib/api';
import { getChecklistSettings } from '../checklist/checklist-settings';
import { cancelJob, outboxRepo, pokeOutbox } from '../publish/outbox';
import type { TFunction } from 'i18next';
import { runLaunch, type ExportAnswer, type LaunchRunnerDeps, type PushAnswer } from './launch-runner';

/*
 * The app's side of launches: the readiness gate over the catalog, the runner wired to the outbox
 * and main's export, and one live run per launch in this window (Cancel aborts it).
 */

export async function loadListings(ids: readonly string[]): Promise<Map<string, Listing>> {
  const rows = await db.listings.bulkGet([...ids]);
  const found = new Map<string, Listing>();
  for (const listing of rows) if (listing) found.set(listing.id, listing);
  return found;
}

/** Each listing × channel checked as of the go-live day, in the launch's locales the channel needs. */
export async function gateLaunch(launch: Launch): Promise<Launch | undefined> {
  const listings = await loadListings(launch.listingIds);
  const ctx = await loadReadinessContext(db.assets, [...listings.values()], { settings: getChecklistSettings(), asOf: launch.goLiveDate });
  const checklists = new Map([...listings.values()].map((l) => [l.id, new ListingChecklist(l, ctx)]));
  const readiness = (listingId: string, channel: ChannelId): ItemReadiness => {
    const checklist = checklists.get(listingId);
    if (!checklist) return { ready: false, blockers: 1, blocking: [] };
    const needed = CHANNEL_PACKS[channel].locales;
    const locales = needed.filter((l) => launch.locales.includes(l));
    const results = (locales.length > 0 ? locales : needed).map((l) => checklist.evaluate(channel, l));
    const blockers = results.flatMap((r) => r.items.filter((i) => i.severity === 'blocker' && !i.override));
    return { ready: blockers.length === 0, blockers: blockers.length, blocking: blockers.slice(0, BLOCKING_KEPT).map(({ code, params, variantGroup }) => ({ code, params, ...(variantGroup ? { variantGroup } : {}) })) };
  };
  return launchesRepo.update(launch.id, (l) => ({ ...l, items: gateItems(l.listingIds, l.channels, readiness, l.items) }));
}

/** Resolves when the outbox job settles; a Cancel of the launch cancels the job if it has not started. */
function waitForJob(jobId: string, signal: AbortSignal): Promise<PushAnswer> {
  return new Promise((resolve) => {
    const subscription = liveQuery(() => outboxDb.jobs.get(jobId)).subscribe({
      next: (job) => {
        if (!job) return finish({ ok: false, code: 'gone', jobId });
        if (job.state === 'done') return finish({ ok: true, remoteId: job.remoteId ?? '', jobId });
        if (job.state === 'failed') return finish({ ok: false, code: job.lastError?.kind ?? 'failed', detail: job.lastError?.message, jobId });
        if (job.state === 'cancelled') return finish({ ok: false, code: 'cancelled', jobId });
      },
      error: (error: unknown) => finish({ ok: false, code: 'internal', detail: String(error), jobId }),
    });
    const onAbort = () => cancelJob(jobId);
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();
    function finish(answer: PushAnswer): void {
      signal.removeEventListener('abort', onAbort);
      // liveQuery may call next synchronously during subscribe, before `subscription` is assigned.
      queueMicrotask(() => subscription.unsubscribe());
      resolve(answer);
    }
  });
}

async function accountTargets(): Promise<Set<AccountTarget>> {
  const result = await api.accounts.list({});
  return new Set(result.ok ? result.value.accounts.map((a) => a.endpoint.target) : []);
}

async function appDeps(): Promise<LaunchRunnerDeps> {
  const targets = await accountTargets();
  return {
    repo: launchesRepo,
    loadListings,
    pushTarget: (channel) => ((PUSH_TARGETS as readonly string[]).includes(channel) && targets.has(channel as AccountTarget) ? (channel as AccountTarget) : null),
    push: async (listing, target, signal) => {
      const job = await outboxRepo.enqueue(listing, target);
      pokeOutbox();
      return waitForJob(job.id, signal);
    },
    exportChannel: async (launchId, channel, listings): Promise<ExportAnswer> => {
      const result = await api.launches.export({ launchId, channel, listings });
      if (!result.ok) return { ok: false, code: 'ipc', detail: result.error.code };
      const answer = result.value;
      if (answer.status === 'failed') return { ok: false, code: answer.code, ...(answer.path ? { detail: answer.path } : {}) };
      return { ok: true, folder: answer.folder, skipped: new Map(answer.skipped.map((s) => [s.spuCode, s.code])) };
    },
    now: Date.now,
  };
}

const running = new Map<string, AbortController>();
const listeners = new Set<() => void>();

export function isRunningHere(launchId: string): boolean {
  return running.has(launchId);
}

/** Re-render hook for "is it running in this window" (the launch row itself is live from Dexie). */
export function onRunsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Starts (or resumes) a launch in this window; a second call while it runs does nothing. */
export async function startLaunch(launchId: string): Promise<void> {
  if (running.has(launchId)) return;
  const controller = new AbortController();
  running.set(launchId, controller);
  listeners.forEach((l) => l());
  try {
    await runLaunch(launchId, await appDeps(), controller.signal);
  } finally {
    running.delete(launchId);
    listeners.forEach((l) => l());
  }
}

export function cancelLaunch(launchId: string): void {
  running.get(launchId)?.abort();
}

/** The launch's listings and its plan as a bundle (main asks for the folder); a line saying how it went. */
export async function exportLaunchBundle(launch: Launch, t: TFunction<'launch'>): Promise<string | null> {
  const listings = [...(await loadListings(launch.listingIds)).values()];
  if (listings.length === 0) return t('detail.bundleNothing');
  const { name, channels, locales, goLiveDate } = launch;
  const result = await api.bundles.export({ listings, launch: { name, channels, locales, goLiveDate } });
  if (!result.ok) return t('detail.bundleFailed');
  const answer = result.value;
  if (answer.status === 'cancelled') return null;
  if (answer.status === 'failed') return t('detail.bundleFailed');
  return t('detail.bundleDone', { count: answer.listingCount, dir: answer.dir });
}
