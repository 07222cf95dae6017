/*
 * npm run bench:checklist — the readiness engine on 10,000 generated listings × 9 channels × 2
 * locales, in Node. Each listing gets a main image, 4 gallery images, a white-background, a detail
 * and one image per colour; one image in ten fails its channel checks (too small or grey), so
 * every image rule is exercised. Figures are printed next to baselines measured in the same run:
 * the same evaluations without sharing analysis across channels (a fresh engine per channel ×
 * locale), and JSON round-tripping the same listings (what any save costs) as a machine yardstick.
 * Targets (issue 4): all evaluations < 1 s; one listing's full checklist (the editor, per
 * keystroke) p95 < 5 ms. BENCH_LISTINGS / BENCH_ROUNDS override.
 */
import { cpus, totalmem } from 'node:os';
import { ListingChecklist } from '../../shared/checklist/evaluate';
import type { ChecklistContext } from '../../shared/checklist/types';
import type { ImageMeta } from '../../shared/images/types';
import { CHANNEL_IDS, type CopyLocale } from '../../shared/model/ids';
import type { ImageRef, Listing } from '../../shared/model/listing';
import { DEFAULT_CHECKLIST_SETTINGS } from '../../shared/model/settings';
import { generateSampleListings } from '../../shared/sample/generate';

const COUNT = Number(process.env.BENCH_LISTINGS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LOCALES: readonly CopyLocale[] = ['zh-CN', 'en-US'];
const AS_OF = '2026-11-25';

function meta(hash: string, n: number): ImageMeta {
  const small = n % 20 === 7;
  const grey = n % 20 === 13;
  const side = small ? 360 : 1600;
  return {
    hash, bytes: 500_000, format: 'jpeg', width: side, height: side, space: 'srgb', bitDepth: 8, hasAlpha: false, orientation: 1, pages: 1,
    phash: '0'.repeat(16), border: grey ? { r: 210, g: 210, b: 210, uniformity: 0.95 } : { r: 255, g: 255, b: 255, uniformity: 1 }, productFill: 0.88,
  };
}

function withImages(listings: Listing[], metas: Map<string, ImageMeta>): Listing[] {
  let n = 0;
  return listings.map((l) => {
    const refs: ImageRef[] = [];
    const add = (role: ImageRef['role'], variantValue?: string) => {
      const hash = `${l.id}-${refs.length}`;
      metas.set(hash, meta(hash, n++));
      refs.push(variantValue === undefined ? { assetId: hash, role, order: refs.length } : { assetId: hash, role, order: refs.length, variantValue });
    };
    add('main');
    for (let i = 0; i < 4; i++) add('gallery');
    add('white');
    add('detail');
    for (const colour of l.options[0]?.values ?? []) add('variant', colour);
    return { ...l, images: refs };
  });
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
const median = (xs: number[]) => percentile(xs, 50);
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const metas = new Map<string, ImageMeta>();
const listings = withImages(generateSampleListings(COUNT, { seed: 4 }), metas);
const ctx: ChecklistContext = { asOf: AS_OF, settings: DEFAULT_CHECKLIST_SETTINGS, imageMeta: (h) => metas.get(h) };
const evaluations = listings.length * CHANNEL_IDS.length * LOCALES.length;

let ready = 0;
let items = 0;
function evaluateAll(): void {
  ready = 0;
  items = 0;
  for (const listing of listings) {
    const checklist = new ListingChecklist(listing, ctx);
    for (const channel of CHANNEL_IDS) {
      for (const locale of LOCALES) {
        const r = checklist.evaluate(channel, locale);
        if (r.ready) ready++;
        items += r.items.length;
      }
    }
  }
}

function evaluateUnshared(): void {
  for (const listing of listings) {
    for (const channel of CHANNEL_IDS) for (const locale of LOCALES) new ListingChecklist(listing, ctx).evaluate(channel, locale);
  }
}

function roundTrip(): void {
  for (const listing of listings) JSON.parse(JSON.stringify(listing));
}

// Warm up the JIT and the compiled term lists once, as the app would be after its first listing.
evaluateAll();

const totals: number[] = [];
const unshared: number[] = [];
const trips: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  totals.push(timed(evaluateAll));
  unshared.push(timed(evaluateUnshared));
  trips.push(timed(roundTrip));
}

// The editor: one listing, every channel in both locales, from scratch (a keystroke makes a new working copy).
const single: number[] = [];
for (let i = 0; i < 2000; i++) {
  const listing = listings[(i * 7919) % listings.length];
  if (!listing) continue;
  single.push(timed(() => {
    const checklist = new ListingChecklist({ ...listing }, ctx);
    for (const channel of CHANNEL_IDS) for (const locale of LOCALES) checklist.evaluate(channel, locale);
  }));
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Machine: ${cpu.trim()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`${listings.length.toLocaleString('en')} listings × ${CHANNEL_IDS.length} channels × ${LOCALES.length} locales = ${evaluations.toLocaleString('en')} evaluations, ${metas.size.toLocaleString('en')} images; median of ${ROUNDS} rounds`);
console.log(`  ready: ${ready.toLocaleString('en')} of ${evaluations.toLocaleString('en')}; open items in all: ${items.toLocaleString('en')}`);
const total = median(totals);
console.log(`All evaluations:            ${ms(total)}  (${((total * 1000) / evaluations).toFixed(2)} µs each)   target < 1000 ms → ${total < 1000 ? 'met' : 'NOT met'}`);
console.log(`  baseline, no sharing:     ${ms(median(unshared))}  → shared engine is ${(median(unshared) / total).toFixed(2)}× faster`);
console.log(`  yardstick, JSON round trip of the listings: ${ms(median(trips))}  → evaluation costs ${(total / median(trips)).toFixed(2)}× a round trip`);
const p95 = percentile(single, 95);
console.log(`One listing, 9 channels × 2 locales (editor keystroke): median ${ms(median(single))}, p95 ${ms(p95)}, max ${ms(Math.max(...single))}   target p95 < 5 ms → ${p95 < 5 ? 'met' : 'NOT met'}`);
