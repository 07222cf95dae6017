import { checkBarcode } from '../../../shared/model/gtin';
import { amazonParentSku } from './image-names';
import { colourAxisIndex, formatDecimal, imageLocation, sizeAxisIndex } from './prepare';
import type { DataFile, FormatContext, PackagedImage, PreparedListing, PreparedSku } from './types';
import { toXlsx, yuan, type Column, type XlsxCell } from './xlsx';

/*
 * Amazon (channel-rules.md §5.4): flat-file listing feeds are gone from the Feeds API since
 * 2025-07-31, so the machine-readable file is a JSON_LISTINGS_FEED, and a flat .xlsx with the legacy
 * flat-file columns is added for manual Seller Central spreadsheet upload (still accepted there).
 *
 * JSON_LISTINGS_FEED shape, as used here — sources: SP-API "Listings Feed Type Values" (feedType
 * JSON_LISTINGS_FEED: "same data format used by the Listings Items API"), the Listings Items API
 * v2021-08-01 model (productType, requirements, attributes), "Mapping product attributes to the
 * Listings Items API and JSON-based feeds" (offer, inventory, image and variation attributes:
 * purchasable_offer.our_price.schedule.value_with_tax, fulfillment_availability, *_image_locator
 * media_location, child_parent_sku_relationship, parentage_level, variation_theme), and the
 * feed-message type of a public SP-API client (messageId, sku, operationType, productType,
 * requirements, attributes):
 *   { header: { sellerId, version: "2.0", issueLocale }, messages: [{ messageId, sku,
 *     operationType: "UPDATE", productType, requirements: "LISTING", attributes: { name: [{ value,
 *     marketplace_id?, language_tag? }] } }] }
 * A family is a parent message (SPU, parentage_level parent, variation_theme, no offer) plus one
 * child per SKU; a single-SKU listing is one standalone message. productType is "PRODUCT" (the
 * generic type): the real product type comes from the Product Type Definitions API per category,
 * which the merchant sets before submitting, as they replace <SELLER_ID>.
 */

type AttributeValue = Record<string, unknown>;
type Attributes = Record<string, AttributeValue[]>;

const LANGUAGE_TAG: Record<string, string> = { 'en-US': 'en_US', 'zh-CN': 'zh_CN', 'ja-JP': 'ja_JP', 'ko-KR': 'ko_KR', 'de-DE': 'de_DE', 'fr-FR': 'fr_FR', 'es-ES': 'es_ES' };

function gtinType(barcode: string): 'ean' | 'upc' | 'gtin' | undefined {
  const check = checkBarcode(barcode);
  if (!check.ok) return undefined;
  return check.kind === 'UPC-A' ? 'upc' : check.kind === 'GTIN-14' ? 'gtin' : 'ean';
}

function variationTheme(p: PreparedListing): string {
  const parts = [colourAxisIndex(p.listing) >= 0 ? 'COLOR' : '', sizeAxisIndex(p.listing) >= 0 ? 'SIZE' : ''].filter(Boolean);
  return parts.length ? parts.join('/') : 'COLOR';
}

function productImages(p: PreparedListing, skuCode?: string): PackagedImage[] {
  if (skuCode) return p.images.filter((i) => i.skuCode === skuCode);
  return p.images.filter((i) => i.skuCode === undefined);
}

export interface FeedMessage {
  messageId: number;
  sku: string;
  operationType: 'UPDATE';
  productType: string;
  requirements: 'LISTING';
  attributes: Attributes;
}

