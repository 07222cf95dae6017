import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, realpath } from 'node:fs/promises';
import { availableParallelism, homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BundleProblem } from '../../shared/bundle/problems';
import type { ImageMeta } from '../../shared/images/types';
import type { Listing } from '../../shared/model/listing';
import { createAssetStore, type AssetStore } from '../services/asset-store';
import { readBundle, type LoadedBundle } from '../services/bundle-files';
import { createImagePool, type ImagePool } from '../services/image-pool';
import { spawnChildProcessWorker } from '../services/image-worker-spawn';
import { createLogger, type Logger } from '../services/logger';
import { InputError, type Output } from './io';

/*
 * What every bundle command works on: the bundle read and validated by the app's own reader, its
 * images stored in an asset store in a cache folder (content-addressed, so the second run decodes
 * nothing), and an image engine of child-process workers. `close()` stops the workers; without it
 * the process would not exit.
 */

export interface ImageProblem {
  assetId: string;
  code: string;
}

export interface Workspace {
  bundle: LoadedBundle;
  /** The bundle's listings with asset ids as the store knows them. */
  listings: Listing[];
  assets: AssetStore;
  engine: ImagePool;
  logger: Logger;
  dataDir: string;
  imageMeta(assetId: string): ImageMeta | undefined;
  imageProblems: ImageProblem[];
  close(): Promise<void>;
}

/** The OS's cache folder, or the temp folder when there is none. */
function cacheRoot(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32' && env.LOCALAPPDATA) return env.LOCALAPPDATA;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches');
  if (env.XDG_CACHE_HOME) return env.XDG_CACHE_HOME;
  const home = homedir();
  return home ? join(home, '.cache') : tmpdir();
}

export function defaultDataDir(key: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return join(cacheRoot(env), 'shelfready-cli', hash);
}

/** The built worker next to the built CLI (out/main/image-worker.js), else the TS source via tsx. */
function workerEntry(): string | undefined {
  const built = join(dirname(fileURLToPath(import.meta.url)), 'image-worker.js');
  return existsSync(built) ? built : undefined;
}

export async function createEngineAndStore(dataDir: string): Promise<{ engine: ImagePool; assets: AssetStore; logger: Logger }> {
  await mkdir(dataDir, { recursive: true });
  // Diagnostics go to a log file in the cache folder; the terminal gets translated messages only.
  const logger = await createLogger({ filePath: join(dataDir, 'cli.log'), stderr: false, level: 'info' });
  const engine = createImagePool({ size: Math.max(1, Math.min(4, availableParallelism())), spawn: spawnChildProcessWorker({ entry: workerEntry() }) });
  const assets = createAssetStore({ dataDir, engine, logger });
  return { engine, assets, logger };
}

/** Bundle problems as one translated line each: "– an image file is missing (assetId: a1, path: images/a1.jpg)". */
export function bundleProblemLines(out: Output, problems: readonly BundleProblem[]): string[] {
  const { t } = out.messages;
  return problems.map((p) => {
    const code = p.code.replace(/^bundle\./, '');
    const details = Object.entries(p.params).map(([k, v]) => `${k}: ${String(v)}`).join(', ');
    return `  – ${t(`bundle.problems.${code}`, p.params)}${details ? t('bundle.where', { details }) : ''}`;
  });
}

export async function openWorkspace(out: Output, bundleDir: string, options: { dataDir?: string }): Promise<Workspace> {
  const dir = resolve(bundleDir);
  const read = await readBundle(dir);
  if (!read.ok) throw new InputError('bundle.refused', { path: dir }, bundleProblemLines(out, read.errors));
  const bundle = read.bundle;
  const dataDir = options.dataDir ? resolve(options.dataDir) : defaultDataDir(await realpath(dir));
  const { engine, assets, logger } = await createEngineAndStore(dataDir);

  try {
    const metas = new Map<string, ImageMeta>();
    const remap = new Map<string, string>();
    const imageProblems: ImageProblem[] = [];
    const total = bundle.images.length;
    // One call, so the store probes up to its concurrency at once; progress by chunks.
    const chunk = 16;
    for (let start = 0; start < total; start += chunk) {
      const slice = bundle.images.slice(start, start + chunk);
      const results = await assets.importPaths(slice.map((i) => i.path));
      results.forEach((result, n) => {
        const image = slice[n];
        if (!image) return;
        if (result.ok) {
          metas.set(result.meta.hash, result.meta);
          if (result.meta.hash !== image.assetId) remap.set(image.assetId, result.meta.hash);
        } else {
          imageProblems.push({ assetId: image.assetId, code: result.error });
        }
      });
      out.progress(Math.min(total, start + chunk), total, out.messages.t('images.progress'));
    }
    for (const problem of imageProblems) out.note(out.messages.t('images.failed', { ...problem }));
    const listings = remap.size === 0
      ? bundle.listings
      : bundle.listings.map((l) => ({ ...l, images: l.images.map((ref) => ({ ...ref, assetId: remap.get(ref.assetId) ?? ref.assetId })) }));
    return {
      bundle, listings, assets, engine, logger, dataDir, imageProblems,
      imageMeta: (id) => metas.get(id),
      async close() {
        await engine.close();
        await logger.close();
      },
    };
  } catch (error) {
    await engine.close();
    await logger.close();
    throw error;
  }
}
