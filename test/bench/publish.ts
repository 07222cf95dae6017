/*
 * npm run bench:publish — 200 generated listings with 5 images each (800 × 800 JPEG, distinct
 * bytes) pushed one at a time, as the outbox does, through the own-mall connector to a real local
 * Vendure (sql.js, started here). Every HTTP request is timed by wrapping fetch, and counted as an
 * image upload (multipart body) or an API call. The same push is then repeated with everything
 * already there, which is what an idempotent re-push costs. Baselines from the same run: one
 * trivial Admin API query (the per-call floor of this machine and server) and the first run.
 * BENCH_LISTINGS / BENCH_IMAGES override.
 */
import { mkdir } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { PushImage } from '../../electron/services/connectors/types';
import { createVendureConnector } from '../../electron/services/connectors/vendure';
import type { ImageRef, Listing } from '../../shared/model/listing';
import { generateSampleListings } from '../../shared/sample/generate';
import { startVendure, SUPERADMIN } from '../integration/vendure/vendure-server';

const COUNT = Number(process.env.BENCH_LISTINGS ?? 200);
const IMAGES = Number(process.env.BENCH_IMAGES ?? 5);
const photoDir = join(tmpdir(), 'shelfready-bench-publish', 'v1-800');

interface Timing {
  uploads: number;
  uploadMs: number;
  calls: number;
  callMs: number;
}
const timing: Timing = { uploads: 0, uploadMs: 0, calls: 0, callMs: 0 };
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const started = performance.now();
  try {
    return await realFetch(input, init);
  } finally {
    const ms = performance.now() - started;
    if (init?.body instanceof FormData) {
      timing.uploads += 1;
      timing.uploadMs += ms;
    } else {
      timing.calls += 1;
      timing.callMs += ms;
    }
  }
};

function reset(): Timing {
  const snapshot = { ...timing };
  Object.assign(timing, { uploads: 0, uploadMs: 0, calls: 0, callMs: 0 });
  return snapshot;
}

/** Noise photos, cached between runs: each listing × position gets its own bytes. */
async function photo(listingIndex: number, position: number): Promise<string> {
  const path = join(photoDir, `${listingIndex}-${position}.jpg`);
  try {
    await sharp(path).metadata();
    return path;
  } catch {
    await sharp({ create: { width: 800, height: 800, channels: 3, background: { r: (listingIndex * 37) % 256, g: (position * 71) % 256, b: 200 }, noise: { type: 'gaussian', mean: 128, sigma: 24 } } })
      .jpeg({ quality: 80 })
      .toFile(path);
    return path;
  }
}

async function withImages(listing: Listing, index: number): Promise<{ listing: Listing; images: PushImage[] }> {
  const refs: ImageRef[] = [];
  const images: PushImage[] = [];
  for (let i = 0; i < IMAGES; i++) {
    const ref: ImageRef = { assetId: `${listing.id}-${i}`, role: i === 0 ? 'main' : 'gallery', order: i };
    refs.push(ref);
    images.push({ ...ref, filePath: await photo(index, i), fileName: `${listing.spuCode}_${i + 1}.jpg`, mimeType: 'image/jpeg' });
  }
  return { listing: { ...listing, images: refs }, images };
}

const perMinute = (n: number, ms: number) => ((n / ms) * 60_000).toFixed(0);
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)} %`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

await mkdir(photoDir, { recursive: true });
const server = await startVendure({ currency: 'CNY' });
try {
  const connector = createVendureConnector({ adminApiUrl: server.adminApiUrl, username: SUPERADMIN.username, password: SUPERADMIN.password });
  const items = await Promise.all(generateSampleListings(COUNT, { seed: 11 }).map((l, i) => withImages(l, i)));

  // Baseline: the cheapest round trip this server answers (after the connector has logged in).
  const ping = await connector.testConnection();
  if (!ping.ok) throw new Error(ping.error.message);
  reset();
  const pingStarted = performance.now();
  for (let i = 0; i < 20; i++) await connector.testConnection();
  const pingMs = (performance.now() - pingStarted) / 20;
  reset();

  async function run(label: string): Promise<{ ms: number; t: Timing; created: number; failed: string[] }> {
    let created = 0;
    const failed: string[] = [];
    const started = performance.now();
    for (const { listing, images } of items) {
      const locales = (['zh-CN', 'en-US'] as const).filter((l) => listing.copy[l]?.title.trim());
      const outcome = await connector.push({ listing, images, idempotencyKey: `${listing.id}:${listing.revision}:own-mall`, locales });
      if (!outcome.ok) failed.push(`${listing.spuCode}: ${outcome.error.kind} ${outcome.error.message}`);
      else if (outcome.value.created) created += 1;
    }
    const ms = performance.now() - started;
    const t = reset();
    console.log(`${label}: ${secs(ms)} → ${perMinute(items.length, ms)} listings/min; ${created} created, ${failed.length} failed`);
    console.log(`  image uploads: ${t.uploads} requests, ${secs(t.uploadMs)} = ${pct(t.uploadMs, ms)} of the time; API calls: ${t.calls}, ${secs(t.callMs)} = ${pct(t.callMs, ms)}; the rest is local work (reading and hashing files, mapping)`);
    for (const f of failed.slice(0, 5)) console.log(`  failed ${f}`);
    return { ms, t, created, failed };
  }

  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(`Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; Vendure booted in ${secs(server.bootMs)}`);
  console.log(`${items.length} listings × ${IMAGES} images (800 × 800 JPEG), pushed one at a time to Vendure on sql.js`);
  console.log(`Baseline: one Admin API query round trip ${pingMs.toFixed(1)} ms`);
  const first = await run('First push');
  const again = await run('Re-push, everything already there');
  console.log(`Re-push costs ${(again.ms / first.ms).toFixed(2)}× the first push, ${(again.ms / items.length / pingMs).toFixed(1)} query round trips per listing; uploads on re-push: ${again.t.uploads}`);
} finally {
  await server.stop();
}
