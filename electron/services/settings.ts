import { join } from 'node:path';
import { settingsSchema, type ChecklistSettings, type Settings } from '../../shared/model/settings';
import { createSerialQueue, keepAside, readJsonFile, writeJsonFileAtomic } from './json-file';
import { settingsFileSchema, settingsFromFile } from './settings-file';
import type { Logger } from './logger';

export const SETTINGS_FILE = 'settings.json';

type Defined<T> = { [K in keyof T]?: T[K] | undefined };

/** Checklist fields left undefined are kept; adTerms.added / removed each replace their list when given. */
export type ChecklistSettingsPatch = Defined<Omit<ChecklistSettings, 'adTerms'>> & { adTerms?: Defined<ChecklistSettings['adTerms']> | undefined };

/** Fields left undefined are kept; `language: null` means "follow the OS" and is stored. */
export type SettingsPatch = Defined<Omit<Settings, 'checklist'>> & { checklist?: ChecklistSettingsPatch | undefined };

export interface SettingsService {
  get(): Settings;
  /** Persists before resolving; notifies listeners only when something changed. */
  update(patch: SettingsPatch): Promise<Settings>;
  onChange(listener: (settings: Settings) => void): () => void;
  /** What the settings file needed repaired when it was read at start (null: nothing), for the user to be told. */
  repairs(): SettingsRepairs | null;
}

export interface SettingsRepairs {
  /** Top-level fields that were kept in part or replaced by their defaults. */
  fields: (keyof Settings)[];
  /** Where the file as it was is kept; null when it could not be copied. */
  copyPath: string | null;
}

export interface SettingsServiceOptions {
  dataDir: string;
  logger: Logger;
}

function definedOnly(patch: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

/** The patch applied over `current`, one level deep into checklist and checklist.adTerms; not yet validated. */
export function mergeSettings(current: Settings, patch: SettingsPatch): unknown {
  const { checklist, ...top } = patch;
  if (checklist === undefined) return { ...current, ...definedOnly(top) };
  const { adTerms, ...rest } = checklist;
  return {
    ...current,
    ...definedOnly(top),
    checklist: { ...current.checklist, ...definedOnly(rest), adTerms: { ...current.checklist.adTerms, ...definedOnly(adTerms ?? {}) } },
  };
}

function isSame(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function createSettingsService({ dataDir, logger }: SettingsServiceOptions): Promise<SettingsService> {
  const filePath = join(dataDir, SETTINGS_FILE);
  // A missing, corrupt or non-object file reads as {}: every field then takes its default (a corrupt
  // one is kept aside by readJsonFile). A file with fields that needed repair is kept aside too, and
  // the repaired settings are written back at once, so the next start neither repairs nor copies again.
  const loaded = settingsFromFile(await readJsonFile(filePath, settingsFileSchema, {}, logger), logger);
  let repairs: SettingsRepairs | null = null;
  if (loaded.repaired.length > 0) {
    const copyPath = await keepAside(filePath, logger);
    if (copyPath !== null) await writeJsonFileAtomic(filePath, loaded.settings);
    repairs = { fields: loaded.repaired, copyPath };
  }
  let current = loaded.settings;
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
    repairs: () => repairs,
    update: (patch) =>
      serial(async () => {
        const next = settingsSchema.parse(mergeSettings(current, patch));
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
