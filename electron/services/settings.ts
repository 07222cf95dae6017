import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_SETTINGS, settingsSchema, type ChecklistSettings, type Settings } from '../../shared/model/settings';
import { createSerialQueue, readJsonFile, writeJsonFileAtomic } from './json-file';
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

/** Any JSON object: which of its fields are usable is decided field by field in settingsFromFile. */
const settingsFileSchema = z.record(z.string(), z.unknown());

/**
 * The stored settings, each top-level field validated on its own: one bad field (a hand-edited
 * rate, a market from a newer version) falls back to its default and is logged, while the
 * others, say the merchant's glossary, are kept. A field that is simply absent (a file written
 * before it existed) takes its default quietly.
 */
export function settingsFromFile(data: Record<string, unknown>, logger: Logger): Settings {
  const fields = settingsSchema.shape;
  function field<K extends keyof Settings>(key: K, schema: z.ZodType<Settings[K]>): Settings[K] {
    const parsed = schema.safeParse(data[key]);
    if (parsed.success) return parsed.data;
    if (key in data) logger.warn('json file invalid field, using its default', { field: key, issues: parsed.error.issues.length });
    return DEFAULT_SETTINGS[key];
  }
  return {
    language: field('language', fields.language),
    watchedFolder: field('watchedFolder', fields.watchedFolder),
    checklist: field('checklist', fields.checklist),
    markets: field('markets', fields.markets),
    rates: field('rates', fields.rates),
    rounding: field('rounding', fields.rounding),
    glossary: field('glossary', fields.glossary),
  };
}

function isSame(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function createSettingsService({ dataDir, logger }: SettingsServiceOptions): Promise<SettingsService> {
  const filePath = join(dataDir, SETTINGS_FILE);
  // A missing, corrupt or non-object file reads as {}: every field then takes its default.
  let current = settingsFromFile(await readJsonFile(filePath, settingsFileSchema, {}, logger), logger);
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
