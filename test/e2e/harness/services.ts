import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcRegistry } from '../../../electron/main/ipc/handle';
import { createRegistry } from '../../../electron/main/ipc/register';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import type { ImageEngine } from '../../../electron/services/image-engine';
import { createImagePool } from '../../../electron/services/image-pool';
import { spawnChildProcessWorker } from '../../../electron/services/image-worker-spawn';
import { createLogger } from '../../../electron/services/logger';
import { REPO_ROOT } from './paths';
import { createStandInSecretBox } from '../../fixtures/secret-box';

/**
 * The worker file the app runs in its utilityProcess (built with the renderer by
 * `electron-vite build`), here over child_process; the TypeScript source through tsx when no build
 * exists. The built one also starts about twice as fast.
 */
const BUILT_WORKER = join(REPO_ROOT, 'out', 'main', 'image-worker.js');

export interface HarnessServiceOptions {
  /** What app.getPreferredSystemLanguages()[0] would return. Default en-US. */
  osLocale?: string;
  version?: string;
  platform?: string;
  /** Origin whose frames may call; the harness passes its server's origin. Default app://shelfready. */
  trustedOrigin?: string;
  /** What files:pick (the OS open dialog) returns. Default []: as if cancelled. */
  pickPaths?: string[];
  /** What files:pickFolder (the OS folder dialog) returns. Default null: as if cancelled. */
  pickFolderPath?: string | null;
  /** What sheets:preview's spreadsheet dialog returns. Default null: as if cancelled. */
  pickSheetPath?: string | null;
  /** What the XLIFF open dialog returns. Default null: as if cancelled. */
  xliffOpenPath?: string | null;
  /** What the XLIFF save dialog returns. Default null: as if cancelled. */
  xliffSavePath?: string | null;
  /** Default: the real worker pool (sharp in child processes; out/main/image-worker.js when built), 2 workers, started on first use. */
  imageEngine?: ImageEngine;
  /** Watched-folder poll interval; default 100 ms so tests see files soon. */
  watchedFolderPollMs?: number;
}

export interface HarnessServices {
  /** The very object main builds with createAppServices, with Electron's parts replaced. */
  app: AppServices;
  /** The registry registerIpc() would register: same handlers, same dispatch. */
  registry: IpcRegistry;
  /** URLs that passed the allowlist and would have opened in the system browser. */
  openedUrls: string[];
  /** Folders and files the app asked the OS to open (launches:reveal), recorded instead. */
  openedPaths: string[];
  /** What the next files:pick returns; change it in a test to "choose" other files. */
  pickPaths: string[];
  /** What the next files:pickFolder returns. */
  pickFolderPath: string | null;
  /** What the next spreadsheet dialog (sheets:preview) returns. */
  pickSheetPath: string | null;
  /** What the next XLIFF open dialog returns. */
  xliffOpenPath: string | null;
  /** What the next XLIFF save dialog returns; the file names it was offered are in xliffSaveOffers. */
  xliffSavePath: string | null;
  xliffSaveOffers: string[];
  close(): Promise<void>;
}

/**
 * Builds the services main builds, on `dataDir`. Only Electron-only facts are injected: app info
 * and shell.openExternal (recorded, never opened). Logs go to <dataDir>/logs/main.log like the
 * app's; set SHELFREADY_E2E_LOG=1 to also see them on stderr.
 */
export async function createServices(dataDir: string, options: HarnessServiceOptions = {}): Promise<HarnessServices> {
  const logger = await createLogger({
    filePath: join(dataDir, 'logs', 'main.log'),
    level: 'debug',
    stderr: process.env.SHELFREADY_E2E_LOG === '1',
  });
  const openedUrls: string[] = [];
  const openedPaths: string[] = [];
  const info = { version: options.version ?? '0.0.0-e2e', osLocale: options.osLocale ?? 'en-US', platform: options.platform ?? process.platform };
  const harness = { pickPaths: [...(options.pickPaths ?? [])], pickFolderPath: options.pickFolderPath ?? null, pickSheetPath: options.pickSheetPath ?? null, xliffOpenPath: options.xliffOpenPath ?? null, xliffSavePath: options.xliffSavePath ?? null, xliffSaveOffers: [] as string[] };
  const app = await createAppServices({
    dataDir,
    logger,
    appInfo: () => info,
    openExternal: async (url) => {
      openedUrls.push(url);
    },
    openPath: async (path) => {
      openedPaths.push(path);
    },
    imageEngine:
      options.imageEngine ?? createImagePool({ size: 2, spawn: spawnChildProcessWorker({ entry: existsSync(BUILT_WORKER) ? BUILT_WORKER : undefined }) }),
    pickFiles: async () => [...harness.pickPaths],
    pickFolder: async () => harness.pickFolderPath,
    pickSheet: async () => harness.pickSheetPath,
    pickXliffOpen: async () => harness.xliffOpenPath,
    pickXliffSave: async (fileName) => {
      harness.xliffSaveOffers.push(fileName);
      return harness.xliffSavePath;
    },
    secretBox: createStandInSecretBox(),
    watchedFolder: { pollMs: options.watchedFolderPollMs ?? 100 },
  });
  const registry = createRegistry(app, { trustedOrigin: options.trustedOrigin });
  const close = async () => {
    await app.close().finally(() => logger.close());
  };
  return Object.assign(harness, { app, registry, openedUrls, openedPaths, close });
}
