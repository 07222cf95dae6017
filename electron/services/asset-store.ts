import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import { MAX_PASTE_BYTES } from '../../shared/images/schemas';
import type { ImageErrorCode, ImageMeta, ImageRule, RenditionResult } from '../../shared/images/types';
import { copyHashing, fileErrorCode, hashFile, isMissing, listImageFiles, SHA256_HEX, tempPathFor, writeFileAtomic } from './asset-files';
import { createDerivedFiles, type SizeChartFile } from './derived-files';
import type { SizeChartData } from '../../shared/size-chart/output';
import type { ImageEngine, ImageOutcome } from './image-engine';
import type { Logger } from './logger';

/*
 * Originals, thumbnails and renditions on disk, content-addressed by SHA-256:
 *   <dataDir>/assets/<hash[0..2]>/<hash>.<ext>   the original, stored once however often it is dropped
 *   <dataDir>/assets/<hash[0..2]>/<hash>.json    its ImageMeta, so a re-import decodes nothing
 *   thumbs/ and renditions/                      made from it once (derived-files.ts)
 * Every decode goes through the injected ImageEngine (a worker pool; fakes in unit tests). The
 * user's files are only read: a failure deletes nothing of theirs and stores nothing of ours.
 * Metadata for the UI lives in the renderer's Dexie; each import returns it.
 */

export type ImportResult =
  | { name: string; path: string; ok: true; meta: ImageMeta; isNew: boolean }
  | { name: string; path: string; ok: false; error: ImageErrorCode };

export interface AssetStore {
  /** Files and folders (expanded to their image files, not recursive); results in input order. */
  importPaths(paths: readonly string[]): Promise<ImportResult[]>;
  /** Bytes from the clipboard; `name` is only a label. */
  importBytes(name: string, bytes: Uint8Array): Promise<ImportResult>;
  /** True when an original with this hash is stored. */
  has(hash: string): Promise<boolean>;
  /** Hash of a file on disk without storing it (the watched folder skips what is already here). */
  hashOf(path: string): Promise<string>;
  /** WebP thumbnail bytes, made on first request. */
  thumbnail(hash: string): Promise<ImageOutcome<Uint8Array<ArrayBuffer>>>;
  /** Renders once per (hash, rule); later calls read the cache and return isCached: true. */
  render(hash: string, rule: ImageRule): Promise<ImageOutcome<RenditionResult>>;
  /** A rendition's bytes by its key; null when unknown. */
  readRendition(key: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; format: ImageRule['format'] } | null>;
  /** An original's file on disk (for bundles, which copy originals); null for an unknown hash. */
  originalPath(hash: string): Promise<string | null>;
  /** A rendition's file on disk (for exports, which copy files rather than bytes); null when unknown. */
  renditionFile(key: string): Promise<{ path: string; format: ImageRule['format'] } | null>;
  /**
   * A size chart built for a channel, as the store's PNG file: drawn in the image workers like every
   * image, once per (data, size) (derived-files.ts). Callers copy or read it; they never change it.
   */
  sizeChartFile(data: SizeChartData, size: { width: number; maxHeight: number }): Promise<ImageOutcome<SizeChartFile>>;
}

export interface AssetStoreOptions {
  dataDir: string;
  engine: ImageEngine;
  logger: Logger;
  /** Files probed at once; the pool queues the rest anyway, this bounds open files and temp copies. */
  concurrency?: number;
}


function extensionFor(meta: ImageMeta): string {
  const format = meta.format.toLowerCase();
  if (format === 'jpeg') return 'jpg';
  return /^[a-z0-9]{1,5}$/.test(format) ? format : 'bin';
}

