/*
 * npm run bench:images — 40 generated 24-MP photos rendered for Taobao, Amazon and Shopify main
 * through the real worker pool. Figures are printed next to baselines measured in the same run
 * (timing on shared machines is noisy): a bare sharp script doing the same operations on the same
 * files with the same parallelism, and jimp for one rendition of one photo. Also: peak pool memory
 * (sum of worker RSS from `ps`), and a second run through the asset store's rendition cache.
 * Photos are cached in the OS temp folder between runs. BENCH_PHOTOS / BENCH_ROUNDS override.
 */
import { execFile, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, cpus, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Jimp } from 'jimp';
import sharp from 'sharp';
import { createAssetStore } from '../../electron/services/asset-store';
import { createImagePool, type ImagePool } from '../../electron/services/image-pool';
import { spawnChildProcessWorker } from '../../electron/services/image-worker-spawn';
import { createLogger } from '../../electron/services/logger';
import type { ImageMeta, ImageRule } from '../../shared/images/types';
import { findImageRule } from '../../shared/rules/image-rules';

const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 40);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WIDTH = 6000;
const HEIGHT = 4000;
const MP = (WIDTH * HEIGHT) / 1e6;
const photoDir = join(tmpdir(), 'shelfready-bench-images', `v1-${WIDTH}x${HEIGHT}`);
const run = promisify(execFile);

function rule(channel: 'taobao' | 'amazon' | 'shopify'): ImageRule {
  const found = findImageRule(channel, 'main');
  if (!found) throw new Error(`no ${channel} main rule`);
  return found;
}
const RULES = [rule('taobao'), rule('amazon'), rule('shopify')];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 === 1 ? (s[Math.floor(mid)] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** Runs `tasks` with at most `limit` in flight, like the pool does. */
async function limited<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < tasks.length) {
      const i = next++;
      const task = tasks[i];
      if (task) results[i] = await task();
    }
  }));
  return results;
}

/** Photo-like content: smooth blobs (upscaled low-res noise) with fine grain on top, JPEG q90. */
async function generatePhotos(): Promise<string[]> {
  await mkdir(photoDir, { recursive: true });
  const paths = Array.from({ length: PHOTOS }, (_, i) => join(photoDir, `photo-${String(i).padStart(2, '0')}.jpg`));
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) process.stdout.write(`generating ${missing.length} photos of ${WIDTH}×${HEIGHT} in ${photoDir} …\n`);
  await limited(availableParallelism(), missing.map((path) => async () => {
    const blobs = await sharp({ create: { width: 60, height: 40, channels: 3, background: 'white', noise: { type: 'gaussian', mean: 128, sigma: 70 } } })
      .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
      .raw()
      .toBuffer();
    const grain = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: 'white', noise: { type: 'gaussian', mean: 128, sigma: 14 } } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    await sharp(blobs, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
      .composite([{ input: grain, blend: 'overlay' }])
      .jpeg({ quality: 90 })
      .toFile(path);
  }));
  return paths;
}

/** Peak of the summed RSS of the pool's workers, sampled with `ps` every 200 ms. */
function sampleMemory(pool: ImagePool): { stop(): number } {
  let peak = 0;
  let isBusy = false;
  const timer = setInterval(() => {
    const pids = pool.workerStats().map((w) => w.pid).filter((pid): pid is number => pid !== undefined);
    if (isBusy || pids.length === 0) return;
    isBusy = true;
    run('ps', ['-o', 'rss=', '-p', pids.join(',')])
      .then(({ stdout }) => {
        const kb = stdout.split('\n').map(Number).filter((n) => n > 0).reduce((a, b) => a + b, 0);
        peak = Math.max(peak, kb * 1024);
      })
      .catch(() => undefined)
      .finally(() => {
        isBusy = false;
      });
  }, 200);
  return { stop: () => { clearInterval(timer); return peak; } };
}

