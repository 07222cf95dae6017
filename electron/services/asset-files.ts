import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { hasImageExtension } from '../../shared/images/naming';
import type { ImageErrorCode } from '../../shared/images/types';

/*
 * File helpers for the asset store and the watched folder: streaming SHA-256, copy-while-hashing,
 * atomic writes, the folder walk and the names we never import. No electron, no sharp.
 */

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Editors' and browsers' in-progress and hidden files: .DS_Store, ~$lock, .tmp, .part, .crdownload … */
export function isIgnoredName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('.') ||
    lower.startsWith('~$') ||
    lower === 'thumbs.db' ||
    lower === 'desktop.ini' ||
    /\.(tmp|temp|part|crdownload|download|partial|swp)$/.test(lower)
  );
}

/** SHA-256 of a file, read as a stream (originals can be hundreds of MB). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Copies `from` to `to` in one read, hashing the bytes on the way; fsyncs before resolving. */
export async function copyHashing(from: string, to: string): Promise<{ hash: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      callback(null, chunk);
    },
  });
  await mkdir(dirname(to), { recursive: true });
  const out = createWriteStream(to, { flags: 'wx' });
  await pipeline(createReadStream(from), tap, out);
  await syncFile(to);
  return { hash: hash.digest('hex'), bytes };
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A unique temp path next to `finalPath` (same folder, so rename is atomic); keeps the extension for tools that read it. */
export function tempPathFor(finalPath: string): string {
  const dot = finalPath.lastIndexOf('.');
  const ext = dot > finalPath.lastIndexOf('/') && dot > finalPath.lastIndexOf('\\') ? finalPath.slice(dot) : '';
  return `${finalPath}.${randomUUID().slice(0, 8)}.tmp${ext}`;
}

/** Temp file in the same folder, fsync, rename: readers see the old file or the new one, never half. */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Image files directly in `dir`, by name: not recursive, symlinks and ignored names skipped. */
export async function listImageFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !isIgnoredName(entry.name) && hasImageExtension(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
    .map((name) => join(dir, name));
}

function errnoOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** File-system errors the user causes (moved, deleted, locked, no permission) are `file-gone`; null = unexpected. */
export function fileErrorCode(error: unknown): ImageErrorCode | null {
  const code = errnoOf(error);
  return code !== undefined && ['ENOENT', 'EACCES', 'EPERM', 'EBUSY', 'EISDIR', 'ENOTDIR', 'ELOOP', 'EIO'].includes(code) ? 'file-gone' : null;
}

export function isMissing(error: unknown): boolean {
  return errnoOf(error) === 'ENOENT';
}