export function createAssetStore({ dataDir, engine, logger, concurrency = 4 }: AssetStoreOptions): AssetStore {
  const assetsDir = join(dataDir, 'assets');
  const incomingDir = join(assetsDir, 'incoming');
  // Two drops of the same photo at once: the second waits for the first and gets isNew false.
  const storing = new Map<string, Promise<ImageOutcome<ImageMeta>>>();

  const shardDir = (hash: string) => join(assetsDir, hash.slice(0, 2));
  const metaPath = (hash: string) => join(shardDir(hash), `${hash}.json`);
  const derived = createDerivedFiles({ dataDir, engine, logger, findOriginal, readMeta });

  async function findOriginal(hash: string): Promise<string | null> {
    if (!SHA256_HEX.test(hash)) return null;
    const names = await readdir(shardDir(hash)).catch((error: unknown) => {
      if (isMissing(error)) return [];
      throw error;
    });
    const name = names.find((candidate) => candidate.startsWith(`${hash}.`) && !candidate.endsWith('.json') && !candidate.includes('.tmp'));
    return name === undefined ? null : join(shardDir(hash), name);
  }

  async function readMeta(hash: string): Promise<ImageMeta | null> {
    try {
      const meta = JSON.parse(await readFile(metaPath(hash), 'utf8')) as ImageMeta;
      return meta.hash === hash ? meta : null;
    } catch (error) {
      if (!isMissing(error)) logger.warn('asset meta unreadable, probing again', { hash, error });
      return null;
    }
  }

  /** Meta of a stored original: the sidecar, or a fresh probe when the sidecar is gone. */
  async function storedMeta(hash: string, original: string): Promise<ImageOutcome<ImageMeta>> {
    const cached = await readMeta(hash);
    if (cached !== null) return { ok: true, value: cached };
    const probed = await engine.probe(original);
    if (!probed.ok) return probed;
    const meta = { ...probed.value, hash };
    await writeFileAtomic(metaPath(hash), JSON.stringify(meta));
    return { ok: true, value: meta };
  }

  /** `temp` holds bytes hashing to `hash`: probe, then move into place, or delete it. Never both kept. */
  async function storeTemp(hash: string, temp: string): Promise<{ outcome: ImageOutcome<ImageMeta>; isNew: boolean }> {
    const existing = await findOriginal(hash);
    if (existing !== null) {
      await rm(temp, { force: true });
      return { outcome: await storedMeta(hash, existing), isNew: false };
    }
    const pending = storing.get(hash);
    if (pending !== undefined) {
      await rm(temp, { force: true });
      return { outcome: await pending, isNew: false };
    }
    const work = (async (): Promise<ImageOutcome<ImageMeta>> => {
      try {
        const probed = await engine.probe(temp);
        if (!probed.ok) return probed;
        const meta = { ...probed.value, hash };
        await mkdir(shardDir(hash), { recursive: true });
        await writeFileAtomic(metaPath(hash), JSON.stringify(meta));
        await rename(temp, join(shardDir(hash), `${hash}.${extensionFor(meta)}`));
        return { ok: true, value: meta };
      } finally {
        await rm(temp, { force: true });
      }
    })();
    storing.set(hash, work);
    try {
      return { outcome: await work, isNew: true };
    } finally {
      storing.delete(hash);
    }
  }

  function toResult(name: string, path: string, outcome: ImageOutcome<ImageMeta>, isNew: boolean): ImportResult {
    return outcome.ok ? { name, path, ok: true, meta: outcome.value, isNew } : { name, path, ok: false, error: outcome.code };
  }

  function failure(name: string, path: string, error: unknown, context: string): ImportResult {
    const code = fileErrorCode(error);
    if (code === null) logger.error(`asset ${context} failed`, { path, error });
    return { name, path, ok: false, error: code ?? 'internal' };
  }

  async function importFile(path: string): Promise<ImportResult> {
    const name = basename(path);
    // Paths come from the renderer: a relative one would resolve against our working folder.
    if (!isAbsolute(path)) return { name, path, ok: false, error: 'file-gone' };
    try {
      const info = await lstat(path);
      if (!info.isFile()) return { name, path, ok: false, error: 'not-an-image' };
      if (info.size === 0) return { name, path, ok: false, error: 'empty-file' };
      // Hash first: a photo already stored costs one read and no write.
      const known = await hashFile(path);
      const existing = await findOriginal(known);
      if (existing !== null) return toResult(name, path, await storedMeta(known, existing), false);
      const temp = tempPathFor(join(incomingDir, known));
      // The copy is what we probe and keep; its own hash wins if the file changed in between.
      const { hash, bytes } = await copyHashing(path, temp).catch(async (error: unknown) => {
        await rm(temp, { force: true });
        throw error;
      });
      if (bytes === 0) {
        await rm(temp, { force: true });
        return { name, path, ok: false, error: 'empty-file' };
      }
      const { outcome, isNew } = await storeTemp(hash, temp);
      return toResult(name, path, outcome, isNew);
    } catch (error) {
      return failure(name, path, error, 'import');
    }
  }

  async function expand(paths: readonly string[]): Promise<string[]> {
    const expanded: string[] = [];
    for (const path of paths) {
      // A folder stands for its image files; anything else is imported (and judged) as a file.
      const info = isAbsolute(path) ? await lstat(path).catch(() => null) : null;
      if (info?.isDirectory() === true) expanded.push(...(await listImageFiles(path).catch(() => [])));
      else expanded.push(path);
    }
    return expanded;
  }

  async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
    const results = new Array<R>(items.length);
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const index = next;
        next += 1;
        results[index] = await task(items[index] as T);
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
  }

  return {
    importPaths: async (paths) => mapLimited(await expand(paths), concurrency, importFile),
    importBytes: async (name, bytes) => {
      const path = '';
      if (bytes.byteLength === 0) return { name, path, ok: false, error: 'empty-file' };
      if (bytes.byteLength > MAX_PASTE_BYTES) return { name, path, ok: false, error: 'too-many-pixels' };
      try {
        const hash = createHash('sha256').update(bytes).digest('hex');
        const existing = await findOriginal(hash);
        if (existing !== null) return toResult(name, path, await storedMeta(hash, existing), false);
        const temp = tempPathFor(join(incomingDir, hash));
        await writeFileAtomic(temp, bytes);
        const { outcome, isNew } = await storeTemp(hash, temp);
        return toResult(name, path, outcome, isNew);
      } catch (error) {
        return failure(name, path, error, 'paste');
      }
    },
    has: async (hash) => (await findOriginal(hash)) !== null,
    hashOf: hashFile,
    thumbnail: derived.thumbnail,
    render: derived.render,
    readRendition: derived.readRendition,
    renditionFile: derived.renditionFile,
    originalPath: findOriginal,
    sizeChartFile: derived.sizeChart,
  };
}
