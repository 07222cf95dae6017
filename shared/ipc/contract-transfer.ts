import { z } from 'zod';
import { BUNDLE_LIMITS, bundleLaunchSchema } from '../bundle/format';
import { BUNDLE_PROBLEM_CODES } from '../bundle/problems';
import { ROW_ERROR_CODES, SHEET_PROBLEM_CODES } from '../import/errors';
import { COPY_FIELDS, LISTING_FIELDS, SKU_FIELDS } from '../import/template';
import { imageErrorCodeSchema, imageMetaSchema } from '../images/schemas';
import { listingSchema } from '../model/listing';

/*
 * Spreadsheets and launch bundles in and out of the app. No channel takes a path: main asks the OS
 * dialog for the file or folder itself, and a picked spreadsheet stays in main under a random token
 * that the preview hands to the renderer and the import hands back.
 */

/** Columns a sheet may have; far beyond any template (about 30 columns per locale). */
const MAX_COLUMNS = 1000;
/** Rows of the sheet shown in the mapping preview. */
export const SHEET_PREVIEW_ROWS = 10;

const columnTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ignore') }).strict(),
  z.object({ kind: z.literal('listing'), field: z.enum(LISTING_FIELDS) }).strict(),
  z.object({ kind: z.literal('sku'), field: z.enum(SKU_FIELDS) }).strict(),
  // A locale we do not carry is allowed through: its rows become import.unknownLocale errors.
  z.object({ kind: z.literal('copy'), field: z.enum(COPY_FIELDS), locale: z.string().min(1).max(35) }).strict(),
  z.object({ kind: z.literal('spec'), name: z.string().trim().min(1).max(100), unit: z.string().max(20) }).strict(),
  z.object({ kind: z.literal('option'), axis: z.string().trim().min(1).max(100) }).strict(),
]);

const columnMappingSchema = z.object({
  index: z.number().int().min(0).max(MAX_COLUMNS - 1),
  header: z.string().max(500),
  target: columnTargetSchema,
}).strict();

const rowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.enum(ROW_ERROR_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

const bundleProblemSchema = z.object({
  code: z.enum(BUNDLE_PROBLEM_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** An image main stored in the asset store, for the renderer's asset table (Dexie). */
const storedImageSchema = z.object({ name: z.string(), meta: imageMetaSchema });
const imageFailureSchema = z.object({ file: z.string(), code: imageErrorCodeSchema });

const sheetToken = z.uuid();
const cancelled = z.object({ status: z.literal('cancelled') });
const sheetFailed = z.object({ status: z.literal('failed'), code: z.enum(SHEET_PROBLEM_CODES) });

export const transferChannels = {
  'sheets:preview': {
    /** Opens the OS dialog (CSV/XLSX); the picked file is kept in main under `token`. */
    input: z.object({}).strict(),
    output: z.discriminatedUnion('status', [
      cancelled,
      sheetFailed,
      z.object({
        status: z.literal('ready'),
        token: sheetToken,
        /** Base name only: enough to recognise the file, no more of the disk than that. */
        fileName: z.string(),
        format: z.enum(['csv', 'xlsx']),
        encoding: z.enum(['utf-8', 'utf-16le', 'gbk']).nullable(),
        headerRow: z.number().int(),
        rowCount: z.number().int(),
        headers: z.array(z.string()),
        /** The first SHEET_PREVIEW_ROWS rows after the header, cells as text. */
        sampleRows: z.array(z.array(z.string())),
        /** Suggested target per header (shared/import suggestMapping). */
        columns: z.array(columnMappingSchema),
        unknown: z.array(z.string()),
        duplicates: z.array(z.string()),
        unknownLocales: z.array(z.string()),
      }),
    ]),
  },
  'sheets:import': {
    /**
     * Imports the previewed file with the edited mapping. `withImages`: main asks for the images
     * folder (OS dialog) and attaches the photos named by the convention; cancelling that dialog
     * cancels the import and keeps the token.
     */
    input: z.object({ token: sheetToken, columns: z.array(columnMappingSchema).max(MAX_COLUMNS), withImages: z.boolean() }).strict(),
    output: z.discriminatedUnion('status', [
      cancelled,
      sheetFailed,
      z.object({
        status: z.literal('done'),
        rowCount: z.number().int(),
        /** New listings (fresh ids), images already in the asset store. */
        listings: z.array(listingSchema),
        errors: z.array(rowErrorSchema),
        rejected: z.array(z.object({ spuCode: z.string(), rows: z.array(z.number().int()) })),
        /** The images folder's base name when one was used. */
        imagesFolder: z.string().nullable(),
        images: z.array(storedImageSchema),
        unmatchedImages: z.array(z.object({ file: z.string(), reason: z.enum(['extension', 'unknown-code', 'unknown-role', 'duplicate']) })),
        imageFailures: z.array(imageFailureSchema),
      }),
    ]),
  },
  'bundles:export': {
    /** Main asks for a folder and writes the bundle into a new dated subfolder of it. */
    /** With `launch`, the bundle carries the launch (name, channels, locales, go-live) for a hand-over or the CLI. */
    input: z.object({ listings: z.array(listingSchema).min(1).max(BUNDLE_LIMITS.listings), launch: bundleLaunchSchema.optional() }).strict(),
    output: z.discriminatedUnion('status', [
      cancelled,
      z.object({ status: z.literal('failed'), problems: z.array(bundleProblemSchema) }),
      z.object({ status: z.literal('done'), dir: z.string(), listingCount: z.number().int(), imageCount: z.number().int() }),
    ]),
  },
  'bundles:open': {
    /** Main asks for the bundle folder, checks it, stores its images and returns its listings. */
    input: z.object({}).strict(),
    output: z.discriminatedUnion('status', [
      cancelled,
      z.object({ status: z.literal('failed'), dir: z.string(), problems: z.array(bundleProblemSchema) }),
      z.object({
        status: z.literal('ready'),
        dir: z.string(),
        createdAt: z.string(),
        appVersion: z.string(),
        launch: bundleLaunchSchema.optional(),
        /** Listings with image asset ids remapped to the asset store's hashes. */
        listings: z.array(listingSchema),
        images: z.array(storedImageSchema),
        imageFailures: z.array(imageFailureSchema),
      }),
    ]),
  },
} as const;
