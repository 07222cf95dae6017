/*
 * npm run bench:checklist — the readiness engine on 10,000 generated listings × 9 channels × 2
 * locales, in Node. Each listing gets a main image, 4 gallery images, a white-background, a detail
 * and one image per colour; one image in ten fails its channel checks (too small or grey), so
 * every image rule is exercised. Figures are printed next to baselines measured in the same run:
 * the same evaluations without sharing analysis across channels (a fresh engine per channel ×
 * locale), and JSON round-tripping the same listings (what any save costs) as a machine yardstick.
 * Targets (issue 4): all evaluations < 1 s; one listing's full checklist (the editor, per
 * keystroke) p95 < 5 ms. BENCH_LISTINGS / BENCH_ROUNDS override.
 * A second pass uses the markets features (issue 7) as a merchant who sells abroad would: a
 * glossary of every material term, en-US tracked as translated from zh-CN (one listing in five
 * with an edited source), no USD rate (USD prices typed on every other SKU) and Japan selling on
 * Shopify and the own mall.
 */
import { cpus, totalmem } from 'node:os';
import { ListingChecklist } from '../../shared/checklist/evaluate';
import { DEFAULT_MARKET_SETTINGS } from '../../shared/checklist/market-facts';
import type { ChecklistContext } from '../../shared/checklist/types';
import type { ImageMeta } from '../../shared/images/types';
import { CHANNEL_IDS, type CopyLocale } from '../../shared/model/ids';
import type { ImageRef, Listing } from '../../shared/model/listing';
import { DEFAULT_CHECKLIST_SETTINGS } from '../../shared/model/settings';
import { CATEGORIES } from '../../shared/sample/catalog-data';
import { generateSampleListings } from '../../shared/sample/generate';
import { fieldKeysOf } from '../../shared/translation/fields';
import { markReviewed } from '../../shared/translation/outdated';

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
const ctx: ChecklistContext = { asOf: AS_OF, settings: DEFAULT_CHECKLIST_SETTINGS, markets: DEFAULT_MARKET_SETTINGS, imageMeta: (h) => metas.get(h) };
const evaluations = listings.length * CHANNEL_IDS.length * LOCALES.length;

/** The same listings and images with the markets features in use (see the top of the file). */
function withMarkets(source: readonly Listing[]): { listings: Listing[]; ctx: ChecklistContext } {
  const materials = new Map(CATEGORIES.flatMap((c) => c.kinds.flatMap((k) => k.materials.map((m) => [m.zh, m.en] as const))));
  const glossary = [...materials].map(([zh, en]) => ({ term: zh, translations: { 'en-US': en } }));
  const markets = DEFAULT_MARKET_SETTINGS.markets.map((m) => (m.id === 'jp' ? { ...m, channels: ['shopify' as const, 'own-mall' as const] } : m));
  const marketCtx: ChecklistContext = {
    ...ctx,
    markets: { ...DEFAULT_MARKET_SETTINGS, markets, glossary, rates: { base: 'CNY', rates: { CNY: '1', JPY: '21' }, updatedAt: 1 } },
  };
  const tracked = source.map((l, n) => {
    const zh = l.copy['zh-CN'];
    if (!zh) return l;
    const skus = l.skus.map((s, i) => (i % 2 === 0 ? { ...s, prices: { USD: { price: '19.99' } } } : s));
    const reviewed = markReviewed({ ...l, skus }, 'en-US', fieldKeysOf(zh), 1, 'zh-CN');
    return n % 5 === 0 ? { ...reviewed, copy: { ...reviewed.copy, 'zh-CN': { ...zh, title: `${zh.title} 新款` } } } : reviewed;
  });
  return { listings: tracked, ctx: marketCtx };
}

let ready = 0;
let items = 0;
function evaluateAll(over: readonly Listing[] = listings, context: ChecklistContext = ctx): void {
  ready = 0;
  items = 0;
  for (const listing of over) {
    const checklist = new ListingChecklist(listing, context);
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
const markets = withMarkets(listings);
evaluateAll(markets.listings, markets.ctx);
const marketReady = ready;
const marketItems = items;

const totals: number[] = [];
const unshared: number[] = [];
const trips: number[] = [];
const withMarketsUsed: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  withMarketsUsed.push(timed(() => evaluateAll(markets.listings, markets.ctx)));
  totals.push(timed(() => evaluateAll()));
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
const marketTotal = median(withMarketsUsed);
console.log(`With markets in use:        ${ms(marketTotal)}  (${((marketTotal * 1000) / evaluations).toFixed(2)} µs each; ready ${marketReady.toLocaleString('en')}, open items ${marketItems.toLocaleString('en')})   target < 1000 ms → ${marketTotal < 1000 ? 'met' : 'NOT met'}`);
const p95 = percentile(single, 95);
console.log(`One listing, 9 channels × 2 locales (editor keystroke): median ${ms(median(single))}, p95 ${ms(p95)}, max ${ms(Math.max(...single))}   target p95 < 5 ms → ${p95 < 5 ? 'met' : 'NOT met'}`);
