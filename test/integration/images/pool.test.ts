import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImagePool } from '../../../electron/services/image-pool';
import type { WorkerHandle } from '../../../electron/services/image-worker-spawn';
import { noisy, startPool, WORKER_TEST_TIMEOUT_MS } from './fixtures';

let dir: string;
let photo: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shelfready-pool-'));
  photo = join(dir, 'photo.jpg');
  await noisy(800, 600).jpeg().toFile(photo);
}, WORKER_TEST_TIMEOUT_MS);

/** Resolves when a test job reports its first progress, i.e. it is running in a worker. */
function startedSignal(): { promise: Promise<void>; mark: () => void } {
  let mark: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    mark = resolve;
  });
  return { promise, mark };
}

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
}, WORKER_TEST_TIMEOUT_MS);

describe('image pool over real worker processes', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('runs jobs in parallel on at most `size` workers and reports progress', async () => {
    const pool = startPool(2);
    try {
      const progress: number[] = [];
      const outcomes = await Promise.all(
        Array.from({ length: 6 }, (_, i) => pool.probe(photo, i === 0 ? { onProgress: (p) => progress.push(p) } : {})),
      );
      expect(outcomes.every((o) => o.ok)).toBe(true);
      expect(pool.workerStats().length).toBeLessThanOrEqual(2);
      expect(pool.workerStats().every((w) => w.rss > 0)).toBe(true);
      expect(progress.length).toBeGreaterThan(0);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    } finally {
      await pool.close();
    }
  });

  it('cancels a queued job at once without touching the running one', async () => {
    const pool = startPool(1);
    try {
      const running = pool.run({ op: 'test', args: { sleepMs: 400 } });
      const controller = new AbortController();
      const queued = pool.probe(photo, { signal: controller.signal });
      expect(pool.queued()).toBe(1);
      controller.abort();
      expect(await queued).toEqual({ ok: false, code: 'cancelled' });
      expect(pool.queued()).toBe(0);
      expect(await running).toEqual({ ok: true, value: 'done' });
    } finally {
      await pool.close();
    }
  });

  it('cancels a running job that listens, keeping its worker', async () => {
    const pool = startPool(1);
    try {
      const controller = new AbortController();
      const started = startedSignal();
      const job = pool.run({ op: 'test', args: { sleepMs: 10_000 } }, { signal: controller.signal, onProgress: started.mark });
      await started.promise;
      const pid = pool.workerStats()[0]?.pid;
      controller.abort();
      expect(await job).toEqual({ ok: false, code: 'cancelled' });
      expect(await pool.probe(photo)).toMatchObject({ ok: true });
      expect(pool.workerStats()[0]?.pid).toBe(pid);
    } finally {
      await pool.close();
    }
  });

  it('kills and replaces a worker that does not answer a cancel', async () => {
    const pool = startPool(1, 200);
    try {
      const controller = new AbortController();
      const running = startedSignal();
      const job = pool.run({ op: 'test', args: { blockMs: 20_000 } }, { signal: controller.signal, onProgress: running.mark });
      await running.promise;
      const pid = pool.workerStats()[0]?.pid;
      const started = Date.now();
      controller.abort();
      expect(await job).toEqual({ ok: false, code: 'cancelled' });
      expect(Date.now() - started).toBeLessThan(10_000); // well under the 20 s block: killed, not waited for
      expect(await pool.probe(photo)).toMatchObject({ ok: true });
      expect(pool.workerStats()[0]?.pid).not.toBe(pid);
    } finally {
      await pool.close();
    }
  });

  it('a crashing worker fails only its job; the next job runs on a replacement', async () => {
    const pool = startPool(2);
    try {
      const [crashed, healthy] = await Promise.all([pool.run({ op: 'test', args: { crash: true } }), pool.probe(photo)]);
      expect(crashed).toEqual({ ok: false, code: 'worker-crashed' });
      expect(healthy).toMatchObject({ ok: true });
      const again = await Promise.all([pool.probe(photo), pool.probe(photo), pool.probe(photo)]);
      expect(again.every((o) => o.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('close() cancels what is queued and ends the workers', async () => {
    const pool = startPool(1);
    const started = startedSignal();
    const running = pool.run({ op: 'test', args: { sleepMs: 5000 } }, { onProgress: started.mark });
    const queued = pool.probe(photo);
    await started.promise;
    await pool.close();
    expect(await queued).toEqual({ ok: false, code: 'cancelled' });
    expect(await running).toEqual({ ok: false, code: 'cancelled' });
    expect(await pool.probe(photo)).toEqual({ ok: false, code: 'cancelled' });
  });

  it('refuses test jobs in workers started without the test flag', async () => {
    const { spawnChildProcessWorker } = await import('../../../electron/services/image-worker-spawn');
    const pool = createImagePool({ size: 1, spawn: spawnChildProcessWorker({ env: { SHELFREADY_WORKER_TEST: '' } }) });
    try {
      expect(await pool.run({ op: 'test', args: { crash: true } })).toMatchObject({ ok: false, code: 'internal' });
    } finally {
      await pool.close();
    }
  });
});

describe('image pool with a fake spawn', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('fails the job with worker-crashed when sending to a dead worker throws', async () => {
    let exit: (code: number | null) => void = () => undefined;
    const handle: WorkerHandle = {
      pid: 1,
      send: () => {
        throw new Error('channel closed');
      },
      onMessage: () => undefined,
      onExit: (listener) => {
        exit = listener;
      },
      kill: () => exit(null),
    };
    const pool = createImagePool({ size: 1, spawn: () => handle });
    expect(await pool.probe('/nowhere.jpg')).toEqual({ ok: false, code: 'worker-crashed' });
    await pool.close();
  });
});
