import { z } from 'zod';
import type { ImageMeta, RenditionResult } from './types';
import { IMAGE_CHECK_CODES, IMAGE_ERROR_CODES } from './types';

/*
 * Zod schemas for the image types that cross IPC. main checks its outputs against them (the
 * contract strips undeclared fields), so they must describe types.ts exactly; `satisfies` keeps
 * the two from drifting.
 */

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
/** `<hash>-<rule id>`, as the asset store writes it: lower-case rule ids of letters, digits, dots, dashes. */
export const RENDITION_KEY_PATTERN = /^[0-9a-f]{64}-[a-z0-9][a-z0-9._-]{0,80}$/;
/** Pasted images above this are refused before they cross IPC. */
export const MAX_PASTE_BYTES = 50 * 1024 * 1024;

export const imageErrorCodeSchema = z.enum(IMAGE_ERROR_CODES);

export const imageMetaSchema = z.object({
  hash: z.string().regex(SHA256_PATTERN),
  bytes: z.number().int().nonnegative(),
  format: z.string(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  space: z.string(),
  bitDepth: z.number().int(),
  hasAlpha: z.boolean(),
  orientation: z.number().int().min(1).max(8),
  pages: z.number().int().min(1),
  phash: z.string(),
  border: z.object({ r: z.number(), g: z.number(), b: z.number(), uniformity: z.number() }),
  productFill: z.number(),
}) satisfies z.ZodType<ImageMeta>;

/** One file's answer: stored (isNew false when it was already in the store) or an image error code. */
export const importResultSchema = z.discriminatedUnion('ok', [
  z.object({ name: z.string(), path: z.string(), ok: z.literal(true), meta: imageMetaSchema, isNew: z.boolean() }),
  z.object({ name: z.string(), path: z.string(), ok: z.literal(false), error: imageErrorCodeSchema }),
]);
export type ImportResultPayload = z.infer<typeof importResultSchema>;

const confidenceSchema = z.enum(['verified', 'third-party', 'unverified']);

export const renditionResultSchema = z.object({
  key: z.string().regex(RENDITION_KEY_PATTERN),
  assetHash: z.string().regex(SHA256_PATTERN),
  ruleId: z.string(),
  width: z.number().int().nonnegative(),
  height: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  format: z.enum(['jpeg', 'png', 'webp']),
  quality: z.number(),
  checks: z.array(
    z.object({
      code: z.enum(IMAGE_CHECK_CODES),
      level: z.enum(['fail', 'warn', 'note']),
      ruleId: z.string(),
      source: z.string(),
      confidence: confidenceSchema,
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
  isPassing: z.boolean(),
  isCached: z.boolean(),
}) satisfies z.ZodType<RenditionResult>;

/** Image bytes cross IPC as Uint8Array (structured clone in Electron, Playwright's binding in the harness), never base64. */
export const imageBytesSchema = z.instanceof(Uint8Array);
