import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createListing, type Listing } from '@shared/model';
import type { OutboxJob } from '@shared/publish/outbox-job';
import { pushError, type PushError, type PushOutcome } from '@shared/publish/push-error';
import { OutboxDb } from '../../../../renderer/src/db/outbox-db';
import { createOutboxRepo } from '../../../../renderer/src/db/repos/outbox';
import { createOutboxRunner, type OutboxRunnerDeps, type PushDone } from '../../../../renderer/src/features/publish/outbox-runner';

const T0 = Date.UTC(2026, 10, 25, 12);
let count = 0;
const opened: OutboxDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

function freshDb(factory = new IDBFactory()): { db: OutboxDb; reopen(): OutboxDb } {
  count += 1;
  const name = `outbox-test-${count}`;
  const open = () => {
    const db = new OutboxDb(name, { indexedDB: factory, IDBKeyRange });
    opened.push(db);
    return db;
  };
  return { db: open(), reopen: open };
}

/** A channel that upserts by idempotency key, like the connectors do by handle / SKU. */
function fakeChannel() {
  const products = new Map<string, { revision: number; sends: number }>();
  return {
    products,
    accept(job: OutboxJob): PushOutcome<PushDone> {
      const key = `${job.listingId}:${job.target}`;
      const existing = products.get(key);
      products.set(key, { revision: job.revision, sends: (existing?.sends ?? 0) + 1 });
      return { ok: true, value: { remoteId: `remote-${job.listingId}` } };
    },
  };
}

function harness(db: OutboxDb, send: OutboxRunnerDeps['send'], options: { online?: () => boolean } = {}) {
  let clock = T0;
  const timers: { at: number; run: () => void }[] = [];
  const onlineListeners = new Set<() => void>();
  const repo = createOutboxRepo(db, () => clock, () => 0.5);
  const runner = createOutboxRunner({
    repo, send,
    isOnline: options.online ?? (() => true),
    onOnline: (l) => {
      onlineListeners.add(l);
      return () => onlineListeners.delete(l);
    },
    schedule: (ms, run) => {
      const timer = { at: clock + ms, run };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    },
    now: () => clock,
  });
  return {
    repo, runner, timers,
    advance(ms: number) {
      clock += ms;
      for (const t of timers.filter((t) => t.at <= clock)) {
        timers.splice(timers.indexOf(t), 1);
        t.run();
      }
    },
    goOnline: () => [...onlineListeners].forEach((l) => l()),
  };
}

const listing = (revision = 1): Listing => createListing(T0, { id: 'L1', spuCode: 'DR-1', revision });

