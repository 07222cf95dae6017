/*
 * npm run bench:launch — a launch's export path: 1,000 generated listings × 6 images each,
 * exported for Taobao, Amazon and Shopify (what launches:export does: render every image for the
 * channel's rules through the real worker pool, draw the size charts for the channel's market, then
 * write the channel's package and zip). The
 * yardstick, measured in the same run on the same images: rendering alone, every (image, rule)
 * the export needs, as fast as the pool takes them. Target (issue 6): the launch's overhead over
 * rendering alone within 10 %. Also peak memory (this process + the pool's workers).
 * Source photos (1200×1200 JPEG, all different) are cached in the OS temp folder between runs.
 * BENCH_LISTINGS overrides the count.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { createAssetStore } from '../../electron/services/asset-store';
import { exportForChannel, exportPricing } from '../../electron/services/channel-export';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import { createImagePool, type ImagePool } from '../../electron/services/image-pool';
import { spawnChildProcessWorker } from '../../electron/services/image-worker-spawn';
import { createLogger } from '../../electron/services/logger';
import type { ImageRef, Listing } from '../../shared/model/listing';
import type { ExportChannel } from '../../shared/publish/export-channels';
import { findImageRule } from '../../shared/rules/image-rules';
import { generateSampleListings } from '../../shared/sample/generate';

const COUNT = Number(process.env.BENCH_LISTINGS ?? 1000);
const PER_LISTING = 6;
const CHANNELS: ExportChannel[] = ['taobao', 'amazon', 'shopify'];
const ROLES: ImageRef['role'][] = ['main', 'gallery', 'gallery', 'gallery', 'white', 'detail'];
const SIDE = 1200;
const photoDir = join(tmpdir(), 'shelfready-bench-launch', `v1-${SIDE}`);
const run = promisify(execFile);

/** One distinct photo per index: a product-ish shape in its own colour on a light studio background. */
async function photo(index: number): Promise<string> {
  const path = join(photoDir, `${index}.jpg`);
  if (existsSync(path)) return path;
  const hue = (index * 47) % 360;
  const white = index % PER_LISTING === 4;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIDE}" height="${SIDE}">
    <defs><radialGradient id="g"><stop offset="0" stop-color="hsl(${hue},55%,62%)"/><stop offset="1" stop-color="hsl(${hue},55%,38%)"/></radialGradient></defs>
    <rect width="100%" height="100%" fill="${white ? '#ffffff' : `hsl(${(hue + 180) % 360},12%,94%)`}"/>
    <path d="M${300 + (index % 13) * 5} 260 L${900 - (index % 7) * 9} 260 L980 1000 L220 1000 Z" fill="url(#g)"/>
    <circle cx="600" cy="${420 + (index % 17) * 6}" r="${90 + (index % 11) * 4}" fill="hsl(${(hue + 40) % 360},40%,85%)" opacity="0.8"/>
  </svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(path);
  return path;
}

function sampleMemory(pool: ImagePool): { stop(): { main: number; workers: number } } {
  let main = 0;
  let workers = 0;
  let isBusy = false;
  const timer = setInterval(() => {
    main = Math.max(main, process.memoryUsage().rss);
    const pids = pool.workerStats().map((w) => w.pid).filter((pid): pid is number => pid !== undefined);
    if (isBusy || pids.length === 0) return;
    isBusy = true;
    run('ps', ['-o', 'rss=', '-p', pids.join(',')])
      .then(({ stdout }) => {
        workers = Math.max(workers, stdout.split('\n').map(Number).filter((n) => n > 0).reduce((a, b) => a + b, 0) * 1024);
      })
      .catch(() => undefined)
      .finally(() => {
        isBusy = false;
      });
  }, 200);
  return { stop: () => (clearInterval(timer), { main, workers }) };
}

