import { join } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/model/settings';
import { createSerialQueue, readJsonFile, writeJsonFileAtomic } from './json-file';
import type { Logger } from './logger';

export const SETTINGS_FILE = 'settings.json';

/** Fields left undefined are kept; `language: null` means "follow the OS" and is stored. */
export type SettingsPatch = { [K in keyof Settings]?: Settings[K] | undefined };

export interface SettingsService {
  get(): Settings;
  /** Persists before resolving; notifies listeners only when something changed. */
  update(patch: SettingsPatch): Promise<Settings>;
  onChange(listener: (settings: Settings) => void): () => void;
}

export interface SettingsServiceOptions {
  dataDir: string;
  logger: Logger;
}

function isSame(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function createSettingsService({ dataDir, logger }: SettingsServiceOptions): Promise<SettingsService> {
  const filePath = join(dataDir, SETTINGS_FILE);
  let current = await readJsonFile(filePath, settingsSchema, DEFAULT_SETTINGS, logger);
  const listeners = new Set<(settings: Settings) => void>();
  const serial = createSerialQueue();

  const notify = (settings: Settings) => {
    for (const listener of listeners) {
      try {
        listener(settings);
      } catch (error) {
        // One broken subscriber must not stop the others or fail the update that already landed.
        logger.error('settings listener failed', { error });
      }
    }
  };

  return {
    get: () => current,
    update: (patch) =>
      serial(async () => {
        const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
        const next = settingsSchema.parse({ ...current, ...defined });
        if (isSame(next, current)) return current;
        await writeJsonFileAtomic(filePath, next);
        current = next;
        notify(next);
        return next;
      }),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
