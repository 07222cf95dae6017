import { parseAmount, parseStock } from '../../../shared/model/money';
import type { CopyLocale, Currency } from '../../../shared/model/ids';
import type { Sku } from '../../../shared/model/listing';
import { skuPriceIn, type MarketAmount } from '../../../shared/markets/prices';
import { nameImages } from './image-names';
import type { ExportChannel, ExportItem, ExportPricing, ExportWarning, PreparedListing, PreparedSku } from './types';

/*
 * Turns listings into what every format writes from, or a warning: a listing that cannot be
 * written whole (no SKUs, no title in the locale, a price that does not parse) is left out and
 * reported, never half-written.
 */

const CHINESE_MARKETS: ReadonlySet<ExportChannel> = new Set(['taobao', 'tmall', 'jd', 'pinduoduo', 'douyin']);

export function defaultLocale(channel: ExportChannel): CopyLocale {
  return CHINESE_MARKETS.has(channel) ? 'zh-CN' : 'en-US';
}

export const toCents = (value: number): number => Math.round(value * 100);
/** Plain decimal with two places, e.g. 8990 → "89.90". */
export const formatDecimal = (cents: number): string => (cents / 100).toFixed(2);

type SkuResult = { ok: true; sku: PreparedSku } | { ok: false; code: 'invalid-price' | 'invalid-stock' | 'currency'; message: string };

/** An amount as prepareSku reads it: typed or derived text; '' for a missing compare-at price. */
function amountText(amount: MarketAmount): string | null {
  return amount.source === 'missing' ? null : amount.amount;
}

/**
 * The SKU with its price and list price in `target`. Derived prices use the rate table as it is;
 * the checklist warns while it is still the example table, before anything is sent.
 */
function inCurrency(sku: Sku, base: Currency, target: Currency, pricing: ExportPricing | undefined): { ok: true; sku: Sku } | { ok: false; message: string } {
  if (target === base) return { ok: true, sku };
  if (!pricing) return { ok: false, message: `prices are in ${base}; the package sells in ${target}` };
  const converted = skuPriceIn(sku, base, target, pricing);
  const price = amountText(converted.price);
  if (price === null) return { ok: false, message: `SKU ${sku.code}: no ${target} price (type one, or add a ${base}→${target} rate in Settings)` };
  return { ok: true, sku: { ...sku, price, compareAtPrice: amountText(converted.compareAtPrice) ?? '' } };
}

function prepareSku(raw: ExportItem['listing']['skus'][number]): SkuResult {
  const price = parseAmount(raw.price);
  if (price.kind !== 'ok' || price.value < 0) return { ok: false, code: 'invalid-price', message: `SKU ${raw.code}: price "${raw.price}" is not an amount` };
  const compare = parseAmount(raw.compareAtPrice);
  if (compare.kind === 'invalid') return { ok: false, code: 'invalid-price', message: `SKU ${raw.code}: list price "${raw.compareAtPrice}" is not an amount` };
  const cost = parseAmount(raw.cost);
  const stock = parseStock(raw.stock);
  if (stock.kind === 'invalid' || (stock.kind === 'ok' && stock.value < 0)) return { ok: false, code: 'invalid-stock', message: `SKU ${raw.code}: stock "${raw.stock}" is not a whole number` };
  return {
    ok: true,
    sku: {
      code: raw.code.trim(),
      optionValues: raw.optionValues,
      priceCents: toCents(price.value),
      compareAtCents: compare.kind === 'ok' ? toCents(compare.value) : 0,
      costCents: cost.kind === 'ok' ? toCents(cost.value) : 0,
      stock: stock.kind === 'ok' ? stock.value : 0,
      barcode: raw.barcode.trim(),
    },
  };
}

export interface Prepared {
  listings: PreparedListing[];
  warnings: ExportWarning[];
}

export function prepareItems(channel: ExportChannel, locale: CopyLocale, items: readonly ExportItem[], pricing?: ExportPricing): Prepared {
  const listings: PreparedListing[] = [];
  const warnings: ExportWarning[] = [];
  const usedNames = new Set<string>();
  for (const { listing, images, sizeChartHtml, sizeChart } of items) {
    const warn = (code: ExportWarning['code'], message: string) => warnings.push({ code, listingId: listing.id, spuCode: listing.spuCode, message });
    if (listing.skus.length === 0) {
      warn('no-skus', `${listing.spuCode || listing.id}: no SKUs, nothing to sell`);
      continue;
    }
    const copy = listing.copy[locale];
    // Tmall shares Taobao's publish API; its own override wins, then Taobao's.
    const override = copy?.titleOverrides[channel] ?? (channel === 'tmall' ? copy?.titleOverrides.taobao : undefined);
    const title = (override ?? copy?.title ?? '').trim();
    if (!copy || title === '') {
      warn('no-title', `${listing.spuCode || listing.id}: no ${locale} title`);
      continue;
    }
    const currency = pricing?.currency ?? (CHINESE_MARKETS.has(channel) ? 'CNY' : listing.currency);
    if (channel === 'shopify' && !/[a-z0-9]/i.test(listing.spuCode)) {
      warn('no-handle', `${listing.spuCode || listing.id}: the SPU code has no letters or digits to make a Shopify URL handle from`);
      continue;
    }
    const skus: PreparedSku[] = [];
    let failed = false;
    for (const original of listing.skus) {
      const priced = inCurrency(original, listing.currency, currency, pricing);
      if (!priced.ok) {
        warn('currency', `${listing.spuCode}: ${priced.message}`);
        failed = true;
        break;
      }
      const result = prepareSku(priced.sku);
      if (!result.ok) {
        warn(result.code, `${listing.spuCode}: ${result.message}`);
        failed = true;
        break;
      }
      skus.push(result.sku);
    }
    if (failed) continue;
    listings.push({
      listing,
      title,
      subtitle: copy.subtitle.trim(),
      bullets: copy.bullets.map((b) => b.trim()).filter((b) => b !== ''),
      description: copy.description.trim(),
      keywords: copy.keywords,
      sizeChartHtml: sizeChartHtml ?? '',
      ...(sizeChart ? { sizeChart } : {}),
      currency,
      skus,
      images: nameImages(channel, listing, skus, images, usedNames),
    });
  }
  return { listings, warnings };
}

/** Cell value for an image: bare file name, or under the merchant's hosting base URL. */
export function imageLocation(fileName: string, baseUrl: string | undefined): string {
  if (!baseUrl) return fileName;
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(fileName)}`;
}

export function minPrice(skus: readonly PreparedSku[]): number {
  return Math.min(...skus.map((s) => s.priceCents));
}

export function totalStock(skus: readonly PreparedSku[]): number {
  return skus.reduce((sum, s) => sum + s.stock, 0);
}

const COLOUR_AXIS = /^(颜色|顏色|颜色分类|color|colour)$/i;
const SIZE_AXIS = /^(尺码|尺寸|size)$/i;

/** Index of the colour axis (the one variant images are keyed by), or -1. */
export function colourAxisIndex(listing: PreparedListing['listing']): number {
  return listing.options.findIndex((o) => COLOUR_AXIS.test(o.name.trim()));
}

export function sizeAxisIndex(listing: PreparedListing['listing']): number {
  return listing.options.findIndex((o) => SIZE_AXIS.test(o.name.trim()));
}
