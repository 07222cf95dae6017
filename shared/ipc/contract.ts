import { z } from 'zod';
import {
  imageBytesSchema,
  imageErrorCodeSchema,
  importResultSchema,
  MAX_PASTE_BYTES,
  RENDITION_KEY_PATTERN,
  renditionResultSchema,
  SHA256_PATTERN,
} from '../images/schemas';
import { IMAGE_SLOTS } from '../images/types';
import { CHANNEL_IDS } from '../model/ids';
import { accountEndpointSchema, PUSH_TARGETS } from '../publish/accounts';
import { EXPORT_CHANNELS } from '../publish/export-channels';
import { pushErrorSchema } from '../publish/push-error';
import { listingSchema } from '../model/listing';
import { checklistSettingsSchema, glossarySchema, settingsSchema, UI_LANGUAGES, WATCHED_FOLDER_MAX_LENGTH } from '../model/settings';
import { marketsSchema } from '../markets/market';
import { rateTableSchema } from '../markets/rates';
import { roundingRulesSchema } from '../markets/rounding';
import type { ChannelName, EventName } from './names';
import { launchChannels } from './contract-launch';
import { sizeChartChannels } from './contract-size-chart';
import { translationChannels } from './contract-translation';
import { transferChannels } from './contract-transfer';

/** POSIX `/…`, Windows `C:\…` or `C:/…`, UNC `\\server\share`: main checks the folder itself too. */
const ABSOLUTE_PATH = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

/*
 * A partial checklist-settings patch: each field, when present, replaces the stored one (adTerms per
 * list). Built from the stored schema's fields without their defaults, so a patch that leaves a field
 * out keeps it rather than resetting it to the default.
 */
const checklistFields = checklistSettingsSchema.shape;
const adTermFields = checklistFields.adTerms.unwrap().shape;
const checklistPatchSchema = z
  .object({
    minMarginPercent: checklistFields.minMarginPercent.unwrap().optional(),
    adTerms: z.object({ added: adTermFields.added.unwrap().optional(), removed: adTermFields.removed.unwrap().optional() }).strict().optional(),
    competitorBrands: checklistFields.competitorBrands.unwrap().optional(),
  })
  .strict();

interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/*
 * The one IPC contract. Channel names are `domain:verb`; the renderer never sees them — it calls
 * the named methods that buildApi() derives from this map. Main parses every input with `input`.
 */
const accountSummarySchema = z.object({ endpoint: accountEndpointSchema, hasSecret: z.boolean(), updatedAt: z.number() });

