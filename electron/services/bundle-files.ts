import { randomUUID } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path';
import {
  BUNDLE_FORMAT, BUNDLE_LIMITS, BUNDLE_VERSION, LISTINGS_FILE, MANIFEST_FILE,
  type BundleImage, type BundleLaunch, type BundleManifest,
} from '../../shared/bundle/format';
import { parseBundle, validateBundle } from '../../shared/bundle/parse';
import { bundleImagePath } from '../../shared/bundle/paths';
import { problem, type BundleProblem, type BundleResult } from '../../shared/bundle/problems';
import type { Listing } from '../../shared/model/listing';
import { copyHashing, hashFile } from './asset-files';

/*
 * Launch bundles on disk (format: shared/bundle, resources/bundle-format.md). Plain Node, so the
 * app, the CLI and the tests share it. Reading trusts nothing: the JSON goes through the pure
 * parser, then every image path is resolved to its real path and must still be inside the bundle
 * folder (a symlink in images/ must not read /etc/passwd), be a regular file and match the
 * manifest's size and hash. Writing builds the whole bundle in a temp sibling folder and renames it
 * into place, so a crash leaves the old bundle or the new one, never half of one.
 */

export interface BundleImageFile {
  assetId: string;
  /** Absolute real path of the file inside the bundle folder. */
  path: string;
  bytes: number;
}

export interface LoadedBundle {
  /** Real path of the bundle folder. */
  dir: string;
  manifest: BundleManifest;
  listings: Listing[];
  images: BundleImageFile[];
}

export interface WriteBundleInput {
  listings: readonly Listing[];
  /** Where the image with this asset id is on disk (e.g. the asset store's original); null when unknown. */
  imagePath(assetId: string): string | null | Promise<string | null>;
  launch?: BundleLaunch;
  /** Version of the app writing the bundle. */
  appVersion?: string;
  /** Fixed by the sample-launch script so its output is reproducible; now otherwise. */
  createdAt?: Date;
}

export interface WrittenBundle {
  dir: string;
  manifest: BundleManifest;
}

/** Files hashed or copied at once: bounds open files without serialising a large launch. */
const CONCURRENCY = 8;

export async function readBundle(dir: string): Promise<BundleResult<LoadedBundle>> {
  const root = await realDirectory(dir);
  if (root === null) return fail(problem('bundle.notFound', { path: dir }));
  const manifestText = await readInside(root, MANIFEST_FILE, BUNDLE_LIMITS.manifestBytes);
  if (!manifestText.ok) return manifestText;
  const listingsText = await readInside(root, LISTINGS_FILE, BUNDLE_LIMITS.listingsBytes);
  if (!listingsText.ok) return listingsText;
  const parsed = parseBundle(manifestText.bundle, listingsText.bundle);
  if (!parsed.ok) return parsed;

  const { manifest, listings } = parsed.bundle;
  const entries = Object.entries(manifest.images);
  const checked = await mapLimited(entries, ([assetId, image]) => checkImageFile(root, assetId, image));
  const errors = checked.flatMap((c) => (c.ok ? [] : c.errors));
  if (errors.length > 0) return { ok: false, errors };
  const images = checked.flatMap((c) => (c.ok ? [c.bundle] : []));
  return { ok: true, bundle: { dir: root, manifest, listings, images } };
}

