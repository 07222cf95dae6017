import type { Listing } from '@shared/model';
import { newId } from '@shared/model/ids';
import { cancel, newJob, recover, retryNow, settle, startSending, type OutboxJob, type OutboxState, type PushNote, type PushTarget } from '@shared/publish/outbox-job';
import type { PushError } from '@shared/publish/push-error';
import { outboxDb as defaultDb, type OutboxDb } from '../outbox-db';

/*
 * Outbox rows and their transitions. Every transition is one transaction that re-reads the row,
 * so two drainers (two windows) can never both claim a job, and a user's cancel cannot be
 * overwritten by a push that finished at the same moment.
 */

export function createOutboxRepo(db: OutboxDb = defaultDb, now: () => number = Date.now, random: () => number = Math.random) {
  async function update(id: string, change: (job: OutboxJob) => OutboxJob): Promise<OutboxJob | undefined> {
    return db.transaction('rw', db.jobs, async () => {
      const job = await db.jobs.get(id);
      if (!job) return undefined;
      const next = change(job);
      if (next !== job) await db.jobs.put(next);
      return next;
    });
  }

  return {
    /**
     * Queues a push of this listing version; the same version to the same target is one job (the
     * existing one is returned, retried if it had failed). The snapshot is what will be sent.
     */
    async enqueue(listing: Listing, target: PushTarget): Promise<OutboxJob> {
      const job = newJob(newId(), listing.id, listing.revision, target, now());
      return db.transaction('rw', db.jobs, db.snapshots, async () => {
        const existing = await db.jobs.where('idempotencyKey').equals(job.idempotencyKey).first();
        if (existing) {
          const again = retryNow(existing, now());
          if (again !== existing) await db.jobs.put(again);
          return again;
        }
        await db.jobs.add(job);
        await db.snapshots.put({ jobId: job.id, listing });
        return job;
      });
    },

    /** The next due job, marked as sending (attempt counted) before anything is sent; undefined when none is due. */
    async claimNext(): Promise<{ job: OutboxJob; listing: Listing } | undefined> {
      return db.transaction('rw', db.jobs, db.snapshots, async () => {
        const at = now();
        const due = await db.jobs.where('[state+nextAttemptAt]').between(['queued', -Infinity], ['queued', at], true, true).first();
        if (!due) return undefined;
        const snapshot = await db.snapshots.get(due.id);
        const job = startSending(due, at);
        if (!snapshot) {
          // A job without its snapshot cannot be sent faithfully: fail it, visibly.
          await db.jobs.put({ ...job, state: 'failed', lastError: { kind: 'validation', retryable: false, message: 'snapshot missing' } });
          return undefined;
        }
        await db.jobs.put(job);
        return { job, listing: snapshot.listing };
      });
    },

    succeed: (id: string, remoteId: string, warnings: PushNote[] = []) =>
      update(id, (job) => (job.state === 'sending' ? settle(job, { ok: true, remoteId, warnings }, now(), random) : job)),

    fail: (id: string, error: PushError) => update(id, (job) => (job.state === 'sending' ? settle(job, { ok: false, error }, now(), random) : job)),

    retry: (id: string) => update(id, (job) => retryNow(job, now())),

    cancel: (id: string) => update(id, (job) => cancel(job, now())),

    /** At startup: jobs left "sending" by a crash or quit go back to the queue with their key. */
    async recoverInFlight(): Promise<number> {
      return db.transaction('rw', db.jobs, async () => {
        const inFlight = await db.jobs.where('state').equals('sending').toArray();
        await db.jobs.bulkPut(inFlight.map((job) => recover(job, now())));
        return inFlight.length;
      });
    },

    /** When the next queued job is due (epoch ms), for the runner's timer; undefined when the queue is empty. */
    async nextDueAt(): Promise<number | undefined> {
      const first = await db.jobs.where('[state+nextAttemptAt]').between(['queued', -Infinity], ['queued', Infinity]).first();
      return first?.nextAttemptAt;
    },

    byState: (state: OutboxState): Promise<OutboxJob[]> => db.jobs.where('state').equals(state).toArray(),
    forListing: (listingId: string): Promise<OutboxJob[]> => db.jobs.where('listingId').equals(listingId).toArray(),
    snapshot: (jobId: string) => db.snapshots.get(jobId),
  };
}

export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