describe('outbox repo', () => {
  it('queues one job per listing version and target, with a snapshot of what will be sent', async () => {
    const { db } = freshDb();
    const repo = createOutboxRepo(db, () => T0);
    const a = await repo.enqueue(listing(1), 'shopify');
    const again = await repo.enqueue(listing(1), 'shopify');
    const next = await repo.enqueue(listing(2), 'shopify');
    expect(again.id).toBe(a.id);
    expect(next.idempotencyKey).toBe('L1:2:shopify');
    expect(await db.jobs.count()).toBe(2);
    expect((await repo.snapshot(a.id))?.listing.revision).toBe(1);
  });

  it('lets only one of two concurrent drainers claim a job', async () => {
    const { db } = freshDb();
    const repo = createOutboxRepo(db, () => T0);
    await repo.enqueue(listing(), 'shopify');
    const [first, second] = await Promise.all([repo.claimNext(), repo.claimNext()]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect((await repo.byState('sending')).map((j) => j.attempts)).toEqual([1]);
  });
});

describe('outbox runner', () => {
  it('sends queued jobs and records the remote id', async () => {
    const { db } = freshDb();
    const channel = fakeChannel();
    const h = harness(db, async (job) => channel.accept(job));
    await h.repo.enqueue(listing(), 'shopify');
    await h.repo.enqueue(listing(), 'own-mall');
    await h.runner.start();
    await h.runner.idle();
    expect((await h.repo.byState('done')).map((j) => [j.target, j.remoteId]).sort()).toEqual([['own-mall', 'remote-L1'], ['shopify', 'remote-L1']]);
  });

  it('stores what a push left out with the done job', async () => {
    const { db } = freshDb();
    const h = harness(db, async () => ({ ok: true, value: { remoteId: 'wc-9', warnings: [{ code: 'images-not-sent' as const }] } }));
    await h.repo.enqueue(listing(), 'woocommerce');
    await h.runner.start();
    await h.runner.idle();
    expect(await h.repo.byState('done')).toMatchObject([{ remoteId: 'wc-9', warnings: [{ code: 'images-not-sent' }] }]);
  });

  it('waits for Retry-After on a 429, then sends again', async () => {
    const { db } = freshDb();
    const channel = fakeChannel();
    let calls = 0;
    const h = harness(db, async (job) => {
      calls += 1;
      return calls === 1 ? { ok: false, error: pushError('rate-limited', '429', { status: 429, retryAfterMs: 5000 }) } : channel.accept(job);
    });
    await h.repo.enqueue(listing(), 'shopify');
    await h.runner.start();
    await h.runner.idle();
    expect(await h.repo.byState('queued')).toMatchObject([{ attempts: 1, nextAttemptAt: T0 + 5000, lastError: { kind: 'rate-limited' } }]);
    expect(h.timers.map((t) => t.at)).toEqual([T0 + 5000]);
    h.advance(4999);
    expect(calls).toBe(1);
    h.advance(1);
    await h.runner.idle();
    expect(calls).toBe(2);
    expect(await h.repo.byState('done')).toHaveLength(1);
  });

  it('does not retry wrong credentials until the user asks', async () => {
    const { db } = freshDb();
    const channel = fakeChannel();
    let failing: PushError | null = pushError('auth', '401 Unauthorized', { status: 401 });
    const h = harness(db, async (job) => (failing ? { ok: false, error: failing } : channel.accept(job)));
    const job = await h.repo.enqueue(listing(), 'woocommerce');
    await h.runner.start();
    await h.runner.idle();
    expect(await h.repo.byState('failed')).toMatchObject([{ attempts: 1, lastError: { kind: 'auth' } }]);
    expect(h.timers).toEqual([]);
    failing = null;
    await h.repo.retry(job.id);
    h.runner.poke();
    await h.runner.idle();
    expect(await h.repo.byState('done')).toHaveLength(1);
  });

  it('after a crash mid-push, sends the job again with the same key and the channel keeps one product', async () => {
    const factory = new IDBFactory();
    const { db, reopen } = freshDb(factory);
    const channel = fakeChannel();
    const keys: string[] = [];
    // First run: the request reaches the channel, then the app dies before the answer is stored.
    const crashing = harness(db, (job) => {
      keys.push(job.idempotencyKey);
      channel.accept(job);
      return new Promise(() => undefined);
    });
    await crashing.repo.enqueue(listing(3), 'shopify');
    await crashing.runner.start();
    await expect.poll(() => keys.length).toBe(1);
    crashing.runner.stop();
    expect(await crashing.repo.byState('sending')).toHaveLength(1);
    db.close();

    const restarted = harness(reopen(), async (job) => {
      keys.push(job.idempotencyKey);
      return channel.accept(job);
    });
    await restarted.runner.start();
    await restarted.runner.idle();
    expect(keys).toEqual(['L1:3:shopify', 'L1:3:shopify']);
    expect([...channel.products.values()]).toEqual([{ revision: 3, sends: 2 }]);
    expect(await restarted.repo.byState('done')).toMatchObject([{ attempts: 1, remoteId: 'remote-L1' }]);
  });

  it('holds jobs while offline and sends them when the network returns', async () => {
    const { db } = freshDb();
    const channel = fakeChannel();
    let online = false;
    let calls = 0;
    const h = harness(db, async (job) => {
      calls += 1;
      return channel.accept(job);
    }, { online: () => online });
    await h.repo.enqueue(listing(), 'shopify');
    await h.runner.start();
    await h.runner.idle();
    expect(calls).toBe(0);
    expect(await h.repo.byState('queued')).toHaveLength(1);
    online = true;
    h.goOnline();
    await h.runner.idle();
    expect(calls).toBe(1);
    expect(await h.repo.byState('done')).toHaveLength(1);
  });

  it('turns a thrown send into a retryable network error, never a lost job', async () => {
    const { db } = freshDb();
    const h = harness(db, () => Promise.reject(new Error('IPC channel closed')));
    await h.repo.enqueue(listing(), 'shopify');
    await h.runner.start();
    await h.runner.idle();
    expect(await h.repo.byState('queued')).toMatchObject([{ lastError: { kind: 'network', message: 'IPC channel closed' } }]);
  });
});
