import type { Logger } from './logger';
import { createSettingsService, type SettingsService } from './settings';

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
}

export interface AppServicesOptions {
  /** The app's data folder: app.getPath('userData') in Electron, a temp folder per test. */
  dataDir: string;
  logger: Logger;
  appInfo(): AppInfo;
  openExternal(url: string): Promise<void>;
}

export async function createAppServices({ dataDir, logger, appInfo, openExternal }: AppServicesOptions): Promise<AppServices> {
  const settings = await createSettingsService({ dataDir, logger: logger.child({ service: 'settings' }) });
  return { logger, settings, appInfo, openExternal };
}
