import { watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { hasImageExtension } from '../../shared/images/naming';
import { isIgnoredName } from './asset-files';
import { createSerialQueue } from './json-file';
import type { AssetStore, ImportResult } from './asset-store';
import type { Logger } from './logger';
import type { SettingsService } from './settings';

/*
 * The designer's folder: new image files are imported into the asset store as they appear and
 * announced with their results (the renderer attaches them by the file-name convention).
 * - A file is imported once its size and mtime have held still over `stableChecks` polls: design
 *   apps write in steps, and half a JPEG would fail as `truncated`.
 * - fs.watch only makes the next poll come sooner; every poll lists the folder itself, so events
 *   that fs.watch misses (network drives, editors that rename into place) are still caught.
 * - Files already in the store (by hash) are skipped silently: the start-up scan of a folder full
 *   of old photos announces nothing. Hidden and temp files (.DS_Store, ~$…, .tmp, .part,
 *   .crdownload) are never looked at. Not recursive.
 */

export interface WatchedFolderOptions {
  assets: Pick<AssetStore, 'importPaths' | 'has' | 'hashOf'>;
  logger: Logger;
  /** Time between polls while files are settling. 0 = no timers: tests call poll(). Default 500 ms. */
  pollMs?: number;
  /** Polls with the same size and mtime before a file counts as written. Default 2. */
  stableChecks?: number;
  /** Time between full rescans when nothing is settling. Default 10 s. */
  rescanMs?: number;
}

export interface WatchedFolder {
  /** Stops watching the current folder and starts on `folder`; null stops. Resolves after the first scan. */
  setFolder(folder: string | null): Promise<void>;
  /** Listeners get each batch of imported (or failed) files. */
  onImported(listener: (results: ImportResult[]) => void): () => void;
  /** One pass: list the folder, advance settling files, import the settled ones. */
  poll(): Promise<void>;
  close(): Promise<void>;
}

interface Settling {
  size: number;
  mtimeMs: number;
  stableCount: number;
}

export function createWatchedFolder({ assets, logger, pollMs = 500, stableChecks = 2, rescanMs = 10_000 }: WatchedFolderOptions): WatchedFolder {
  const listeners = new Set<(results: ImportResult[]) => void>();
  let folder: string | null = null;
  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  let generation = 0;
  let running: Promise<void> | null = null;
  /** path → the size:mtime we last handled, so a file is looked at again only when it changes. */
  const handled = new Map<string, string>();
  const settling = new Map<string, Settling>();
  // Settings can change twice in a row: each switch finishes before the next starts.
  const serial = createSerialQueue();

  const emit = (results: ImportResult[]) => {
    for (const listener of listeners) {
      try {
        listener(results);
      } catch (error) {
        logger.error('watched folder listener failed', { error });
      }
    }
  };

  const schedule = (delay: number) => {
    if (pollMs === 0 || folder === null) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void poll();
    }, delay);
    timer.unref();
  };

  async function listCandidates(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && !isIgnoredName(e.name) && hasImageExtension(e.name)).map((e) => join(dir, e.name));
  }

  async function importSettled(paths: string[], myGeneration: number): Promise<void> {
    const results: ImportResult[] = [];
    for (const path of paths) {
      const isKnown = await assets
        .hashOf(path)
        .then((hash) => assets.has(hash))
        .catch(() => false);
      if (isKnown) continue;
      results.push(...(await assets.importPaths([path])));
    }
    if (results.length > 0 && myGeneration === generation) {
      logger.info('watched folder imported files', { count: results.length, failed: results.filter((r) => !r.ok).length });
      emit(results);
    }
  }

  async function pollOnce(): Promise<void> {
    const dir = folder;
    const myGeneration = generation;
    if (dir === null) return;
    let paths: string[];
    try {
      paths = await listCandidates(dir);
    } catch (error) {
      logger.warn('watched folder unreadable', { folder: dir, error });
      return;
    }
    const settled: string[] = [];
    for (const path of paths) {
      const info = await stat(path).catch(() => null);
      if (info === null || !info.isFile()) continue;
      const signature = `${info.size}:${info.mtimeMs}`;
      if (handled.get(path) === signature) continue;
      const previous = settling.get(path);
      const isSame = previous !== undefined && previous.size === info.size && previous.mtimeMs === info.mtimeMs;
      // A zero-byte file is usually one an app has created and not written yet.
      const stableCount = isSame && info.size > 0 ? previous.stableCount + 1 : 0;
      if (stableCount >= stableChecks) {
        settling.delete(path);
        handled.set(path, signature);
        settled.push(path);
      } else {
        settling.set(path, { size: info.size, mtimeMs: info.mtimeMs, stableCount });
      }
    }
    for (const path of settling.keys()) if (!paths.includes(path)) settling.delete(path);
    if (settled.length > 0) await importSettled(settled, myGeneration);
  }

  function poll(): Promise<void> {
    // One pass at a time; a call during a pass waits for it and then runs its own.
    const previous = running ?? Promise.resolve();
    const next = previous.then(pollOnce).catch((error: unknown) => logger.error('watched folder poll failed', { error }));
    running = next;
    return next.finally(() => {
      if (running === next) running = null;
      schedule(settling.size > 0 ? pollMs : rescanMs);
    });
  }

  async function stop(): Promise<void> {
    generation += 1;
    folder = null;
    watcher?.close();
    watcher = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    settling.clear();
    handled.clear();
    await running;
  }

  return {
    setFolder: (next) => serial(() => start(next)),
    onImported: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    poll,
    close: () =>
      serial(async () => {
        await stop();
        listeners.clear();
      }),
  };

  async function start(next: string | null): Promise<void> {
    if (next === folder) return;
    await stop();
    if (next === null) return;
    const info = isAbsolute(next) ? await stat(next).catch(() => null) : null;
    if (info === null || !info.isDirectory()) {
      logger.warn('watched folder is not a folder; not watching', { folder: next });
      return;
    }
    folder = next;
    try {
      watcher = watch(next, { persistent: false }, () => schedule(Math.min(pollMs, 100)));
      watcher.on('error', (error) => logger.warn('watched folder watcher failed; polling only', { folder: next, error }));
    } catch (error) {
      logger.warn('fs.watch unavailable; polling only', { folder: next, error });
    }
    logger.info('watching folder', { folder: next });
    await poll();
  }
}

/** Follows settings.watchedFolder: starts on the current value and restarts whenever it changes. */
export function followWatchedFolderSetting(settings: Pick<SettingsService, 'get' | 'onChange'>, watched: WatchedFolder, logger: Logger): () => void {
  const apply = (folder: string | null) => {
    watched.setFolder(folder).catch((error: unknown) => logger.error('watched folder could not start', { folder, error }));
  };
  apply(settings.get().watchedFolder);
  return settings.onChange((next) => apply(next.watchedFolder));
}