async function removeRenditions(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory() && entry.name === 'renditions') await rm(join(entry.parentPath, entry.name), { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  await mkdir(photoDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'shelfready-bench-launch-'));
  const logger = await createLogger({ filePath: join(work, 'bench.log'), level: 'warn' });
  const pool = createImagePool({ spawn: spawnChildProcessWorker() });
  const assets = createAssetStore({ dataDir: join(work, 'data'), engine: pool, logger });
  try {
    let t = performance.now();
    const paths: string[] = [];
    for (let i = 0; i < COUNT * PER_LISTING; i++) paths.push(await photo(i));
    const made = performance.now() - t;
    t = performance.now();
    const imported = await assets.importPaths(paths);
    const importMs = performance.now() - t;
    const hashes = imported.map((r) => (r.ok ? r.meta.hash : ''));
    if (hashes.some((h) => !h)) throw new Error('some bench photos did not import');
    const listings: Listing[] = generateSampleListings(COUNT, { seed: 6 }).map((l, n) => ({
      ...l,
      images: ROLES.map((role, i) => ({ assetId: hashes[n * PER_LISTING + i] ?? '', role, order: i })),
    }));

    // Yardstick: every rendition the export needs, straight into the pool.
    const jobs = CHANNELS.flatMap((channel) => listings.flatMap((l) => l.images.flatMap((ref) => {
      const rule = findImageRule(channel, ref.role);
      return rule ? [{ hash: ref.assetId, rule }] : [];
    })));
    let memory = sampleMemory(pool);
    t = performance.now();
    const rendered = await Promise.all(jobs.map((j) => assets.render(j.hash, j.rule)));
    const renderMs = performance.now() - t;
    const renderMemory = memory.stop();
    const renderFailures = rendered.filter((r) => !r.ok).length;

    // The launch: the same renditions from a cold cache, plus staging, package files and zips.
    await removeRenditions(join(work, 'data'));
    const out = join(work, 'out');
    await mkdir(out, { recursive: true });
    memory = sampleMemory(pool);
    t = performance.now();
    // As the launch runner asks for them (launches:export): every channel's package at once, priced
    // in the channel's market currency, with the size charts drawn for its market.
    const outcomes = await Promise.all(CHANNELS.map((channel) => exportForChannel({
      assets, channel, listings, outDir: out, now: new Date(), logger, pricing: exportPricing(channel, DEFAULT_SETTINGS), markets: DEFAULT_SETTINGS.markets,
    })));
    const launchMs = performance.now() - t;
    const launchMemory = memory.stop();

    const overhead = (launchMs - renderMs) / renderMs;
    console.log(`Machine: ${cpus()[0]?.model.trim() ?? '?'}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; pool of ${pool.size} workers`);
    console.log(`${COUNT} listings × ${PER_LISTING} images (${SIDE}×${SIDE} JPEG) × ${CHANNELS.length} channels = ${jobs.length} renditions`);
    console.log(`  (setup, not timed against the target: photos made ${secs(made)}, imported ${secs(importMs)})`);
    console.log(`Rendering alone (yardstick):  ${secs(renderMs)}  (${renderFailures} failed)  peak memory: main ${mb(renderMemory.main)}, workers ${mb(renderMemory.workers)}`);
    console.log(`Launch export, 3 packages:    ${secs(launchMs)}  peak memory: main ${mb(launchMemory.main)}, workers ${mb(launchMemory.workers)}`);
    for (const [i, o] of outcomes.entries()) {
      console.log(`  ${CHANNELS[i]}: ${o.ok ? `${o.value.files.length} files, ${o.value.warnings.length} listings left out` : `failed ${o.error.code}`}, ${o.imageFailures.length} image failures`);
    }
    console.log(`Launch overhead over rendering alone: ${(overhead * 100).toFixed(1)} %   target ≤ 10 % → ${overhead <= 0.1 ? 'met' : 'NOT met'}`);
  } finally {
    await pool.close();
    await logger.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
