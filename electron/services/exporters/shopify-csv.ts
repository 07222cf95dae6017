import { urlHandle } from '../../../shared/publish/copy-html';
import { descriptionHtml, toCsv, type CsvCell } from './csv';
import { imagesWithRoles, variantImageFor } from './image-names';
import { formatDecimal, imageLocation } from './prepare';
import type { DataFile, FormatContext, PreparedListing } from './types';

/*
 * Shopify product CSV, the official "new" template header exactly as channel-rules.md §6.3.
 *
 * Layout (§6.3 "one row per variant/image sharing the same URL handle; product-level cells only on
 * the first row"): a product takes max(variants, images) rows. Row i carries variant i (if any) and
 * product image i (if any), as Shopify's own export does; images beyond the variants get rows of
 * their own with only URL handle + image cells. Option names are repeated on every variant row
 * because the help page requires "Option1 name" alongside "Option1 value" for variant columns (§6.1).
 *
 * Images: "Product image URL" holds the file name in images/ (or `imageBaseUrl/<name>`). Shopify
 * fetches image URLs over HTTP, so the merchant uploads images/ to Shopify Files (or any host) and
 * passes that base URL; with bare names the CSV documents which file goes where.
 * Product images = main + gallery + variant images (Shopify keeps variant images in the product's
 * media); detail, white and 3:4 renditions are not Shopify concepts and are left out.
 */

export const SHOPIFY_HEADER = [
  'Title', 'URL handle', 'Description', 'Vendor', 'Product category', 'Type', 'Tags', 'Published on online store', 'Status',
  'SKU', 'Barcode', 'Option1 name', 'Option1 value', 'Option1 Linked To', 'Option2 name', 'Option2 value', 'Option2 Linked To',
  'Option3 name', 'Option3 value', 'Option3 Linked To', 'Price', 'Compare-at price', 'Cost per item', 'Charge tax', 'Tax code',
  'Unit price total measure', 'Unit price total measure unit', 'Unit price base measure', 'Unit price base measure unit',
  'Inventory tracker', 'Inventory quantity', 'Continue selling when out of stock', 'Weight value (grams)', 'Weight unit for display',
  'Requires shipping', 'Fulfillment service', 'Product image URL', 'Image position', 'Image alt text', 'Variant image URL', 'Gift card',
  'SEO title', 'SEO description', 'Color (product.metafields.shopify.color-pattern)', 'Google Shopping / Google product category',
  'Google Shopping / Gender', 'Google Shopping / Age group', 'Google Shopping / Manufacturer part number (MPN)',
  'Google Shopping / Ad group name', 'Google Shopping / Ads labels', 'Google Shopping / Condition', 'Google Shopping / Custom product',
  'Google Shopping / Custom label 0', 'Google Shopping / Custom label 1', 'Google Shopping / Custom label 2',
  'Google Shopping / Custom label 3', 'Google Shopping / Custom label 4',
] as const;

type ShopifyColumn = (typeof SHOPIFY_HEADER)[number];

/** §6.1: handles are letters, digits and dashes only. */
/** The product's URL handle (shared with the Shopify connector, so export and push agree). */
export const shopifyHandle = urlHandle;

const STATUS = { ready: 'Active', draft: 'Draft', archived: 'Archived' } as const;

function row(cells: Partial<Record<ShopifyColumn, CsvCell>>): CsvCell[] {
  return SHOPIFY_HEADER.map((h) => cells[h] ?? '');
}

export function shopifyRows(p: PreparedListing, ctx: FormatContext): CsvCell[][] {
  const { listing } = p;
  const handle = shopifyHandle(listing.spuCode);
  const images = imagesWithRoles(p.images, ['main', 'gallery', 'variant']);
  const rows: CsvCell[][] = [];
  const count = Math.max(p.skus.length, images.length);
  for (let i = 0; i < count; i++) {
    const cells: Partial<Record<ShopifyColumn, CsvCell>> = { 'URL handle': handle };
    if (i === 0) {
      Object.assign(cells, {
        Title: p.title,
        Description: descriptionHtml(p.description, p.bullets, p.sizeChartHtml),
        Vendor: listing.brand,
        Type: listing.categoryPath.at(-1) ?? '',
        Tags: listing.tags.join(', '),
        'Published on online store': listing.status === 'ready' ? 'TRUE' : 'FALSE',
        Status: STATUS[listing.status],
        'Gift card': 'FALSE',
        'SEO title': p.title,
        'SEO description': p.subtitle,
      });
    }
    const sku = p.skus[i];
    if (sku) {
      listing.options.forEach((axis, a) => {
        const n = a + 1;
        cells[`Option${n} name` as ShopifyColumn] = axis.name;
        cells[`Option${n} value` as ShopifyColumn] = sku.optionValues[a] ?? '';
      });
      const variantImage = variantImageFor(p.images, sku.optionValues);
      Object.assign(cells, {
        SKU: sku.code,
        Barcode: sku.barcode,
        Price: formatDecimal(sku.priceCents),
        'Compare-at price': sku.compareAtCents > sku.priceCents ? formatDecimal(sku.compareAtCents) : '',
        'Cost per item': sku.costCents ? formatDecimal(sku.costCents) : '',
        'Charge tax': 'TRUE',
        'Inventory tracker': 'shopify',
        'Inventory quantity': sku.stock,
        'Continue selling when out of stock': 'DENY',
        'Requires shipping': 'TRUE',
        'Fulfillment service': 'manual',
        'Variant image URL': variantImage ? imageLocation(variantImage.fileName, ctx.imageBaseUrl) : '',
      });
    }
    const image = images[i];
    if (image) {
      Object.assign(cells, {
        'Product image URL': imageLocation(image.fileName, ctx.imageBaseUrl),
        'Image position': i + 1,
        'Image alt text': image.ref.variantValue ? `${p.title} - ${image.ref.variantValue}` : p.title,
      });
    }
    rows.push(row(cells));
  }
  return rows;
}

export function writeShopify(listings: readonly PreparedListing[], ctx: FormatContext): DataFile[] {
  return [{ name: 'shopify-products.csv', bytes: toCsv(SHOPIFY_HEADER, listings.flatMap((p) => shopifyRows(p, ctx))) }];
}
