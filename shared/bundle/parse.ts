import type { z } from 'zod';
import { listingSchema, type Listing } from '../model/listing';
import { BUNDLE_FORMAT, BUNDLE_LIMITS, BUNDLE_VERSION, LISTINGS_FILE, MANIFEST_FILE, bundleManifestSchema, type BundleManifest } from './format';
import { checkBundlePath } from './paths';
import { problem, type BundleFile, type BundleProblem, type BundleResult } from './problems';

/*
 * Reading a bundle's two JSON files, pure: the text comes from disk, a zip or a test, and the
 * answer is either the typed bundle or every problem found, each with a code the UI translates.
 * Nothing here trusts the input: the JSON is parsed defensively, versions are checked before the
 * schema (so a newer bundle says "update ShelfReady", not "field x is wrong"), and image paths are
 * checked as strings; the file service then checks them against the real folder.
 */

export interface ParsedBundle {
  manifest: BundleManifest;
  listings: Listing[];
}

/** Issues reported per file before the rest are summarised: one broken export can have thousands. */
const MAX_REPORTED = 50;

export function parseBundle(manifestJson: string, listingsJson: string): BundleResult<ParsedBundle> {
  const manifest = parseJson(manifestJson, MANIFEST_FILE);
  if (!manifest.ok) return manifest;
  const listings = parseJson(listingsJson, LISTINGS_FILE);
  if (!listings.ok) return listings;
  return validateBundle(manifest.value, listings.value);
}

/** The same checks on values already parsed (the writer runs them before writing anything). */
export function validateBundle(manifestValue: unknown, listingsValue: unknown): BundleResult<ParsedBundle> {
  const manifest = validateManifest(manifestValue);
  if (!manifest.ok) return manifest;
  const listings = validateListings(listingsValue, manifest.bundle);
  if (!listings.ok) return listings;
  return { ok: true, bundle: { manifest: manifest.bundle, listings: listings.bundle } };
}

export function validateManifest(value: unknown): BundleResult<BundleManifest> {
  const format = isRecord(value) ? value.format : undefined;
  if (!isRecord(value) || format !== BUNDLE_FORMAT) {
    return fail([problem('bundle.wrongFormat', { file: MANIFEST_FILE, found: isRecord(value) ? describe(format) : describe(value) })]);
  }
  const version = value.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_VERSION) {
    return fail([problem('bundle.unsupportedVersion', { found: version, supported: BUNDLE_VERSION })]);
  }
  const parsed = bundleManifestSchema.safeParse(value);
  if (!parsed.success) return fail(capped(parsed.error.issues.map((i) => problem('bundle.invalidManifest', issueParams(i)))));
  const manifest = parsed.data;
  const entries = Object.entries(manifest.images);
  if (entries.length > BUNDLE_LIMITS.images) {
    return fail([problem('bundle.tooLarge', { file: MANIFEST_FILE, field: 'images', count: entries.length, max: BUNDLE_LIMITS.images })]);
  }
  const errors: BundleProblem[] = [];
  // Case-folded: two names differing only in case are one file on Windows and macOS.
  const byFile = new Map<string, string>();
  for (const [assetId, image] of entries) {
    const check = checkBundlePath(image.file);
    if (!check.ok) {
      errors.push(problem(check.escapes ? 'bundle.pathEscapes' : 'bundle.badPath', { assetId, path: image.file, reason: check.reason }));
      continue;
    }
    const key = image.file.toLowerCase();
    const other = byFile.get(key);
    if (other !== undefined) errors.push(problem('bundle.duplicateFile', { assetId, other, path: image.file }));
    else byFile.set(key, assetId);
  }
  return errors.length > 0 ? fail(capped(errors)) : { ok: true, bundle: manifest };
}

function validateListings(value: unknown, manifest: BundleManifest): BundleResult<Listing[]> {
  if (!Array.isArray(value)) return fail([problem('bundle.wrongFormat', { file: LISTINGS_FILE, found: describe(value) })]);
  if (value.length > BUNDLE_LIMITS.listings) {
    return fail([problem('bundle.tooLarge', { file: LISTINGS_FILE, field: 'listings', count: value.length, max: BUNDLE_LIMITS.listings })]);
  }
  const errors: BundleProblem[] = [];
  const listings: Listing[] = [];
  const firstIndex = new Map<string, number>();
  value.forEach((raw: unknown, index) => {
    const rawId = isRecord(raw) && typeof raw.id === 'string' ? raw.id : '';
    const parsed = listingSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      errors.push(problem('bundle.invalidListing', { index, id: rawId, ...(first ? issueParams(first) : {}), issues: parsed.error.issues.length }));
      return;
    }
    const listing = parsed.data;
    const seen = firstIndex.get(listing.id);
    if (seen !== undefined) errors.push(problem('bundle.duplicateId', { index, id: listing.id, firstIndex: seen }));
    else firstIndex.set(listing.id, index);
    listing.images.forEach((ref, imageIndex) => {
      if (!Object.hasOwn(manifest.images, ref.assetId)) {
        errors.push(problem('bundle.missingImage', { index, id: listing.id, assetId: ref.assetId, field: `images.${imageIndex}.assetId` }));
      }
    });
    listings.push(listing);
  });
  return errors.length > 0 ? fail(capped(errors)) : { ok: true, bundle: listings };
}

type JsonOutcome = { ok: true; value: unknown } | { ok: false; errors: BundleProblem[] };

function parseJson(text: string, file: BundleFile): JsonOutcome {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // The position in the message helps whoever fixes the file; the code is what the UI shows.
    return fail([problem('bundle.badJson', { file, detail: error instanceof Error ? error.message : String(error) })]);
  }
}

function issueParams(issue: z.core.$ZodIssue): BundleProblem['params'] {
  return { field: issue.path.map(String).join('.'), issue: issue.code };
}

function capped(errors: BundleProblem[]): BundleProblem[] {
  if (errors.length <= MAX_REPORTED) return errors;
  const first = errors.slice(0, MAX_REPORTED);
  const last = first[first.length - 1];
  if (last) last.params = { ...last.params, more: errors.length - MAX_REPORTED };
  return first;
}

function fail(errors: BundleProblem[]): { ok: false; errors: BundleProblem[] } {
  return { ok: false, errors };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'string' ? value.slice(0, 64) : typeof value;
}
