import { urlHandle } from '../../../shared/publish/copy-html';
import type { CopyLocale } from '../../../shared/model/ids';
import type { Listing } from '../../../shared/model/listing';
import { parseAmount, parseStock } from '../../../shared/model/money';
import { pushError, type FieldError, type PushOutcome } from '../../../shared/publish/push-error';
import { toDecimalString } from '../../../shared/publish/webhook-payload';
import { copyHtml, pickCopy } from './listing-copy-html';

/*
 * Listing → Shopify ProductSetInput (channel-rules.md §6.4). productSet replaces list fields, so
 * the input always carries every variant and every file: what is not sent is deleted. A file the
 * product already has is sent as `{ id }` so it is kept, not uploaded again.
 */

/**
 * FileSetInput: either a new file (a staged upload's resourceUrl as originalSource) or `{ id }` of
 * a file the product already has, which productSet keeps as it is (no new upload, same id).
 */
export type FileSetInput = { id: string } | { originalSource: string; contentType: 'IMAGE'; alt: string; filename: string };

export interface ShopifyFileSource {
  input: FileSetInput;
  /** For a variant image: the value of the first option axis whose variants show it. */
  variantValue?: string;
}

export interface ProductSetVariant {
  optionValues: { optionName: string; name: string }[];
  price: string;
  compareAtPrice: string | null;
  sku: string;
  barcode: string | null;
  inventoryItem: { cost: string | null; tracked?: boolean };
  inventoryQuantities?: { locationId: string; name: 'available'; quantity: number }[];
  /** The variant's image: the same FileSetInput as its entry in the product's files (§6.4). */
  file?: FileSetInput;
}

export interface ProductSetInput {
  id?: string;
  handle: string;
  title: string;
  descriptionHtml: string;
  vendor: string;
  productType: string;
  tags: string[];
  status: 'ACTIVE' | 'DRAFT' | 'ARCHIVED';
  productOptions: { name: string; position: number; values: { name: string }[] }[];
  variants: ProductSetVariant[];
  files: FileSetInput[];
}

/** Shopify's own single-variant option, used when the listing has no option axes. */
const DEFAULT_OPTION = { name: 'Title', value: 'Default Title' };

/** "DR26S-00001" → "dr26s-00001": letters, digits and single dashes, which Shopify keeps as is. */
/** Shopify's product handle from the SPU code (the same rule as the exporter's CSV). */
export const shopifyHandle = urlHandle;

const STATUS = { draft: 'DRAFT', ready: 'ACTIVE', archived: 'ARCHIVED' } as const;

export function toProductSetInput(
  listing: Listing,
  locales: readonly CopyLocale[],
  files: readonly ShopifyFileSource[],
  options: { productId?: string; locationId?: string; sizeChartHtml?: string },
): PushOutcome<ProductSetInput> {
  const fields: FieldError[] = [];
  const handle = shopifyHandle(listing.spuCode);
  if (handle === '') fields.push({ field: 'spuCode', message: 'needs letters or digits to make a Shopify handle' });
  const copy = pickCopy(listing, locales);
  if (!copy) fields.push({ field: 'copy.title', message: 'no title in the locales sent to Shopify' });
  if (listing.skus.length === 0) fields.push({ field: 'skus', message: 'at least one SKU is needed' });

  const hasAxes = listing.options.length > 0;
  const variants = listing.skus.map((sku, i): ProductSetVariant => {
    const price = toDecimalString(sku.price);
    if (price === undefined) fields.push({ field: `skus[${i}].price`, message: `not a price: "${sku.price}"` });
    if (parseAmount(sku.compareAtPrice).kind === 'invalid') fields.push({ field: `skus[${i}].compareAtPrice`, message: `not a price: "${sku.compareAtPrice}"` });
    const stock = parseStock(sku.stock);
    if (stock.kind === 'invalid') fields.push({ field: `skus[${i}].stock`, message: `not a whole number: "${sku.stock}"` });
    const variant: ProductSetVariant = {
      optionValues: hasAxes
        ? listing.options.map((axis, a) => ({ optionName: axis.name, name: sku.optionValues[a] ?? '' }))
        : [{ optionName: DEFAULT_OPTION.name, name: DEFAULT_OPTION.value }],
      price: price ?? '0',
      compareAtPrice: toDecimalString(sku.compareAtPrice) ?? null,
      sku: sku.code,
      barcode: sku.barcode.trim() || null,
      inventoryItem: { cost: toDecimalString(sku.cost) ?? null },
    };
    // Quantities need a location; without one configured the shop's stock is left as it is.
    if (options.locationId && stock.kind === 'ok') {
      variant.inventoryItem.tracked = true;
      variant.inventoryQuantities = [{ locationId: options.locationId, name: 'available', quantity: stock.value }];
    }
    // A variant image belongs to every variant whose first option value (colour) it shows.
    const image = hasAxes ? files.find((f) => f.variantValue !== undefined && f.variantValue === sku.optionValues[0]) : undefined;
    if (image) variant.file = image.input;
    return variant;
  });
  if (fields.length > 0 || !copy) return { ok: false, error: pushError('validation', 'the listing cannot be sent to Shopify as it is', { fields }) };

  const title = copy.titleOverrides.shopify?.trim() || copy.title.trim();
  return {
    ok: true,
    value: {
      ...(options.productId ? { id: options.productId } : {}),
      handle,
      title,
      descriptionHtml: copyHtml(copy, options.sizeChartHtml),
      vendor: listing.brand,
      productType: listing.categoryPath.at(-1) ?? '',
      tags: listing.tags,
      status: STATUS[listing.status],
      productOptions: hasAxes
        ? listing.options.map((axis, i) => ({ name: axis.name, position: i + 1, values: axis.values.map((name) => ({ name })) }))
        : [{ name: DEFAULT_OPTION.name, position: 1, values: [{ name: DEFAULT_OPTION.value }] }],
      variants,
      files: files.map((f) => f.input),
    },
  };
}
