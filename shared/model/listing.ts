import { z } from 'zod';
import { CHANNEL_IDS, COPY_LOCALES, CURRENCIES } from './ids';

/*
 * The stored shape is deliberately lenient: every field a person types is kept as the text they
 * typed (prices, stock, barcodes, measurements), so nothing is lost while it does not validate yet.
 * Whether the listing is sound is decided by validateListing(), not by this schema.
 */

export const LISTING_STATUSES = ['draft', 'ready', 'archived'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const MAX_OPTION_AXES = 3;

export const optionAxisSchema = z.object({
  id: z.string(),
  /** e.g. "颜色" / "Colour" */
  name: z.string(),
  values: z.array(z.string()),
});
export type OptionAxis = z.infer<typeof optionAxisSchema>;

export const skuSchema = z.object({
  id: z.string(),
  code: z.string(),
  /** One value per option axis, in axis order. */
  optionValues: z.array(z.string()),
  /** Selling price (售价) as typed, in the listing's base currency. */
  price: z.string(),
  /** List / compare-at price (划线价); may be empty. */
  compareAtPrice: z.string(),
  cost: z.string(),
  stock: z.string(),
  /** EAN-13 / UPC-A / GTIN as typed; may be empty. */
  barcode: z.string(),
  /**
   * Prices the merchant set by hand for other currencies, as typed; a currency without an entry
   * (or with an empty price) is derived from `price` by the rate table (shared/markets/prices.ts).
   * Optional so SKUs saved before markets existed still parse.
   */
  prices: z.partialRecord(z.enum(CURRENCIES), z.object({ price: z.string(), compareAtPrice: z.string().optional() })).optional(),
});
export type Sku = z.infer<typeof skuSchema>;

export const specSchema = z.object({ id: z.string(), name: z.string(), value: z.string(), unit: z.string() });
export type Spec = z.infer<typeof specSchema>;

export const SIZE_UNITS = ['cm', 'in'] as const;
export const sizeChartSchema = z.object({
  unit: z.enum(SIZE_UNITS),
  /** Column headers, e.g. S, M, L. */
  sizes: z.array(z.string()),
  /** One row per measurement (chest, waist…); values aligned with sizes. */
  rows: z.array(z.object({ id: z.string(), name: z.string(), values: z.array(z.string()) })),
});
export type SizeChart = z.infer<typeof sizeChartSchema>;

export const copySchema = z.object({
  title: z.string(),
  subtitle: z.string(),
  bullets: z.array(z.string()),
  description: z.string(),
  /** Secondary target keywords (search terms the title should carry if it can). */
  keywords: z.array(z.string()),
  /** Primary target keywords: must be in the title, within the part the channel shows first. Since schema v4. */
  primaryKeywords: z.array(z.string()).default([]),
  /** Per-channel title overrides; a missing entry means the channel uses `title`. */
  titleOverrides: z.partialRecord(z.enum(CHANNEL_IDS), z.string()),
});
export type Copy = z.infer<typeof copySchema>;

export const IMAGE_ROLES = ['main', 'gallery', 'portrait', 'white', 'detail', 'variant'] as const;
export const imageRefSchema = z.object({
  /** SHA-256 of the original in the asset store (filled in by the images feature). */
  assetId: z.string(),
  role: z.enum(IMAGE_ROLES),
  order: z.number().int().nonnegative(),
  /** For role "variant": the option value (colour) the image shows. */
  variantValue: z.string().optional(),
});
export type ImageRef = z.infer<typeof imageRefSchema>;

/**
 * A checklist warning the merchandiser accepted, with why (e.g. "最新" in 最新款 is a fact, not a
 * claim). Keyed by the checklist item's key, so it clears that warning on every channel that raises it.
 */
export const checklistOverrideSchema = z.object({
  key: z.string(),
  reason: z.string().min(1),
  at: z.number(),
});
export type ChecklistOverride = z.infer<typeof checklistOverrideSchema>;

/**
 * Where a target locale's copy came from: per field key ("title", "bullets.0", "titleOverrides.amazon"),
 * the hash of the source text it was last translated or reviewed against. Compared with the source's
 * current text to tell which translations are outdated (shared/translation/outdated.ts).
 */
export const translationRecordSchema = z.object({
  source: z.enum(COPY_LOCALES),
  fields: z.record(z.string(), z.object({ sourceHash: z.string(), reviewedAt: z.number() })),
});
export type TranslationRecord = z.infer<typeof translationRecordSchema>;

export const listingSchema = z.object({
  id: z.string(),
  spuCode: z.string(),
  /** Category path from root, e.g. ["女装", "连衣裙"]. */
  categoryPath: z.array(z.string()),
  brand: z.string(),
  status: z.enum(LISTING_STATUSES),
  currency: z.enum(CURRENCIES),
  options: z.array(optionAxisSchema).max(MAX_OPTION_AXES),
  skus: z.array(skuSchema),
  specs: z.array(specSchema),
  tags: z.array(z.string()),
  sizeChart: sizeChartSchema.nullable(),
  copy: z.partialRecord(z.enum(COPY_LOCALES), copySchema),
  images: z.array(imageRefSchema),
  /** Since schema v4. */
  overrides: z.array(checklistOverrideSchema).default([]),
  /** Per target locale; optional so listings saved before translations were tracked still parse. */
  translations: z.partialRecord(z.enum(COPY_LOCALES), translationRecordSchema).optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Incremented on every save; later issues key push idempotency off (id, revision). */
  revision: z.number().int().nonnegative(),
});
export type Listing = z.infer<typeof listingSchema>;
