import sharp from 'sharp';
import type { ImageOutcome } from '../services/image-engine';
import { classifyError, errorMessage } from './input';
import { probe, render, thumbnail, type OpContext } from './ops';
import { drawSizeChart } from './size-chart-op';
import { isWorkerRequest, type TestArgs, type WorkerJob, type WorkerReply } from './protocol';

/*
 * Image worker entry: one process, one job at a time (the pool sends one), sharp on one thread
 * (parallelism comes from the pool). Talks over Electron's utilityProcess parentPort when present,
 * otherwise child_process IPC. Every job ends in an outcome message; nothing is thrown at the parent.
 */

sharp.cache(false);
sharp.concurrency(1);
// Loader allowlist (reliability-notes §2.1), defence in depth: today's prebuilt libvips reads only
// these formats from buffers anyway, but a future build or a switch to file input (vips, PPM, …)
// must not widen what untrusted supplier files can reach.
sharp.block({ operation: ['VipsForeignLoad'] });
sharp.unblock({
  operation: ['VipsForeignLoadJpeg', 'VipsForeignLoadPng', 'VipsForeignLoadWebp', 'VipsForeignLoadNsgif', 'VipsForeignLoadTiff', 'VipsForeignLoadHeif', 'VipsForeignLoadSvg'],
});

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
const running = new Map<number, AbortController>();

function post(message: WorkerReply): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send?.(message);
}

function receive(message: unknown): void {
  if (!isWorkerRequest(message)) return;
  if ('cancel' in message) {
    running.get(message.cancel)?.abort();
    return;
  }
  void runJob(message.id, message);
}

async function runJob(id: number, job: WorkerJob): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  const ctx: OpContext = { signal: controller.signal, progress: (fraction) => post({ id, progress: fraction }) };
  let outcome: ImageOutcome<unknown>;
  try {
    outcome = { ok: true, value: await dispatch(job, ctx) };
  } catch (error) {
    outcome = controller.signal.aborted
      ? { ok: false, code: 'cancelled' }
      : { ok: false, code: classifyError(error), detail: errorMessage(error) };
  } finally {
    running.delete(id);
  }
  post({ id, outcome, rss: process.memoryUsage.rss() });
}

function dispatch(job: WorkerJob, ctx: OpContext): Promise<unknown> {
  switch (job.op) {
    case 'probe':
      return probe(job.args, ctx);
    case 'thumbnail':
      return thumbnail(job.args, ctx);
    case 'render':
      return render(job.args, ctx);
    case 'sizeChart':
      return drawSizeChart(job.args);
    case 'test':
      return runTestJob(job.args, ctx);
    default:
      throw new Error(`unknown op ${String((job as { op: unknown }).op)}`);
  }
}

/** Lets the pool tests crash, hang (answering cancel) or block (not answering) a worker. */
async function runTestJob(args: TestArgs, ctx: OpContext): Promise<string> {
  if (process.env.SHELFREADY_WORKER_TEST !== '1') throw new Error('test op disabled');
  // Tells the test the job is running (instead of a fixed sleep on the test side).
  ctx.progress(0);
  if (args.crash) process.exit(1);
  if (args.blockMs) {
    await new Promise((resolve) => setImmediate(resolve)); // let the progress message go out first
    const until = Date.now() + args.blockMs;
    while (Date.now() < until) {
      // Busy wait on purpose: the event loop cannot see the cancel message.
    }
  }
  if (args.sleepMs) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, args.sleepMs);
      ctx.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new Error('aborted'));
      });
    });
  }
  return 'done';
}

if (parentPort) parentPort.on('message', (event) => receive(event.data));
else {
  process.on('message', receive);
  // The parent went away (closed pool or crashed app): nothing left to work for.
  process.on('disconnect', () => process.exit(0));
}