export async function writeBundle(dir: string, input: WriteBundleInput): Promise<BundleResult<WrittenBundle>> {
  const sources = new Map<string, string>();
  const asked = new Set<string>();
  const missing: BundleProblem[] = [];
  for (const listing of input.listings) {
    for (const ref of listing.images) {
      if (asked.has(ref.assetId)) continue;
      asked.add(ref.assetId);
      const source = await input.imagePath(ref.assetId);
      if (source === null) missing.push(problem('bundle.missingImage', { id: listing.id, assetId: ref.assetId }));
      else sources.set(ref.assetId, source);
    }
  }
  if (missing.length > 0) return { ok: false, errors: missing };

  const images: Record<string, BundleImage> = {};
  for (const [assetId, source] of sources) images[assetId] = { file: bundleImagePath(assetId, extname(source)) };
  const draft = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    appVersion: input.appVersion ?? 'unknown',
    ...(input.launch ? { launch: input.launch } : {}),
    images,
  } satisfies BundleManifest;
  // The writer never produces a bundle its own reader would refuse.
  const valid = validateBundle(draft, input.listings);
  if (!valid.ok) return valid;

  const target = await checkTarget(dir);
  if (!target.ok) return target;

  await mkdir(dirname(dir), { recursive: true });
  const temp = join(dirname(dir), `.${basename(dir)}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    await mkdir(join(temp, 'images'), { recursive: true });
    const copied = await mapLimited([...sources], async ([assetId, source]) => copyImage(temp, assetId, source, images));
    const errors = copied.flatMap((c) => c);
    if (errors.length > 0) {
      await rm(temp, { recursive: true, force: true });
      return { ok: false, errors };
    }
    const manifest: BundleManifest = { ...valid.bundle.manifest, images };
    await writeJson(join(temp, LISTINGS_FILE), valid.bundle.listings);
    // bundle.json last: a folder without it is not a bundle, whatever else made it to disk.
    await writeJson(join(temp, MANIFEST_FILE), manifest);
    await swapInto(temp, dir, target.bundle);
    return { ok: true, bundle: { dir, manifest } };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

async function copyImage(temp: string, assetId: string, source: string, images: Record<string, BundleImage>): Promise<BundleProblem[]> {
  const entry = images[assetId];
  if (entry === undefined) return [problem('bundle.missingImage', { assetId })];
  const info = await stat(source).catch(() => null);
  if (info === null || !info.isFile()) return [problem('bundle.missingImage', { assetId, path: source })];
  if (info.size > BUNDLE_LIMITS.imageBytes) return [problem('bundle.tooLarge', { assetId, path: source, bytes: info.size, max: BUNDLE_LIMITS.imageBytes })];
  const { hash, bytes } = await copyHashing(source, join(temp, ...entry.file.split('/')));
  images[assetId] = { ...entry, sha256: hash, bytes };
  return [];
}

/** Whether `dir` may be written: absent, empty, or an older bundle (replaced); anything else is refused. */
async function checkTarget(dir: string): Promise<BundleResult<'absent' | 'replace'>> {
  const info = await lstat(dir).catch((error: unknown) => {
    if (errno(error) === 'ENOENT') return null;
    throw error;
  });
  if (info === null) return { ok: true, bundle: 'absent' };
  if (!info.isDirectory()) return fail(problem('bundle.targetNotEmpty', { path: dir }));
  const names = await readdir(dir);
  if (names.length === 0) return { ok: true, bundle: 'replace' };
  const manifest = await readFile(join(dir, MANIFEST_FILE), 'utf8').catch(() => '');
  return isBundleManifest(manifest) ? { ok: true, bundle: 'replace' } : fail(problem('bundle.targetNotEmpty', { path: dir }));
}

function isBundleManifest(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'format' in value && value.format === BUNDLE_FORMAT;
  } catch {
    return false;
  }
}

/** Renames the finished temp folder into place; an old bundle is moved aside first and removed after. */
async function swapInto(temp: string, dir: string, target: 'absent' | 'replace'): Promise<void> {
  if (target === 'absent') {
    await rename(temp, dir);
    return;
  }
  const aside = `${temp}.old`;
  await rename(dir, aside);
  try {
    await rename(temp, dir);
  } catch (error) {
    await rename(aside, dir);
    throw error;
  }
  await rm(aside, { recursive: true, force: true });
}

async function checkImageFile(root: string, assetId: string, image: BundleImage): Promise<BundleResult<BundleImageFile>> {
  const path = image.file;
  const real = await realpath(join(root, ...path.split('/'))).catch((error: unknown) => {
    if (isGone(error)) return null;
    throw error;
  });
  if (real === null) return fail(problem('bundle.missingImage', { assetId, path }));
  if (!isInside(root, real)) return fail(problem('bundle.pathEscapes', { assetId, path, reason: 'symlink' }));
  const info = await stat(real);
  if (!info.isFile()) return fail(problem('bundle.missingImage', { assetId, path, reason: 'notAFile' }));
  if (info.size > BUNDLE_LIMITS.imageBytes) return fail(problem('bundle.tooLarge', { assetId, path, bytes: info.size, max: BUNDLE_LIMITS.imageBytes }));
  if (image.bytes !== undefined && image.bytes !== info.size) {
    return fail(problem('bundle.imageMismatch', { assetId, path, field: 'bytes', expected: image.bytes, found: info.size }));
  }
  if (image.sha256 !== undefined) {
    const hash = await hashFile(real);
    if (hash !== image.sha256) return fail(problem('bundle.imageMismatch', { assetId, path, field: 'sha256', expected: image.sha256, found: hash }));
  }
  return { ok: true, bundle: { assetId, path: real, bytes: info.size } };
}

/** One of the bundle's JSON files, read only if its real path is a regular file inside the bundle. */
async function readInside(root: string, name: string, maxBytes: number): Promise<BundleResult<string>> {
  const real = await realpath(join(root, name)).catch((error: unknown) => {
    if (isGone(error)) return null;
    throw error;
  });
  if (real === null) return fail(problem('bundle.notFound', { file: name }));
  if (!isInside(root, real)) return fail(problem('bundle.pathEscapes', { path: name, reason: 'symlink' }));
  const info = await stat(real);
  if (!info.isFile()) return fail(problem('bundle.notFound', { file: name }));
  if (info.size > maxBytes) return fail(problem('bundle.tooLarge', { file: name, bytes: info.size, max: maxBytes }));
  return { ok: true, bundle: await readFile(real, 'utf8') };
}

async function realDirectory(dir: string): Promise<string | null> {
  if (!isAbsolute(dir)) return null;
  const real = await realpath(dir).catch((error: unknown) => {
    if (isGone(error)) return null;
    throw error;
  });
  if (real === null) return null;
  return (await stat(real)).isDirectory() ? real : null;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

async function writeJson(path: string, value: unknown): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function mapLimited<T, R>(items: readonly T[], task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += CONCURRENCY) {
    results.push(...(await Promise.all(items.slice(start, start + CONCURRENCY).map(task))));
  }
  return results;
}

function errno(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Missing, or a path through something that is not a folder, or a symlink loop: the file is not there. */
function isGone(error: unknown): boolean {
  const code = errno(error);
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP';
}

function fail(error: BundleProblem): { ok: false; errors: BundleProblem[] } {
  return { ok: false, errors: [error] };
}
