import type { Copy, Listing, ListingStatus, OptionAxis, SizeChart, Sku, Spec } from '../model/listing';
import { BRANDS, CATEGORIES, COLOURS, SEASONS, SIZE_CHART_ROWS, TAGS, type AxisDef, type Category, type OptionValue, type Pair, type ProductKind } from './catalog-data';
import { createRng, type Rng } from './prng';
import { createEmptyCopy } from '../model/factory';

/*
 * Realistic, reproducible sample listings for the catalog benchmark, E2E seeding and demos.
 * Pure: the same (count, seed, now) always gives the same listings, ids included, and every
 * listing passes validateListing() without errors.
 */

export interface SampleOptions {
  seed?: number;
  /** The "current" time; created/updated times fall in the 180 days before it. */
  now?: number;
}

/** Fixed default so callers that pass nothing still get identical data on every run. */
export const SAMPLE_NOW = Date.UTC(2026, 8, 15, 9, 30);
const DAY = 86_400_000;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** GS1 mod-10 check digit; weights 3,1,3… from the rightmost body digit. */
export function ean13CheckDigit(body12: string): number {
  let sum = 0;
  for (let i = 0; i < body12.length; i++) sum += Number(body12[body12.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/** Prices as merchants set them: 199, 259, 89.9. */
function roundPrice(x: number): number {
  return x >= 100 ? Math.floor(x / 10) * 10 + 9 : Math.floor(x) + 0.9;
}

const formatAmount = (x: number) => String(Math.round(x * 100) / 100);

function pickValues(rng: Rng, axis: AxisDef, count: number): OptionValue[] {
  if (!axis.isRun) return rng.sample(axis.values, count);
  const n = Math.min(count, axis.values.length);
  const start = rng.int(0, axis.values.length - n);
  return axis.values.slice(start, start + n);
}

interface Generator {
  rng: Rng;
  now: number;
  /** Next EAN-13 body number; a running counter keeps barcodes unique across the whole set. */
  barcodeSeq: number;
}

function makeSkus(g: Generator, spuCode: string, kind: ProductKind, colours: OptionValue[], second: OptionValue[]): Sku[] {
  const { rng } = g;
  const base = rng.int(kind.price[0], kind.price[1]);
  const combos: OptionValue[][] = colours.flatMap((c) => (second.length ? second.map((s) => [c, s]) : [[c]]));
  const hasBarcodes = rng.chance(0.85);
  const hasListPrice = rng.chance(0.8);
  const markup = 1.25 + rng.next() * 0.6;
  return combos.map((combo) => {
    const secondValue = combo[1];
    // Bigger sizes / specs cost a little more, as they usually do.
    const step = secondValue && kind.second ? kind.second.values.indexOf(secondValue) : 0;
    const price = roundPrice(base * (1 + (kind.sizeChart ? 0 : 0.12 * step)) + (kind.sizeChart === 'top' && step >= 5 ? 10 : 0));
    const listPrice = hasListPrice ? Math.max(price, roundPrice(price * markup)) : undefined;
    const body = `69${pad(g.barcodeSeq++, 10)}`;
    return {
      id: rng.uuid(),
      code: [spuCode, ...combo.map((v) => v.code)].join('-'),
      optionValues: combo.map((v) => v.zh),
      price: formatAmount(price),
      compareAtPrice: listPrice === undefined ? '' : formatAmount(listPrice),
      cost: (price * (0.28 + rng.next() * 0.25)).toFixed(2),
      stock: String(rng.chance(0.08) ? 0 : rng.int(1, 800)),
      barcode: hasBarcodes ? body + String(ean13CheckDigit(body)) : '',
    };
  });
}

function makeSizeChart(rng: Rng, kind: ProductKind, sizes: OptionValue[]): SizeChart | null {
  if (!kind.sizeChart || !kind.second || sizes.length === 0 || !rng.chance(0.7)) return null;
  const useRanges = kind.sizeChart === 'bottom' && rng.chance(0.4);
  return {
    unit: 'cm',
    sizes: sizes.map((s) => s.zh),
    rows: SIZE_CHART_ROWS[kind.sizeChart].map((row, r) => ({
      id: rng.uuid(),
      name: row.name,
      values: sizes.map((s) => {
        const at = row.base + row.step * (kind.second?.values.indexOf(s) ?? 0);
        return useRanges && r === 0 ? `${formatAmount(at)}-${formatAmount(at + 4)}` : formatAmount(at);
      }),
    })),
  };
}

function makeSpecs(rng: Rng, category: Category, material: Pair): Spec[] {
  const materialName = category.code === 'SH' ? '鞋面材质' : category.code === 'WM' || category.code === 'MN' ? '面料' : '材质';
  const extra = rng.sample(category.specs, rng.int(1, category.specs.length));
  return [
    { id: rng.uuid(), name: materialName, value: material.zh, unit: '' },
    ...extra.map((s) => ({ id: rng.uuid(), name: s.name, value: rng.pick(s.values), unit: s.unit ?? '' })),
  ];
}

interface Words {
  category: Category;
  kind: ProductKind;
  material: Pair;
  style: Pair;
  season: (typeof SEASONS)[number];
  brand: string;
  year: number;
}

function makeCopy(rng: Rng, w: Words, hasEnglish: boolean): Listing['copy'] {
  const { category, kind, material, style, season, brand, year } = w;
  const bullets = rng.sample(category.bullets, 3);
  const zhTitle = category.isSeasonal
    ? `${year}${season.zh}新款 ${category.audience?.zh ?? ''}${material.zh}${kind.name.zh} ${style.zh}`
    : `${brand.split(' ')[0] ?? brand} ${material.zh}${kind.name.zh} ${style.zh}`;
  const enTitle = `${category.audience ? `${category.audience.en} ` : ''}${material.en} ${kind.name.en}, ${style.en}`;
  const zh: Copy = {
    title: zhTitle,
    subtitle: bullets[0]?.zh ?? '',
    bullets: bullets.map((b) => b.zh),
    description: `${kind.name.zh}采用${material.zh}，${style.zh}。${bullets.map((b) => b.zh).join('；')}。`,
    keywords: [`${material.zh}${kind.name.zh}`, style.zh],
    primaryKeywords: [kind.name.zh],
    // Some merchants shorten the title for Taobao's 60-unit limit.
    titleOverrides: rng.chance(0.2) ? { taobao: `${material.zh}${kind.name.zh} ${style.zh}` } : {},
  };
  const en: Copy = hasEnglish
    ? {
        title: enTitle,
        subtitle: bullets[0]?.en ?? '',
        bullets: bullets.map((b) => b.en),
        description: `${material.en} ${kind.name.en.toLowerCase()} — ${style.en.toLowerCase()}. ${bullets.map((b) => b.en).join('. ')}.`,
        keywords: [`${material.en} ${kind.name.en}`.toLowerCase(), style.en.toLowerCase()],
        primaryKeywords: [kind.name.en.toLowerCase()],
        titleOverrides: {},
      }
    : createEmptyCopy();
  return { 'zh-CN': zh, 'en-US': en };
}

function makeTags(rng: Rng, category: Category, season: Words['season']): string[] {
  const tags = category.isSeasonal && rng.chance(0.7) ? [season.tag] : [];
  for (const [tag, weight] of TAGS) if (rng.chance(weight)) tags.push(tag);
  return tags;
}

function pickStatus(rng: Rng): ListingStatus {
  const r = rng.next();
  return r < 0.07 ? 'archived' : r < 0.45 ? 'ready' : 'draft';
}

function makeListing(g: Generator, index: number): Listing {
  const { rng, now } = g;
  const category = rng.pick(CATEGORIES);
  const kind = rng.pick(category.kinds);
  const season = rng.pick(SEASONS.filter((s) => !kind.seasons || kind.seasons.includes(s.code)));
  const createdAt = now - rng.int(1, 180) * DAY + rng.int(0, DAY - 1);
  const words: Words = {
    category, kind, season,
    material: rng.pick(kind.materials),
    style: rng.pick(kind.styles),
    brand: rng.pick(BRANDS),
    year: new Date(createdAt).getUTCFullYear(),
  };
  const seasonCode = category.isSeasonal ? season.code : 'A';
  const spuCode = `${category.code}${String(words.year).slice(2)}${seasonCode}-${pad(index + 1, 5)}`;

  // 2–12 SKUs: colour alone, or colour × a second axis.
  const secondCount = kind.second ? rng.int(kind.second.values.length > 2 ? 2 : 1, Math.min(4, kind.second.values.length)) : 0;
  const colourCount = secondCount ? rng.int(secondCount === 1 ? 2 : 1, Math.min(4, Math.floor(12 / secondCount))) : rng.int(2, 6);
  const colours = rng.sample(COLOURS, colourCount);
  const second = kind.second ? pickValues(rng, kind.second, secondCount) : [];
  const options: OptionAxis[] = [{ id: rng.uuid(), name: '颜色', values: colours.map((c) => c.zh) }];
  if (kind.second) options.push({ id: rng.uuid(), name: kind.second.name, values: second.map((s) => s.zh) });

  const status = pickStatus(rng);
  return {
    id: rng.uuid(),
    spuCode,
    categoryPath: [category.name, kind.leaf],
    brand: words.brand,
    status,
    currency: 'CNY',
    options,
    skus: makeSkus(g, spuCode, kind, colours, second),
    specs: makeSpecs(rng, category, words.material),
    tags: makeTags(rng, category, season),
    sizeChart: makeSizeChart(rng, kind, second),
    copy: makeCopy(rng, words, status !== 'draft' || rng.chance(0.85)),
    images: [],
    overrides: [],
    createdAt,
    updatedAt: createdAt + rng.int(0, now - createdAt),
    revision: rng.int(1, 40),
  };
}

export function generateSampleListings(count: number, options: SampleOptions = {}): Listing[] {
  const rng = createRng(options.seed ?? 2026);
  const g: Generator = { rng, now: options.now ?? SAMPLE_NOW, barcodeSeq: rng.int(0, 99_999_999) };
  return Array.from({ length: count }, (_, i) => makeListing(g, i));
}
