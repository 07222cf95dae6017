import { checkBarcode } from '../model/gtin';
import type { Listing, Sku } from '../model/listing';
import { parseAmount, parseStock } from '../model/money';
import { skuLabel as validationSkuLabel } from '../model/validate';

/** A SKU's name in messages, as validation names it; `#n` for a row that is gone. */
export function skuLabel(sku: Sku | undefined, index: number): string {
  return sku ? validationSkuLabel(sku, index) : `#${index + 1}`;
}

/*
 * SKU-level facts the checklist rolls up ("3 SKUs have no barcode", "all Red variants lack a
 * price"). Computed once per listing and shared by every channel and locale.
 */

export interface SkuGroup {
  /** Indexes of the failing SKUs, in listing order. */
  indexes: number[];
}

export interface SkuFacts {
  unpriced: number[];
  unstocked: number[];
  outOfStock: number[];
  saleAboveList: number[];
  /** Margin per SKU in percent (price − cost) / price, or null without a valid price and cost. */
  margins: (number | null)[];
  noBarcode: number[];
  noReferencePrice: number[];
  /** compareAt / price per SKU when both parse and price > 0. */
  referenceRatios: (number | null)[];
}

function amount(raw: string): number | null {
  const parsed = parseAmount(raw);
  return parsed.kind === 'ok' ? parsed.value : null;
}

export function skuFacts(skus: readonly Sku[]): SkuFacts {
  const facts: SkuFacts = {
    unpriced: [], unstocked: [], outOfStock: [], saleAboveList: [], margins: [], noBarcode: [], noReferencePrice: [], referenceRatios: [],
  };
  skus.forEach((sku, i) => {
    const price = amount(sku.price);
    const list = amount(sku.compareAtPrice);
    const cost = amount(sku.cost);
    if (price === null || price < 0) facts.unpriced.push(i);
    const stock = parseStock(sku.stock);
    if (stock.kind !== 'ok' || stock.value < 0) facts.unstocked.push(i);
    else if (stock.value === 0) facts.outOfStock.push(i);
    if (price !== null && list !== null && price > list) facts.saleAboveList.push(i);
    facts.margins.push(price !== null && cost !== null && price > 0 ? ((price - cost) / price) * 100 : null);
    if (!checkBarcode(sku.barcode).ok) facts.noBarcode.push(i);
    if (list === null || list <= 0) facts.noReferencePrice.push(i);
    facts.referenceRatios.push(price !== null && list !== null && price > 0 ? list / price : null);
  });
  return facts;
}

/**
 * When the failing SKUs are exactly all the SKUs of some values of the first option axis, those
 * values ("all Red variants"); undefined when the failures do not line up with a colour.
 */
export function variantGroupOf(listing: Listing, indexes: readonly number[]): { axis: string; values: string[] } | undefined {
  const axis = listing.options[0];
  if (!axis || indexes.length === 0 || indexes.length === listing.skus.length) return undefined;
  const failing = new Set(indexes);
  const values = new Set<string>();
  for (const i of indexes) values.add(listing.skus[i]?.optionValues[0] ?? '');
  for (let i = 0; i < listing.skus.length; i++) {
    if (!failing.has(i) && values.has(listing.skus[i]?.optionValues[0] ?? '')) return undefined;
  }
  if (values.has('')) return undefined;
  return { axis: axis.name, values: [...values] };
}
