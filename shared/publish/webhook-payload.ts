import { z } from 'zod';
import { COPY_LOCALES, CURRENCIES, type CopyLocale } from '../model/ids';
import { IMAGE_ROLES, LISTING_STATUSES, type ImageRef, type Listing } from '../model/listing';
import { parseAmount, parseStock } from '../model/money';
import type { SizeChartData } from '../size-chart/output';
import { pushError, type FieldError, type PushOutcome } from './push-error';

/*
 * The JSON a webhook channel (a custom mall or mini-program backend) receives for one listing.
 * Documented for receivers in resources/webhook-payload.md; bump WEBHOOK_SCHEMA_VERSION on any
 * change a receiver could notice, never change version 1 in place.
 *
 * Images travel inline as base64 so a receiver needs nothing but this request (the renditions are
 * local files with no public URL). That makes the body large, so the total image bytes are capped
 * at WEBHOOK_MAX_IMAGE_BYTES; a listing above it fails with a validation error on `images` rather
 * than a request most servers would refuse anyway.
 */

export const WEBHOOK_SCHEMA_VERSION = 1;
export const WEBHOOK_MAX_IMAGE_BYTES = 32 * 1024 * 1024;

const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/);
const moneySchema = z.object({ amount: decimalString, currency: z.enum(CURRENCIES) });

export const webhookImageSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  role: z.enum(IMAGE_ROLES),
  order: z.number().int().nonnegative(),
  /** For role "variant": the option value the image shows. */
  variantValue: z.string().optional(),
  /** Lowercase hex SHA-256 of the decoded bytes, so a receiver can skip images it already has. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  byteLength: z.number().int().nonnegative(),
  dataBase64: z.string(),
});
export type WebhookImage = z.infer<typeof webhookImageSchema>;

export const webhookSkuSchema = z.object({
  code: z.string(),
  /** Option axis name → value, e.g. { "颜色": "Red", "尺码": "S" }. */
  options: z.record(z.string(), z.string()),
  price: moneySchema,
  compareAtPrice: moneySchema.nullable(),
  cost: moneySchema.nullable(),
  /** null when the merchandiser left stock empty (not tracked). */
  stock: z.number().int().nullable(),
  barcode: z.string().nullable(),
});

export const webhookCopySchema = z.object({
  title: z.string(),
  subtitle: z.string(),
  bullets: z.array(z.string()),
  description: z.string(),
  keywords: z.array(z.string()),
});

/** The size chart as the merchant's market for this channel reads it (shared/size-chart/output.ts). */
export const webhookSizeChartSchema = z.object({
  unit: z.enum(['cm', 'in']),
  /** The languages of the labels, in order: each `labels` array has one entry per locale. */
  locales: z.array(z.string()),
  title: z.array(z.string()),
  notes: z.array(z.string()),
  columns: z.array(z.object({
    kind: z.enum(['size', 'measurement', 'shoe']),
    /** A known measurement (chest, footLength…) or shoe system (eu, us…); absent for the merchant's own rows. */
    id: z.string().optional(),
    labels: z.array(z.string()),
    /** Measurement columns: false for a weight, age or size row, whose values carry no length unit. */
    isLength: z.boolean().optional(),
  })),
  /** One row per size: the size, then one cell per remaining column ('' when empty). */
  rows: z.array(z.array(z.string())),
});

export const webhookPayloadSchema = z.object({
  schemaVersion: z.literal(WEBHOOK_SCHEMA_VERSION),
  /** The same value as the Idempotency-Key header. */
  idempotencyKey: z.string(),
  /** Unix seconds; the same value as the X-ShelfReady-Timestamp header, covered by the signature. */
  sentAt: z.number().int(),
  listing: z.object({
    id: z.string(),
    revision: z.number().int().nonnegative(),
    spuCode: z.string(),
    status: z.enum(LISTING_STATUSES),
    brand: z.string(),
    categoryPath: z.array(z.string()),
    tags: z.array(z.string()),
    currency: z.enum(CURRENCIES),
    options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
    skus: z.array(webhookSkuSchema),
    specs: z.array(z.object({ name: z.string(), value: z.string(), unit: z.string() })),
    copy: z.partialRecord(z.enum(COPY_LOCALES), webhookCopySchema),
    images: z.array(webhookImageSchema),
    /** Added within version 1 (optional fields may be): present when the listing has a size chart. */
    sizeChart: webhookSizeChartSchema.optional(),
  }),
});
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

