import type { CopyLocale } from '../../../shared/model/ids';
import type { Listing, Sku } from '../../../shared/model/listing';
import { parseAmount, parseStock } from '../../../shared/model/money';
import { pushError, type FieldError, type PushOutcome } from '../../../shared/publish/push-error';
import { toDecimalString } from '../../../shared/publish/webhook-payload';
import { bulletsHtml, escapeHtml } from '../../../shared/publish/copy-html';
import { copyHtml, pickCopy } from './listing-copy-html';

/*
 * Listing → WooCommerce REST v3 bodies (channel-rules.md §7.3). Prices are strings. The listing's
 * price is what the customer pays: with a compare-at price it becomes sale_price under a
 * regular_price of the compare-at, else regular_price alone. Categories and tags are left out:
 * the REST API takes them only as existing term ids, which need a lookup step of their own.
 */

export type WooImage = { id: number; alt: string } | { src: string; alt: string; name: string };

export interface WooPrices {
  regular_price: string;
  sale_price: string;
  manage_stock: boolean;
  stock_quantity?: number;
}

export interface WooProductBody extends Partial<WooPrices> {
  name: string;
  type: 'simple' | 'variable';
  status: 'draft' | 'publish' | 'private';
  sku: string;
  description: string;
  short_description: string;
  /** Left out (not []) when images could not be sent: [] would delete the product's pictures. */
  images?: WooImage[];
  attributes: { name: string; position: number; visible: boolean; variation: boolean; options: string[] }[];
}

export interface WooVariationBody extends WooPrices {
  sku: string;
  image?: { id: number };
  attributes: { name: string; option: string }[];
}

const STATUS = { draft: 'draft', ready: 'publish', archived: 'private' } as const;

function pricesOf(sku: Sku, i: number, fields: FieldError[]): WooPrices {
  const price = toDecimalString(sku.price);
  if (price === undefined) fields.push({ field: `skus[${i}].price`, message: `not a price: "${sku.price}"` });
  if (parseAmount(sku.compareAtPrice).kind === 'invalid') fields.push({ field: `skus[${i}].compareAtPrice`, message: `not a price: "${sku.compareAtPrice}"` });
  const stock = parseStock(sku.stock);
  if (stock.kind === 'invalid') fields.push({ field: `skus[${i}].stock`, message: `not a whole number: "${sku.stock}"` });
  const compareAt = toDecimalString(sku.compareAtPrice);
  const onSale = compareAt !== undefined && price !== undefined && Number(compareAt) > Number(price);
  return {
    regular_price: onSale ? compareAt : (price ?? ''),
    sale_price: onSale ? (price ?? '') : '',
    manage_stock: stock.kind === 'ok',
    ...(stock.kind === 'ok' ? { stock_quantity: stock.value } : {}),
  };
}

export interface WooBodies {
  product: WooProductBody;
  /** Empty for a simple product. */
  variations: WooVariationBody[];
}

export function toWooBodies(listing: Listing, locales: readonly CopyLocale[], images: WooImage[] | undefined, sizeChartHtml = ''): PushOutcome<WooBodies> {
  const fields: FieldError[] = [];
  const copy = pickCopy(listing, locales);
  if (!copy) fields.push({ field: 'copy.title', message: 'no title in the locales sent to WooCommerce' });
  if (listing.spuCode.trim() === '') fields.push({ field: 'spuCode', message: 'WooCommerce finds products by SKU: the SPU code is needed' });
  if (listing.skus.length === 0) fields.push({ field: 'skus', message: 'at least one SKU is needed' });
  const isVariable = listing.options.length > 0;
  if (!isVariable && listing.skus.length > 1) fields.push({ field: 'options', message: 'several SKUs need at least one option axis' });

  const variations = isVariable
    ? listing.skus.map((sku, i) => ({
        sku: sku.code,
        ...pricesOf(sku, i, fields),
        attributes: listing.options.map((axis, a) => ({ name: axis.name, option: sku.optionValues[a] ?? '' })),
      }))
    : [];
  const simplePrices = !isVariable && listing.skus[0] ? pricesOf(listing.skus[0], 0, fields) : undefined;
  if (fields.length > 0 || !copy) return { ok: false, error: pushError('validation', 'the listing cannot be sent to WooCommerce as it is', { fields }) };

  const attributes = listing.options.map((axis, i) => ({ name: axis.name, position: i, visible: true, variation: true, options: axis.values }));
  if (listing.brand.trim()) attributes.push({ name: 'Brand', position: attributes.length, visible: true, variation: false, options: [listing.brand.trim()] });
  return {
    ok: true,
    value: {
      product: {
        name: copy.titleOverrides.woocommerce?.trim() || copy.title.trim(),
        type: isVariable ? 'variable' : 'simple',
        status: STATUS[listing.status],
        sku: listing.spuCode,
        description: copyHtml({ ...copy, bullets: [] }, sizeChartHtml),
        short_description: bulletsHtml(copy.bullets) || escapeHtml(copy.subtitle),
        ...(images === undefined ? {} : { images }),
        attributes,
        ...simplePrices,
      },
      variations,
    },
  };
}
