import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listing } from '@shared/model';
import type { AccountSummary } from '@shared/publish/accounts';
import type { OutboxJob, PushTarget } from '@shared/publish/outbox-job';
import { outboxDb } from '../../db/outbox-db';
import { api } from '../../lib/api';
import { isAccountTarget } from './outbox';

/** Newest first: the job queued last is what the user did last. */
const byNewest = (a: OutboxJob, b: OutboxJob) => b.createdAt - a.createdAt || b.updatedAt - a.updatedAt;

/** The latest job per target for one listing, live (the runner's transitions show as they happen). */
export function useLatestJobs(listingId: string): ReadonlyMap<PushTarget, OutboxJob> | undefined {
  const jobs = useLiveQuery(() => outboxDb.jobs.where('listingId').equals(listingId).toArray(), [listingId]);
  return useMemo(() => {
    if (!jobs) return undefined;
    const latest = new Map<PushTarget, OutboxJob>();
    for (const job of [...jobs].sort(byNewest)) if (!latest.has(job.target)) latest.set(job.target, job);
    return latest;
  }, [jobs]);
}

export interface OutboxRow {
  job: OutboxJob;
  spuCode: string;
  /** What the job sends or sent: the listing as it was queued. */
  sent: Listing | undefined;
}

/**
 * Every job newest first with the SPU code it was sent with (from its snapshot, so a listing
 * renamed or deleted since still shows what went out). Read straight from the outbox database:
 * the repo has no "all jobs" query and the list is the whole table anyway.
 */
export function useOutboxRows(): OutboxRow[] | undefined {
  return useLiveQuery(async () => {
    const jobs = (await outboxDb.jobs.toArray()).sort(byNewest);
    const snapshots = await outboxDb.snapshots.bulkGet(jobs.map((j) => j.id));
    return jobs.map((job, i) => ({ job, spuCode: snapshots[i]?.listing.spuCode ?? '', sent: snapshots[i]?.listing }));
  }, []);
}

/** Saved channel accounts (without secrets), following saves in Settings; undefined while loading. */
export function useAccounts(): AccountSummary[] | undefined {
  const [accounts, setAccounts] = useState<AccountSummary[] | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    const off = api.on('accounts:changed', (payload) => setAccounts(payload.accounts));
    void api.accounts.list({}).then((result) => {
      if (isCurrent) setAccounts((current) => current ?? (result.ok ? result.value.accounts : []));
    });
    return () => {
      isCurrent = false;
      off();
    };
  }, []);
  return accounts;
}

/** Date and time in the UI language, for push times. */
export function useTimeFormat(): (ts: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
    return (ts: number) => f.format(ts);
  }, [i18n.language]);
}

/** A job target's name: the push targets' own labels, else the channel's. */
export function useTargetName(): (target: PushTarget) => string {
  const { t } = useTranslation(['publish', 'common']);
  return (target) => (isAccountTarget(target) ? t(`publish:targets.${target}`) : t(`common:channels.${target}`));
}