export const channels = {
  'app:info': {
    input: z.object({}),
    output: z.object({ version: z.string(), osLocale: z.string(), platform: z.string() }),
  },
  'settings:get': {
    input: z.object({}),
    output: settingsSchema,
  },
  'settings:repairs': {
    /** What the settings file needed repaired when the app started (null: nothing), to tell the user once. */
    input: z.object({}).strict(),
    output: z.object({ fields: z.array(settingsSchema.keyof()), copyPath: z.string().nullable() }).nullable(),
  },
  'settings:update': {
    input: z
      .object({
        language: z.enum(UI_LANGUAGES).nullable().optional(),
        /** An absolute folder path, or null to stop watching. */
        watchedFolder: z.string().max(WATCHED_FOLDER_MAX_LENGTH).regex(ABSOLUTE_PATH, 'an absolute path').nullable().optional(),
        /** Margin threshold, 广告法 list edits, competitor brands: only the fields given change. */
        checklist: checklistPatchSchema.optional(),
        /** Each of these replaces the stored list or table as a whole; the UI edits a full copy. */
        markets: marketsSchema.optional(),
        rates: rateTableSchema.optional(),
        rounding: roundingRulesSchema.optional(),
        glossary: glossarySchema.optional(),
      })
      .strict(),
    output: settingsSchema,
  },
  'assets:importPaths': {
    /** Absolute paths of files or folders (a folder stands for its image files, not recursive). */
    input: z.object({ paths: z.array(z.string().min(1).max(4096)).max(500) }).strict(),
    /** One item per file, in input order, folders expanded in place. */
    output: z.object({ results: z.array(importResultSchema) }),
  },
  'assets:importBytes': {
    /** A pasted image: `name` is only a label for the result. */
    input: z.object({ name: z.string().max(255), bytes: imageBytesSchema.refine((b) => b.byteLength <= MAX_PASTE_BYTES, 'over 50 MB') }).strict(),
    output: importResultSchema,
  },
  'assets:thumbnail': {
    input: z.object({ hash: z.string().regex(SHA256_PATTERN) }).strict(),
    output: z.object({ bytes: imageBytesSchema, mime: z.literal('image/webp') }),
  },
  'renditions:render': {
    input: z.object({ hash: z.string().regex(SHA256_PATTERN), channel: z.enum(CHANNEL_IDS), slot: z.enum(IMAGE_SLOTS) }).strict(),
    output: renditionResultSchema,
  },
  'renditions:preview': {
    input: z.object({ key: z.string().regex(RENDITION_KEY_PATTERN) }).strict(),
    output: z.object({ bytes: imageBytesSchema, mime: z.enum(['image/jpeg', 'image/png', 'image/webp']) }),
  },
  'files:pick': {
    /** The OS file dialog (images, several at once); an empty list when the user cancels. */
    input: z.object({}).strict(),
    output: z.object({ paths: z.array(z.string()) }),
  },
  'files:pickFolder': {
    /** The OS folder dialog (for the watched designer folder); null when the user cancels. */
    input: z.object({}).strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  'accounts:list': {
    /** Channel accounts without their secrets (those never leave main once saved). */
    input: z.object({}).strict(),
    output: z.object({ accounts: z.array(accountSummarySchema) }),
  },
  'accounts:save': {
    /** The endpoint, and the secret only when the user typed a new one. */
    input: z.object({ endpoint: accountEndpointSchema, secret: z.record(z.string(), z.string().max(1000)).optional() }).strict(),
    output: accountSummarySchema,
  },
  'accounts:remove': {
    input: z.object({ target: z.enum(PUSH_TARGETS) }).strict(),
    output: z.object({ removed: z.boolean() }),
  },
  'accounts:test': {
    /** Signs in with the saved account and reads the shop's name. */
    input: z.object({ target: z.enum(PUSH_TARGETS) }).strict(),
    output: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), shopName: z.string() }), z.object({ ok: z.literal(false), error: pushErrorSchema })]),
  },
  'publish:push': {
    /** One outbox job: the listing as queued, sent with the job's idempotency key. */
    input: z.object({ target: z.enum(PUSH_TARGETS), idempotencyKey: z.string().min(1).max(300), listing: listingSchema }).strict(),
    output: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        remoteId: z.string(),
        created: z.boolean(),
        imageFailures: z.array(z.object({ spuCode: z.string(), assetId: z.string(), code: imageErrorCodeSchema })),
        /** The product was saved but images were left out (e.g. a WooCommerce account with no upload route). */
        warnings: z.array(z.object({ code: z.enum(['images-not-sent']), message: z.string() })),
      }),
      z.object({ ok: z.literal(false), error: pushErrorSchema }),
    ]),
  },
  'exports:create': {
    /** Asks for a folder, then writes <channel>-<date>/ and its zip there; the listings as the renderer holds them. */
    input: z.object({ channel: z.enum(EXPORT_CHANNELS), listings: z.array(listingSchema).min(1).max(2000) }).strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({
        status: z.literal('done'),
        folder: z.string(),
        zipPath: z.string(),
        fileCount: z.number(),
        /** Listings left out, and why (no SKUs, no title in the channel's language…). */
        skipped: z.array(z.object({ spuCode: z.string(), code: z.string() })),
        /** Images that could not be rendered and were left out. */
        imageFailures: z.array(z.object({ spuCode: z.string(), assetId: z.string(), code: imageErrorCodeSchema })),
      }),
      z.object({ status: z.literal('failed'), code: z.enum(['nothing-to-export', 'missing-image', 'write-failed']), path: z.string().optional() }),
    ]),
  },
  'shell:openExternal': {
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
  ...launchChannels,
  ...transferChannels,
  ...translationChannels,
  ...sizeChartChannels,
} as const satisfies Record<ChannelName, ChannelSpec>;

/** Main → renderer events, `domain:event`. */
export const events = {
  'settings:changed': settingsSchema,
  /** The watched designer folder stored new files (or failed on some): same items as assets:importPaths. */
  'assets:watched': z.object({ results: z.array(importResultSchema) }),
  /** An account was saved or removed (in any window): the same summaries as accounts:list. */
  'accounts:changed': z.object({ accounts: z.array(accountSummarySchema) }),
} as const satisfies Record<EventName, z.ZodType>;

export type { ChannelName, EventName };
export type Channels = typeof channels;
/** What the renderer passes. */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What a handler receives after main has parsed the input. */
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
