import type { Listing } from '@shared/model';
import type { OutboxJob, PushNote } from '@shared/publish/outbox-job';
import type { PushOutcome } from '@shared/publish/push-error';
import { PUSH_TARGETS, type AccountTarget } from '@shared/publish/accounts';
import { createOutboxRepo } from '../../db/repos/outbox';
import { api } from '../../lib/api';
import { createOutboxRunner, type OutboxRunner, type PushDone } from './outbox-runner';

/*
 * The one outbox of this window: the repo over the strict-durability database and the runner
 * that drains it. Started once at boot (main.tsx); the UI enqueues through the repo and pokes.
 */

export const outboxRepo = createOutboxRepo();

export function isAccountTarget(target: string): target is AccountTarget {
  return (PUSH_TARGETS as readonly string[]).includes(target);
}

/** One job to main's connector; a failed IPC call (main busy, bridge gone) is a retryable network error. */
export async function sendPush(job: OutboxJob, listing: Listing): Promise<PushOutcome<PushDone>> {
  const { target } = job;
  if (!isAccountTarget(target)) return { ok: false, error: { kind: 'validation', retryable: false, message: `not a push target: ${target}` } };
  const result = await api.publish.push({ target, idempotencyKey: job.idempotencyKey, listing });
  if (!result.ok) return { ok: false, error: { kind: 'network', retryable: true, message: `ipc: ${result.error.code}` } };
  const answer = result.value;
  if (!answer.ok) return { ok: false, error: answer.error };
  const warnings: PushNote[] = answer.warnings.map(({ code }) => ({ code }));
  if (answer.imageFailures.length > 0) warnings.push({ code: 'images-failed', count: answer.imageFailures.length });
  return { ok: true, value: { remoteId: answer.remoteId, warnings } };
}

let runner: OutboxRunner | null = null;

export function startOutbox(): void {
  if (runner) return;
  runner = createOutboxRunner({
    repo: outboxRepo,
    send: sendPush,
    isOnline: () => navigator.onLine,
    onOnline: (listener) => {
      window.addEventListener('online', listener);
      return () => window.removeEventListener('online', listener);
    },
    schedule: (ms, run) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
    now: Date.now,
  });
  void runner.start();
}

/** Look for due work now: after a push was queued, retried or the network came back. */
export function pokeOutbox(): void {
  runner?.poke();
}

/** The user's Retry on a failed or cancelled job: same key, a fresh run of attempts, now. */
export function retryJob(id: string): void {
  void outboxRepo.retry(id).then(pokeOutbox);
}

/** The user's Cancel on a queued job (one being sent finishes its request first). */
export function cancelJob(id: string): void {
  void outboxRepo.cancel(id);
}