export function amazonMessages(p: PreparedListing, ctx: FormatContext, firstId: number): FeedMessage[] {
  const marketplace_id = ctx.amazonMarketplaceId;
  const language_tag = LANGUAGE_TAG[ctx.locale] ?? 'en_US';
  const text = (value: string) => [{ value, marketplace_id, language_tag }];
  const { listing } = p;
  const { currency } = p;
  const isFamily = p.skus.length > 1;
  const parentSku = amazonParentSku(listing, p.skus);
  const parentImages = productImages(p);

  const common = (title: string, images: PackagedImage[]): Attributes => {
    const attrs: Attributes = {
      item_name: text(title),
      brand: text(listing.brand),
      bullet_point: p.bullets.slice(0, 5).map((b) => ({ value: b, marketplace_id, language_tag })),
      product_description: text(p.description),
    };
    if (p.keywords.length) attrs.generic_keyword = text(p.keywords.join(' '));
    images.slice(0, 9).forEach((img, i) => {
      const key = i === 0 ? 'main_product_image_locator' : `other_product_image_locator_${i}`;
      attrs[key] = [{ media_location: imageLocation(img.fileName, ctx.imageBaseUrl), marketplace_id }];
    });
    return attrs;
  };

  const offer = (sku: PreparedSku): Attributes => {
    const attrs: Attributes = {
      purchasable_offer: [{ currency, marketplace_id, our_price: [{ schedule: [{ value_with_tax: Number(formatDecimal(sku.priceCents)) }] }] }],
      fulfillment_availability: [{ fulfillment_channel_code: 'DEFAULT', quantity: sku.stock }],
    };
    if (sku.compareAtCents > sku.priceCents) attrs.list_price = [{ currency, value_with_tax: Number(formatDecimal(sku.compareAtCents)), marketplace_id }];
    const type = gtinType(sku.barcode);
    if (type) attrs.externally_assigned_product_identifier = [{ type, value: sku.barcode, marketplace_id }];
    return attrs;
  };

  if (!isFamily) {
    const [sku] = p.skus;
    if (!sku) return [];
    return [{ messageId: firstId, sku: parentSku, operationType: 'UPDATE', productType: 'PRODUCT', requirements: 'LISTING', attributes: { ...common(p.title, parentImages), ...offer(sku) } }];
  }

  const theme = variationTheme(p);
  const colourAt = colourAxisIndex(listing);
  const sizeAt = sizeAxisIndex(listing);
  const messages: FeedMessage[] = [{
    messageId: firstId, sku: parentSku, operationType: 'UPDATE', productType: 'PRODUCT', requirements: 'LISTING',
    attributes: { ...common(p.title, parentImages), parentage_level: [{ value: 'parent', marketplace_id }], variation_theme: [{ name: theme }] },
  }];
  p.skus.forEach((sku, i) => {
    const own = productImages(p, sku.code);
    // A child without its own colour image shows the parent's main image.
    const images = own.length ? own : parentImages.slice(0, 1);
    const attrs: Attributes = {
      ...common(`${p.title} - ${sku.optionValues.join(', ')}`, images),
      ...offer(sku),
      parentage_level: [{ value: 'child', marketplace_id }],
      child_parent_sku_relationship: [{ child_relationship_type: 'variation', parent_sku: parentSku, marketplace_id }],
      variation_theme: [{ name: theme }],
    };
    const colour = sku.optionValues[colourAt];
    const size = sku.optionValues[sizeAt];
    if (colour !== undefined) attrs.color = text(colour);
    if (size !== undefined) attrs.size = text(size);
    messages.push({ messageId: firstId + i + 1, sku: sku.code, operationType: 'UPDATE', productType: 'PRODUCT', requirements: 'LISTING', attributes: attrs });
  });
  return messages;
}

/*
 * Seller Central flat file: one header row with the legacy column names of §5.4 (no Chinese label row:
 * the category templates' own label rows differ per category), one parent row + one row per child.
 */
