import { createAssetStore, type AssetStore } from './asset-store';
import { createChannelAccountsService, type ChannelAccountsService, type SecretBox } from './channel-accounts';
import type { ImageEngine } from './image-engine';
import type { Logger } from './logger';
import { createSettingsService, type SettingsService } from './settings';
import { createWatchedFolder, followWatchedFolderSetting, type WatchedFolder, type WatchedFolderOptions } from './watched-folder';

/** Facts about the running app that only Electron knows; injected so handlers test without it. */
export interface AppInfo {
  version: string;
  /** The user's first preferred OS language, e.g. "zh-Hans-CN". */
  osLocale: string;
  platform: string;
}

/** Everything the IPC handlers call. Main, the E2E harness and (later) the CLI build it the same way. */
export interface AppServices {
  logger: Logger;
  settings: SettingsService;
  appInfo(): AppInfo;
  /** Electron's shell.openExternal in the app; a recorder in the harness. Callers check the allowlist first. */
  openExternal(url: string): Promise<void>;
  /** Electron's shell.openPath: shows one of the app's own folders or files (never a path from the renderer). */
  openPath(path: string): Promise<void>;
  /** The app's data folder (launch packages and reports live under <dataDir>/launches). */
  dataDir: string;
  /** Originals, thumbnails and renditions in <dataDir>, decoded only by the image engine. */
  assets: AssetStore;
  /** Channel endpoints and their secrets (encrypted with the injected SecretBox). */
  accounts: ChannelAccountsService;
  /** Follows settings.watchedFolder; its imports reach the renderer as `assets:watched`. */
  watchedFolder: WatchedFolder;
  /** The OS open-file dialog for images (Electron's dialog in the app, configured paths in the harness); [] when cancelled. */
  pickFiles(): Promise<string[]>;
  /** The OS folder dialog; null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** The OS open dialog for one spreadsheet (CSV/XLSX); null when cancelled. */
  pickSheet(): Promise<string | null>;
  /** The OS open dialog for one XLIFF file; null when cancelled. */
  pickXliffOpen(): Promise<string | null>;
  /** The OS save dialog for an XLIFF file, suggesting `fileName`; null when cancelled. */
  pickXliffSave(fileName: string): Promise<string | null>;
  /** Stops the watched folder and closes the image engine. */
  close(): Promise<void>;
}

export interface AppServicesOptions {
  /** The app's data folder: app.getPath('userData') in Electron, a temp folder per test. */
  dataDir: string;
  logger: Logger;
  appInfo(): AppInfo;
  openExternal(url: string): Promise<void>;
  /** Electron's shell.openPath in the app; a recorder in the harness and tests (default: does nothing). */
  openPath?(path: string): Promise<void>;
  /** The worker pool (utilityProcess in the app, child processes in tests); owned by the services from here on. */
  imageEngine: ImageEngine;
  pickFiles(): Promise<string[]>;
  pickFolder(): Promise<string | null>;
  /** The spreadsheet dialog (default: as if cancelled, for callers that never import sheets). */
  pickSheet?(): Promise<string | null>;
  /** The XLIFF dialogs (default: as if cancelled). */
  pickXliffOpen?(): Promise<string | null>;
  pickXliffSave?(fileName: string): Promise<string | null>;
  /** Electron's safeStorage in the app; a stand-in in tests and the harness. */
  secretBox: SecretBox;
  /** Poll timing of the watched folder (tests shorten it). */
  watchedFolder?: Pick<WatchedFolderOptions, 'pollMs' | 'stableChecks' | 'rescanMs'>;
}

export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const { dataDir, logger, appInfo, openExternal, imageEngine, pickFiles, pickFolder } = options;
  const settings = await createSettingsService({ dataDir, logger: logger.child({ service: 'settings' }) });
  const accounts = await createChannelAccountsService({ dataDir, box: options.secretBox, logger: logger.child({ service: 'accounts' }) });
  const assets = createAssetStore({ dataDir, engine: imageEngine, logger: logger.child({ service: 'assets' }) });
  const watchedLogger = logger.child({ service: 'watched-folder' });
  const watchedFolder = createWatchedFolder({ assets, logger: watchedLogger, ...options.watchedFolder });
  const unfollow = followWatchedFolderSetting(settings, watchedFolder, watchedLogger);
  const close = async () => {
    unfollow();
    await watchedFolder.close();
    await imageEngine.close();
  };
  const openPath = options.openPath ?? (async () => {});
  const pickSheet = options.pickSheet ?? (async () => null);
  const pickXliffOpen = options.pickXliffOpen ?? (async () => null);
  const pickXliffSave = options.pickXliffSave ?? (async () => null);
  return { logger, settings, appInfo, openExternal, openPath, dataDir, accounts, assets, watchedFolder, pickFiles, pickFolder, pickSheet, pickXliffOpen, pickXliffSave, close };
}
