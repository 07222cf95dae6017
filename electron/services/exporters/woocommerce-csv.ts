import { descriptionHtml, toCsv, type CsvCell } from './csv';
import { imagesWithRoles, variantImageFor } from './image-names';
import { formatDecimal, imageLocation } from './prepare';
import type { DataFile, FormatContext, PreparedListing } from './types';

/*
 * WooCommerce product CSV: the core importer/exporter's default columns in their order
 * (channel-rules.md §7.2, from class-wc-product-csv-exporter.php get_default_column_names), then
 * Attribute 1..3 name / value(s) / visible / global.
 *
 * Every listing is a `variable` parent row (SKU = SPU code, attribute values = all values) followed
 * by one `variation` row per SKU (Parent = parent SKU, one value per attribute) — also for a single
 * SKU, so re-importing never flips a product between simple and variable.
 * Attributes are local (global 0): the store's global attribute taxonomies are unknown here.
 * Images: comma-separated, featured (main) image first, then gallery (§7.1); a variation gets its
 * colour's variant image. Cells hold file names under images/ (or imageBaseUrl/<name>): the importer
 * downloads URLs, so the merchant uploads images/ somewhere and exports with that base URL.
 * Values containing a comma are escaped as "\," (the importer splits list cells on unescaped commas).
 */

export const WOO_HEADER = [
  'ID', 'Type', 'SKU', 'GTIN, UPC, EAN, or ISBN', 'Name', 'Published', 'Is featured?', 'Visibility in catalog', 'Short description',
  'Description', 'Date sale price starts', 'Date sale price ends', 'Tax status', 'Tax class', 'In stock?', 'Stock', 'Low stock amount',
  'Backorders allowed?', 'Sold individually?', 'Weight (kg)', 'Length (cm)', 'Width (cm)', 'Height (cm)', 'Allow customer reviews?',
  'Purchase note', 'Sale price', 'Regular price', 'Categories', 'Tags', 'Shipping class', 'Images', 'Download limit',
  'Download expiry days', 'Parent', 'Grouped products', 'Upsells', 'Cross-sells', 'External URL', 'Button text', 'Position',
  'Attribute 1 name', 'Attribute 1 value(s)', 'Attribute 1 visible', 'Attribute 1 global',
  'Attribute 2 name', 'Attribute 2 value(s)', 'Attribute 2 visible', 'Attribute 2 global',
  'Attribute 3 name', 'Attribute 3 value(s)', 'Attribute 3 visible', 'Attribute 3 global',
] as const;

type WooColumn = (typeof WOO_HEADER)[number];

const escapeList = (value: string) => value.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
const PUBLISHED = { ready: 1, draft: -1, archived: 0 } as const;

function row(cells: Partial<Record<WooColumn, CsvCell>>): CsvCell[] {
  return WOO_HEADER.map((h) => cells[h] ?? '');
}

export function wooRows(p: PreparedListing, ctx: FormatContext): CsvCell[][] {
  const { listing } = p;
  const gallery = imagesWithRoles(p.images, ['main', 'gallery']).map((i) => escapeList(imageLocation(i.fileName, ctx.imageBaseUrl)));
  const parent: Partial<Record<WooColumn, CsvCell>> = {
    Type: 'variable',
    SKU: listing.spuCode,
    Name: p.title,
    Published: PUBLISHED[listing.status],
    'Is featured?': 0,
    'Visibility in catalog': 'visible',
    'Short description': p.subtitle,
    Description: descriptionHtml(p.description, p.bullets, p.sizeChartHtml),
    'Tax status': 'taxable',
    'In stock?': p.skus.some((s) => s.stock > 0) ? 1 : 0,
    'Backorders allowed?': 0,
    'Sold individually?': 0,
    'Allow customer reviews?': 1,
    Categories: listing.categoryPath.length ? listing.categoryPath.map(escapeList).join(' > ') : '',
    Tags: listing.tags.map(escapeList).join(', '),
    Images: gallery.join(', '),
    Position: 0,
  };
  listing.options.forEach((axis, a) => {
    Object.assign(parent, {
      [`Attribute ${a + 1} name`]: axis.name,
      [`Attribute ${a + 1} value(s)`]: axis.values.map(escapeList).join(', '),
      [`Attribute ${a + 1} visible`]: 1,
      [`Attribute ${a + 1} global`]: 0,
    });
  });
  const rows = [row(parent)];
  p.skus.forEach((sku, i) => {
    const onSale = sku.compareAtCents > sku.priceCents;
    const image = variantImageFor(p.images, sku.optionValues);
    const cells: Partial<Record<WooColumn, CsvCell>> = {
      Type: 'variation',
      SKU: sku.code,
      'GTIN, UPC, EAN, or ISBN': sku.barcode,
      Name: sku.optionValues.length ? `${p.title} - ${sku.optionValues.join(', ')}` : p.title,
      Published: 1,
      'Tax status': 'taxable',
      'Tax class': 'parent',
      'In stock?': sku.stock > 0 ? 1 : 0,
      Stock: sku.stock,
      'Backorders allowed?': 0,
      'Sale price': onSale ? formatDecimal(sku.priceCents) : '',
      'Regular price': formatDecimal(onSale ? sku.compareAtCents : sku.priceCents),
      Images: image ? escapeList(imageLocation(image.fileName, ctx.imageBaseUrl)) : '',
      Parent: listing.spuCode,
      Position: i + 1,
    };
    listing.options.forEach((axis, a) => {
      Object.assign(cells, {
        [`Attribute ${a + 1} name`]: axis.name,
        [`Attribute ${a + 1} value(s)`]: escapeList(sku.optionValues[a] ?? ''),
        [`Attribute ${a + 1} global`]: 0,
      });
    });
    rows.push(row(cells));
  });
  return rows;
}

export function writeWooCommerce(listings: readonly PreparedListing[], ctx: FormatContext): DataFile[] {
  return [{ name: 'woocommerce-products.csv', bytes: toCsv(WOO_HEADER, listings.flatMap((p) => wooRows(p, ctx))) }];
}