const FLAT_FIELDS = [
  'feed_product_type', 'item_sku', 'brand_name', 'item_name', 'external_product_id', 'external_product_id_type', 'item_type',
  'standard_price', 'quantity', 'main_image_url', ...Array.from({ length: 8 }, (_, i) => `other_image_url${i + 1}`),
  'parent_child', 'parent_sku', 'relationship_type', 'variation_theme', 'update_delete', 'product_description',
  ...Array.from({ length: 5 }, (_, i) => `bullet_point${i + 1}`), 'generic_keywords', 'color_name', 'color_map', 'size_name', 'size_map',
  'department_name', 'manufacturer', 'part_number', 'model',
];
export const AMAZON_FLAT_COLUMNS: Column[] = FLAT_FIELDS.map((field) => ({
  field,
  label: field,
  kind: field === 'standard_price' ? 'yuan' : field === 'quantity' ? 'int' : field === 'external_product_id' ? 'text' : undefined,
}));

function flatRows(p: PreparedListing, ctx: FormatContext): XlsxCell[][] {
  const { listing } = p;
  const isFamily = p.skus.length > 1;
  const parentSku = amazonParentSku(listing, p.skus);
  const theme = variationTheme(p).replace('/', '');
  const colourAt = colourAxisIndex(listing);
  const sizeAt = sizeAxisIndex(listing);
  const make = (cells: Record<string, XlsxCell>, images: PackagedImage[]): XlsxCell[] => {
    const base: Record<string, XlsxCell> = {
      feed_product_type: 'PRODUCT', brand_name: listing.brand, item_type: listing.categoryPath.at(-1) ?? '', update_delete: 'Update',
      product_description: p.description, generic_keywords: p.keywords.join(' '), manufacturer: listing.brand,
    };
    p.bullets.slice(0, 5).forEach((b, i) => (base[`bullet_point${i + 1}`] = b));
    images.slice(0, 9).forEach((img, i) => (base[i === 0 ? 'main_image_url' : `other_image_url${i}`] = imageLocation(img.fileName, ctx.imageBaseUrl)));
    const all = { ...base, ...cells };
    return FLAT_FIELDS.map((f) => all[f] ?? '');
  };
  const skuCells = (sku: PreparedSku): Record<string, XlsxCell> => ({
    item_sku: sku.code, standard_price: yuan(sku.priceCents), quantity: sku.stock, part_number: sku.code,
    external_product_id: gtinType(sku.barcode) ? sku.barcode : '', external_product_id_type: gtinType(sku.barcode)?.toUpperCase() ?? '',
  });
  const parentImages = productImages(p);
  const [only] = p.skus;
  if (!isFamily && only) return [make({ ...skuCells(only), item_sku: parentSku, item_name: p.title }, parentImages)];
  return [
    make({ item_sku: parentSku, item_name: p.title, parent_child: 'parent', variation_theme: theme, model: listing.spuCode }, parentImages),
    ...p.skus.map((sku) => {
      const own = productImages(p, sku.code);
      const colour = sku.optionValues[colourAt] ?? '';
      const size = sku.optionValues[sizeAt] ?? '';
      return make({
        ...skuCells(sku), item_name: `${p.title} - ${sku.optionValues.join(', ')}`, parent_child: 'child', parent_sku: parentSku,
        relationship_type: 'Variation', variation_theme: theme, color_name: colour, color_map: colour, size_name: size, size_map: size, model: listing.spuCode,
      }, own.length ? own : parentImages.slice(0, 1));
    }),
  ];
}

export async function writeAmazon(listings: readonly PreparedListing[], ctx: FormatContext): Promise<DataFile[]> {
  const messages: FeedMessage[] = [];
  for (const p of listings) messages.push(...amazonMessages(p, ctx, messages.length + 1));
  const feed = { header: { sellerId: '<SELLER_ID>', version: '2.0', issueLocale: 'en_US' }, messages };
  return [
    { name: 'amazon-listings-feed.json', bytes: new TextEncoder().encode(`${JSON.stringify(feed, null, 2)}\n`) },
    { name: 'amazon-flat-file.xlsx', bytes: await toXlsx('Template', AMAZON_FLAT_COLUMNS, listings.flatMap((p) => flatRows(p, ctx)), false) },
  ];
}
