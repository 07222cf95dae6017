import type { ChannelId } from '../model/ids';
import type { PushError } from './push-error';

/*
 * One push of one listing version to one channel, as the outbox keeps it, and the pure rules for
 * moving it along: queued → sending → done | failed (| cancelled). The runner persists every
 * transition before acting on it (reliability-notes.md: the outbox rows are the checkpoint), so a
 * crash leaves at worst a row in "sending", which recover() turns back into "queued" with the
 * same idempotency key: the connectors upsert by handle / SKU, so sending again never makes a
 * second product.
 */

export const OUTBOX_STATES = ['queued', 'sending', 'done', 'failed', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export type PushTarget = ChannelId | 'webhook';

export interface OutboxJob {
  id: string;
  listingId: string;
  /** The listing revision this job sends; a newer revision gets a new job and key. */
  revision: number;
  target: PushTarget;
  /** `${listingId}:${revision}:${target}`: the same version to the same channel is one job. */
  idempotencyKey: string;
  state: OutboxState;
  attempts: number;
  /** When a queued job may be sent (epoch ms); retries push it into the future. */
  nextAttemptAt: number;
  createdAt: number;
  updatedAt: number;
  lastError?: PushError;
  /** The channel's id for the product once done. */
  remoteId?: string;
  /** Done, but something was left out (images with nowhere to go, images that could not be rendered). */
  warnings?: PushNote[];
}

/** What a push that succeeded left out, for the panel and the outbox view. */
export type PushNote = { code: 'images-not-sent' } | { code: 'images-failed'; count: number };

/** Retry policy (reliability-notes.md: capped exponential backoff with full jitter). */
export const RETRY = {
  maxAttempts: 8,
  baseMs: 2_000,
  capMs: 10 * 60_000,
} as const;

export function idempotencyKey(listingId: string, revision: number, target: PushTarget): string {
  return `${listingId}:${revision}:${target}`;
}

export function newJob(id: string, listingId: string, revision: number, target: PushTarget, now: number): OutboxJob {
  return {
    id, listingId, revision, target, idempotencyKey: idempotencyKey(listingId, revision, target),
    state: 'queued', attempts: 0, nextAttemptAt: now, createdAt: now, updatedAt: now,
  };
}

/**
 * Delay before attempt `attempts + 1`: full jitter over min(cap, base × 2^attempts), and never
 * sooner than the channel's Retry-After. `random` is injected so tests are exact.
 */
export function retryDelay(attempts: number, retryAfterMs: number | undefined, random: () => number): number {
  const ceiling = Math.min(RETRY.capMs, RETRY.baseMs * 2 ** attempts);
  const jittered = Math.floor(random() * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}

export function isDue(job: OutboxJob, now: number): boolean {
  return job.state === 'queued' && job.nextAttemptAt <= now;
}

/** The job as it starts sending: persist this before calling the connector. */
export function startSending(job: OutboxJob, now: number): OutboxJob {
  return { ...job, state: 'sending', attempts: job.attempts + 1, updatedAt: now };
}

/** The job after the connector answered. */
export function settle(
  job: OutboxJob,
  outcome: { ok: true; remoteId: string; warnings?: PushNote[] } | { ok: false; error: PushError },
  now: number,
  random: () => number,
): OutboxJob {
  if (outcome.ok) {
    const { lastError: _cleared, warnings: _previous, ...rest } = job;
    const warnings = outcome.warnings ?? [];
    return { ...rest, state: 'done', remoteId: outcome.remoteId, updatedAt: now, ...(warnings.length > 0 ? { warnings } : {}) };
  }
  const { error } = outcome;
  if (error.kind === 'cancelled') return { ...job, state: 'cancelled', lastError: error, updatedAt: now };
  if (error.retryable && job.attempts < RETRY.maxAttempts) {
    return { ...job, state: 'queued', lastError: error, nextAttemptAt: now + retryDelay(job.attempts, error.retryAfterMs, random), updatedAt: now };
  }
  return { ...job, state: 'failed', lastError: error, updatedAt: now };
}

/**
 * At startup: a job left in "sending" had an unknown outcome (the app quit or crashed mid-push).
 * It goes back to the queue, due now, with the same key; its attempt is not counted twice.
 */
export function recover(job: OutboxJob, now: number): OutboxJob {
  if (job.state !== 'sending') return job;
  return { ...job, state: 'queued', attempts: Math.max(0, job.attempts - 1), nextAttemptAt: now, updatedAt: now };
}

/** The user's "Retry" on a failed or cancelled job: a fresh run of attempts, same key. */
export function retryNow(job: OutboxJob, now: number): OutboxJob {
  if (job.state !== 'failed' && job.state !== 'cancelled') return job;
  return { ...job, state: 'queued', attempts: 0, nextAttemptAt: now, updatedAt: now };
}

/** The user's "Cancel" on a job that has not finished; a job being sent finishes its request first. */
export function cancel(job: OutboxJob, now: number): OutboxJob {
  if (job.state !== 'queued') return job;
  return { ...job, state: 'cancelled', updatedAt: now };
}
