import type { Listing } from '@shared/model';
import type { OutboxJob, PushNote } from '@shared/publish/outbox-job';
import type { PushOutcome } from '@shared/publish/push-error';
import type { OutboxRepo } from '../../db/repos/outbox';

/*
 * Drains the outbox one job at a time: claim (persisted as "sending" first), send through the
 * connector in main, persist the outcome. When nothing is due it sleeps until the next retry time;
 * while offline it waits for the network to come back. On start, jobs a crash left "sending" are
 * requeued with their idempotency key, so the channel sees the same key again and upserts.
 */

/** What a successful send reports: the channel's id and anything it left out. */
export interface PushDone {
  remoteId: string;
  warnings?: PushNote[];
}

export interface OutboxRunnerDeps {
  repo: OutboxRepo;
  send(job: OutboxJob, listing: Listing): Promise<PushOutcome<PushDone>>;
  isOnline(): boolean;
  /** Calls back when the network returns; returns an unsubscribe. */
  onOnline(listener: () => void): () => void;
  /** setTimeout-like, injectable for tests; returns a cancel function. */
  schedule(ms: number, run: () => void): () => void;
  now(): number;
  /** After every transition, for the UI (live queries pick the rows up anyway). */
  onSettled?(job: OutboxJob | undefined): void;
}

export interface OutboxRunner {
  start(): Promise<void>;
  /** Look for due work now (after a new job is queued, or a retry). */
  poke(): void;
  stop(): void;
  /** Resolves when the runner has nothing due and is idle (tests, the CLI). */
  idle(): Promise<void>;
}

export function createOutboxRunner(deps: OutboxRunnerDeps): OutboxRunner {
  let running = false;
  let stopped = false;
  let cancelTimer: (() => void) | null = null;
  let offOnline: (() => void) | null = null;
  let idleWaiters: (() => void)[] = [];

  function settleIdle(): void {
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  }

  async function drain(): Promise<void> {
    if (running || stopped) return;
    running = true;
    try {
      while (!stopped) {
        if (!deps.isOnline()) {
          offOnline ??= deps.onOnline(() => {
            offOnline?.();
            offOnline = null;
            poke();
          });
          break;
        }
        const claimed = await deps.repo.claimNext();
        if (!claimed) {
          const at = await deps.repo.nextDueAt();
          if (at !== undefined) {
            cancelTimer?.();
            cancelTimer = deps.schedule(Math.max(0, at - deps.now()), poke);
          }
          break;
        }
        const outcome = await deps.send(claimed.job, claimed.listing).catch((error: unknown): PushOutcome<PushDone> => ({
          ok: false,
          error: { kind: 'network', retryable: true, message: error instanceof Error ? error.message : String(error) },
        }));
        const settled = outcome.ok ? await deps.repo.succeed(claimed.job.id, outcome.value.remoteId, outcome.value.warnings) : await deps.repo.fail(claimed.job.id, outcome.error);
        deps.onSettled?.(settled);
      }
    } finally {
      running = false;
      settleIdle();
    }
  }

  function poke(): void {
    void drain();
  }

  return {
    async start() {
      stopped = false;
      await deps.repo.recoverInFlight();
      poke();
    },
    poke,
    stop() {
      stopped = true;
      cancelTimer?.();
      offOnline?.();
      settleIdle();
    },
    idle() {
      if (!running) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
