import { z } from 'zod';
import { CHANNEL_IDS, COPY_LOCALES } from '../model/ids';

/*
 * The launch-bundle manifest (bundle.json), version 1. A bundle is a folder:
 *   bundle.json     this manifest
 *   listings.json   Listing[] exactly as shared/model/listing.ts stores them
 *   images/         the image files the manifest's `images` table names
 * Readers ignore fields they do not know (zod strips them), so adding an optional field keeps
 * version 1; anything an older reader would misread (a renamed field, a new meaning) bumps
 * BUNDLE_VERSION, and readers refuse versions newer than theirs (resources/bundle-format.md).
 */

export const BUNDLE_FORMAT = 'shelfready-bundle';
/** The newest version this code reads and the one it writes. */
export const BUNDLE_VERSION = 1;
export const MANIFEST_FILE = 'bundle.json';
export const LISTINGS_FILE = 'listings.json';

/** Limits that keep a hostile or broken bundle from exhausting memory; generous for real launches. */
export const BUNDLE_LIMITS = {
  manifestBytes: 16 * 1024 * 1024,
  listingsBytes: 256 * 1024 * 1024,
  imageBytes: 200 * 1024 * 1024,
  listings: 10_000,
  images: 100_000,
} as const;

/**
 * Asset ids key the image table and become file names, so they are held to portable names (the
 * app's ids are SHA-256 hex). The leading character rule also keeps out "__proto__".
 */
export const ASSET_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export const bundleImageSchema = z.object({
  /** "images/<name>", relative to the bundle folder, forward slashes (checkBundlePath). */
  file: z.string(),
  /** SHA-256 of the file, lowercase hex; readers verify it when present. */
  sha256: z.string().regex(SHA256_HEX).optional(),
  /** Size of the file in bytes; readers verify it when present. */
  bytes: z.number().int().nonnegative().optional(),
});
export type BundleImage = z.infer<typeof bundleImageSchema>;

export const bundleLaunchSchema = z.object({
  name: z.string().max(200),
  channels: z.array(z.enum(CHANNEL_IDS)),
  locales: z.array(z.enum(COPY_LOCALES)),
  /** Planned go-live day (YYYY-MM-DD); absent when not decided. */
  goLiveDate: z.iso.date().optional(),
});
export type BundleLaunch = z.infer<typeof bundleLaunchSchema>;

export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  /** ISO 8601 date-time the bundle was written. */
  createdAt: z.iso.datetime({ offset: true }),
  /** Version of the ShelfReady that wrote it, for support, not for compatibility decisions. */
  appVersion: z.string().max(64),
  launch: bundleLaunchSchema.optional(),
  /** assetId → file; every images[].assetId of every listing must be a key here. */
  images: z.record(z.string().regex(ASSET_ID), bundleImageSchema),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;