/** An image as the caller read it: the ref plus what only Node can compute (hash, base64). */
export interface WebhookImageInput extends ImageRef {
  fileName: string;
  mimeType: string;
  sha256: string;
  byteLength: number;
  dataBase64: string;
}

/** "¥1,299.50" → "1299.50"; undefined when empty or not a number. */
export function toDecimalString(raw: string): string | undefined {
  if (parseAmount(raw).kind !== 'ok') return undefined;
  return raw.trim().replace(/^[¥$€£￥]/, '').replace(/,/g, '').trim();
}

export function toWebhookPayload(
  listing: Listing,
  images: readonly WebhookImageInput[],
  locales: readonly CopyLocale[],
  meta: { idempotencyKey: string; sentAt: number; sizeChart?: SizeChartData },
): PushOutcome<WebhookPayload> {
  const fields: FieldError[] = [];
  const money = (raw: string, field: string, required: boolean) => {
    const amount = toDecimalString(raw);
    if (amount === undefined) {
      if (required || parseAmount(raw).kind === 'invalid') fields.push({ field, message: `not a price: "${raw}"` });
      return null;
    }
    return { amount, currency: listing.currency };
  };
  const skus = listing.skus.map((sku, i) => {
    const stock = parseStock(sku.stock);
    if (stock.kind === 'invalid') fields.push({ field: `skus[${i}].stock`, message: `not a whole number: "${sku.stock}"` });
    return {
      code: sku.code,
      options: Object.fromEntries(listing.options.map((axis, a) => [axis.name, sku.optionValues[a] ?? ''])),
      price: money(sku.price, `skus[${i}].price`, true) ?? { amount: '0', currency: listing.currency },
      compareAtPrice: money(sku.compareAtPrice, `skus[${i}].compareAtPrice`, false),
      cost: money(sku.cost, `skus[${i}].cost`, false),
      stock: stock.kind === 'ok' ? stock.value : null,
      barcode: sku.barcode.trim() || null,
    };
  });
  const total = images.reduce((sum, image) => sum + image.byteLength, 0);
  if (total > WEBHOOK_MAX_IMAGE_BYTES) {
    fields.push({ field: 'images', message: `images total ${total} bytes, more than the webhook limit of ${WEBHOOK_MAX_IMAGE_BYTES}` });
  }
  if (fields.length > 0) return { ok: false, error: pushError('validation', 'the listing cannot be sent as it is', { fields }) };

  const copy: WebhookPayload['listing']['copy'] = {};
  for (const locale of locales) {
    const c = listing.copy[locale];
    if (c) copy[locale] = { title: c.title, subtitle: c.subtitle, bullets: c.bullets, description: c.description, keywords: c.keywords };
  }
  return {
    ok: true,
    value: {
      schemaVersion: WEBHOOK_SCHEMA_VERSION,
      idempotencyKey: meta.idempotencyKey,
      sentAt: meta.sentAt,
      listing: {
        id: listing.id,
        revision: listing.revision,
        spuCode: listing.spuCode,
        status: listing.status,
        brand: listing.brand,
        categoryPath: listing.categoryPath,
        tags: listing.tags,
        currency: listing.currency,
        options: listing.options.map((axis) => ({ name: axis.name, values: axis.values })),
        skus,
        specs: listing.specs.map((s) => ({ name: s.name, value: s.value, unit: s.unit })),
        copy,
        images: [...images]
          .sort((a, b) => a.order - b.order)
          .map((image) => ({
            fileName: image.fileName,
            mimeType: image.mimeType,
            role: image.role,
            order: image.order,
            ...(image.variantValue === undefined ? {} : { variantValue: image.variantValue }),
            sha256: image.sha256,
            byteLength: image.byteLength,
            dataBase64: image.dataBase64,
          })),
        ...(meta.sizeChart ? { sizeChart: meta.sizeChart } : {}),
      },
    },
  };
}
