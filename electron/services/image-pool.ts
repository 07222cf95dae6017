import { availableParallelism } from 'node:os';
import type { WorkerJob, WorkerReply } from '../image-worker/protocol';
import type { ImageEngine, ImageOutcome, JobOptions } from './image-engine';
import type { SpawnWorker, WorkerHandle } from './image-worker-spawn';

/*
 * ImageEngine over N worker processes: FIFO queue, one job per worker, cancellation, progress.
 * A worker that dies fails only the job it was running ('worker-crashed') and is replaced on the
 * next dispatch. Workers start lazily, so an idle app holds no sharp processes.
 */

export interface ImagePoolOptions {
  size?: number;
  spawn: SpawnWorker;
  /** How long a running job may take to acknowledge a cancel before its worker is killed. */
  cancelGraceMs?: number;
}

export interface ImagePool extends ImageEngine {
  readonly size: number;
  /**
   * Any worker job by its protocol shape (used by tests for the test-only op).
   */
  run<T>(job: WorkerJob, options?: JobOptions): Promise<ImageOutcome<T>>;
  /** Process ids of live workers and the last RSS each reported, for memory sampling. */
  workerStats(): { pid: number | undefined; rss: number }[];
  /** Jobs waiting for a worker. */
  queued(): number;
}

interface Job {
  id: number;
  job: WorkerJob;
  options: JobOptions;
  resolve(outcome: ImageOutcome<unknown>): void;
  isCancelRequested: boolean;
  cleanup(): void;
}

interface Slot {
  handle?: WorkerHandle;
  job?: Job;
  killTimer?: ReturnType<typeof setTimeout>;
  rss: number;
}

export function createImagePool({ size = availableParallelism(), spawn, cancelGraceMs = 1000 }: ImagePoolOptions): ImagePool {
  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => ({ rss: 0 }));
  const queue: Job[] = [];
  const exits = new Set<Promise<void>>();
  let nextId = 1;
  let isClosed = false;

  function submit<T>(job: WorkerJob, options: JobOptions = {}): Promise<ImageOutcome<T>> {
    return new Promise((resolvePromise) => {
      if (isClosed || options.signal?.aborted) {
        resolvePromise({ ok: false, code: 'cancelled' });
        return;
      }
      const entry: Job = {
        id: nextId++,
        job,
        options,
        isCancelRequested: false,
        // The worker answers with the shape its op returns; the op name fixes T.
        resolve: (outcome) => {
          entry.cleanup();
          resolvePromise(outcome as ImageOutcome<T>);
        },
        cleanup: () => undefined,
      };
      const onAbort = (): void => cancel(entry);
      options.signal?.addEventListener('abort', onAbort, { once: true });
      entry.cleanup = () => options.signal?.removeEventListener('abort', onAbort);
      queue.push(entry);
      pump();
    });
  }

  function cancel(job: Job): void {
    const queuedAt = queue.indexOf(job);
    if (queuedAt >= 0) {
      queue.splice(queuedAt, 1);
      job.resolve({ ok: false, code: 'cancelled' });
      return;
    }
    const slot = slots.find((s) => s.job === job);
    if (!slot?.handle || job.isCancelRequested) return;
    job.isCancelRequested = true;
    const handle = slot.handle;
    trySend(slot, { cancel: job.id });
    // A job stuck inside one libvips call cannot see the cancel: kill the worker after a grace period.
    slot.killTimer = setTimeout(() => {
      if (slot.job === job && slot.handle === handle) handle.kill();
    }, cancelGraceMs);
  }

  function pump(): void {
    for (const slot of slots) {
      if (isClosed || queue.length === 0) return;
      if (slot.job) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      const handle = slot.handle ?? startWorker(slot);
      if (trySend(slot, { id: job.id, ...job.job })) continue;
      handle.kill();
    }
  }

  function trySend(slot: Slot, message: Parameters<WorkerHandle['send']>[0]): boolean {
    try {
      slot.handle?.send(message);
      return true;
    } catch {
      // The channel is already closed; the exit handler fails the job and frees the slot.
      return false;
    }
  }

  function startWorker(slot: Slot): WorkerHandle {
    const handle = spawn();
    slot.handle = handle;
    slot.rss = 0;
    let markExited: () => void = () => undefined;
    exits.add(new Promise<void>((resolve) => { markExited = resolve; }));
    handle.onMessage((message) => onReply(slot, handle, message));
    handle.onExit(() => {
      markExited();
      if (slot.handle !== handle) return;
      slot.handle = undefined;
      slot.rss = 0;
      const job = slot.job;
      if (job) finish(slot, job, { ok: false, code: job.isCancelRequested || isClosed ? 'cancelled' : 'worker-crashed' });
    });
    return handle;
  }

  function onReply(slot: Slot, handle: WorkerHandle, message: WorkerReply): void {
    if (slot.handle !== handle || slot.job?.id !== message.id) return;
    if ('progress' in message) {
      slot.job.options.onProgress?.(message.progress);
      return;
    }
    slot.rss = message.rss;
    finish(slot, slot.job, message.outcome);
  }

  function finish(slot: Slot, job: Job, outcome: ImageOutcome<unknown>): void {
    clearTimeout(slot.killTimer);
    slot.killTimer = undefined;
    slot.job = undefined;
    job.resolve(outcome);
    pump();
  }

  return {
    size: slots.length,
    probe: (path, options) => submit({ op: 'probe', args: { path } }, options),
    thumbnail: (path, outPath, thumbSize, options) => submit({ op: 'thumbnail', args: { path, outPath, size: thumbSize } }, options),
    render: (path, rule, outPath, options) => submit({ op: 'render', args: { path, rule, outPath, meta: options?.meta } }, options),
    sizeChart: (data, size, outPath, options) => submit({ op: 'sizeChart', args: { data, width: size.width, maxHeight: size.maxHeight, outPath } }, options),
    run: submit,
    workerStats: () => slots.filter((s) => s.handle).map((s) => ({ pid: s.handle?.pid, rss: s.rss })),
    queued: () => queue.length,
    async close() {
      isClosed = true;
      for (const job of queue.splice(0)) job.resolve({ ok: false, code: 'cancelled' });
      for (const slot of slots) slot.handle?.kill();
      await Promise.all(exits);
    },
  };
}