/** The bare sharp script (bare-sharp.ts) in its own process, fed chunk by chunk. */
function startBareSharp(): { render(tasks: BareTask[], lanes: number): Promise<void>; stop(): void } {
  const child = fork(fileURLToPath(new URL('./bare-sharp.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, MALLOC_ARENA_MAX: '2' },
  });
  return {
    render: (tasks, lanes) => new Promise((resolve) => {
      child.once('message', () => resolve());
      child.send({ tasks, lanes });
    }),
    stop: () => child.kill(),
  };
}
interface BareTask { path: string; width: number; height: number; outPath: string }

async function jimpRender(path: string, r: ImageRule, outPath: string): Promise<void> {
  const image = await Jimp.read(path);
  image.contain({ w: r.width, h: r.height });
  const canvas = new Jimp({ width: r.width, height: r.height, color: 0xffffffff });
  canvas.composite(image, 0, 0);
  await canvas.write(outPath as `${string}.jpg`, { quality: 90 });
}

async function main(): Promise<void> {
  if (process.env.BENCH_GENERATE_ONLY === '1') {
    await generatePhotos();
    return;
  }
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`machine: ${cpu}, ${availableParallelism()} cores, ${mb(totalmem())} RAM, ${osType()} ${release()}, node ${process.version}, sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}`);
  const photos = await generatePhotos();
  const work = await mkdtemp(join(tmpdir(), 'shelfready-bench-out-'));
  const pool = createImagePool({ spawn: spawnChildProcessWorker() });
  const logger = await createLogger({ stderr: false });
  const bareSharp = startBareSharp();
  try {
    const memory = sampleMemory(pool);
    const warm = join(work, 'warm.jpg');
    await sharp({ create: { width: 64, height: 64, channels: 3, background: 'white' } }).jpeg().toFile(warm);
    await Promise.all(Array.from({ length: pool.size }, () => pool.probe(warm))); // start every worker
    const renditions = photos.length * RULES.length;
    console.log(`pool: ${pool.size} workers; ${photos.length} photos × ${RULES.map((r) => r.id).join(', ')} = ${renditions} renditions of ${MP} MP each\n`);

    const store = createAssetStore({ dataDir: join(work, 'store'), engine: pool, logger });
    const intake = await timed(() => store.importPaths(photos));
    const metas = new Map<string, ImageMeta>();
    intake.value.forEach((result, i) => {
      if (!result.ok) throw new Error(`import failed: ${result.error}`);
      metas.set(photos[i] ?? '', result.meta);
    });
    console.log(`intake (asset store: hash, copy, probe): ${secs(intake.ms)} for ${photos.length} photos`);

    // Interleaved in chunks (alternating which side goes first) so the load swings of a shared
    // machine hit both sides alike; each side runs `pool.size` renditions at a time.
    const ratios: number[] = [];
    const oursMs: number[] = [];
    const chunk = Math.max(1, pool.size * 2);
    for (let round = 1; round <= ROUNDS; round += 1) {
      const out = join(work, `round-${round}`);
      await mkdir(join(out, 'bare'), { recursive: true });
      let ours = 0;
      let bare = 0;
      for (let from = 0, n = 0; from < photos.length; from += chunk, n += 1) {
        const part = photos.slice(from, from + chunk);
        const runOurs = async () => {
          const t = await timed(() => Promise.all(part.flatMap((path, i) => RULES.map((r) =>
            pool.render(path, r, join(out, 'ours', `${from + i}-${r.id}.jpg`), { meta: metas.get(path) })))));
          const failed = t.value.find((o) => !o.ok);
          if (failed) throw new Error(`render failed: ${JSON.stringify(failed)}`);
          ours += t.ms;
        };
        const runBare = async () => {
          const tasks = part.flatMap((path, i) => RULES.map((r) => ({ path, width: r.width, height: r.height, outPath: join(out, 'bare', `${from + i}-${r.id}.jpg`) })));
          bare += (await timed(() => bareSharp.render(tasks, pool.size))).ms;
        };
        if (n % 2 === 0) await runOurs().then(runBare);
        else await runBare().then(runOurs);
      }
      ratios.push(ours / bare);
      oursMs.push(ours);
      console.log(`round ${round}: pool ${secs(ours)} (${(renditions * MP / (ours / 1000)).toFixed(1)} MP/s), bare sharp ${secs(bare)} (${(renditions * MP / (bare / 1000)).toFixed(1)} MP/s), ratio ${(ours / bare).toFixed(3)}×`);
      await rm(out, { recursive: true, force: true });
    }
    const best = median(oursMs);
    console.log(`\nthroughput (pool, median of ${ROUNDS}): ${(renditions * MP / (best / 1000)).toFixed(1)} MP/s of input, ${(renditions / (best / 1000)).toFixed(2)} renditions/s`);
    console.log(`pool / bare sharp: median ${median(ratios).toFixed(3)}× (rounds: ${ratios.map((r) => r.toFixed(3)).join(', ')}; target ≤ 1.15×)`);

    const hashes = intake.value.flatMap((r) => (r.ok ? [r.meta.hash] : []));
    const cold = await timed(() => Promise.all(hashes.flatMap((hash) => RULES.map((r) => store.render(hash, r)))));
    const warmRun = await timed(() => Promise.all(hashes.flatMap((hash) => RULES.map((r) => store.render(hash, r)))));
    const cached = warmRun.value.filter((o) => o.ok && o.value.isCached).length;
    console.log(`asset store renders: first run ${secs(cold.ms)}, second run ${secs(warmRun.ms)} (${cached}/${renditions} from the rendition cache, no decode)`);

    const one = photos[0] ?? '';
    const taobao = RULES[0] ?? rule('taobao');
    const oursOne: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      oursOne.push((await timed(() => pool.render(one, taobao, join(work, `one-${i}.jpg`), { meta: metas.get(one) }))).ms);
    }
    const jimp = await timed(() => jimpRender(one, taobao, join(work, 'jimp.jpg')));
    console.log(`one rendition (${taobao.id}) of one ${MP} MP photo: pool ${secs(median(oursOne))}, jimp ${secs(jimp.ms)} → jimp takes ${(jimp.ms / median(oursOne)).toFixed(1)}× as long`);

    const reported = Math.max(0, ...pool.workerStats().map((w) => w.rss));
    console.log(`peak pool memory (sum of worker RSS, sampled): ${mb(memory.stop())}; largest RSS a worker reported after a job: ${mb(reported)}`);
  } finally {
    bareSharp.stop();
    await pool.close();
    await logger.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
