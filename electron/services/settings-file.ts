import { z } from 'zod';
import { marketSchema, marketsSchema } from '../../shared/markets/market';
import { CHANNEL_IDS } from '../../shared/model/ids';
import { roundingRuleSchema, roundingRulesSchema } from '../../shared/markets/rounding';
import { checklistSettingsSchema, DEFAULT_SETTINGS, glossaryEntrySchema, glossarySchema, MAX_CHECKLIST_TERMS, MAX_GLOSSARY_ENTRIES, settingsSchema, termSchema, type ChecklistSettings, type Settings } from '../../shared/model/settings';
import type { Logger } from './logger';

/*
 * Reading the stored settings so that one bad entry costs as little as possible: each top-level
 * field is validated on its own, and within the lists the valid entries are kept. A hand-edited
 * glossary with one overlong term keeps its other terms; a market naming a channel this version
 * does not know keeps the market with its known channels; a bad margin keeps the 广告法 edits and
 * competitor brands. Whatever still cannot be read falls back to its default and is logged, and
 * the service keeps a copy of the file as it was (json-file keepAside) before anything overwrites it.
 */

/** Any JSON object: which of its fields are usable is decided here, field by field. */
export const settingsFileSchema = z.record(z.string(), z.unknown());

export interface SettingsFromFile {
  settings: Settings;
  /** Top-level fields that were present but not (wholly) usable. */
  repaired: (keyof Settings)[];
}

/**
 * The entries of a list that are valid on their own, if the list of them is valid as a whole; none
 * when nothing of a non-empty list is usable (the default then serves better than an empty list).
 */
function salvageList<T>(value: unknown, entry: z.ZodType, whole: z.ZodType<T>, prepare: (item: unknown) => unknown = (item) => item, max = Infinity): T | undefined {
  if (!Array.isArray(value)) return undefined;
  const kept = value.flatMap((item) => {
    const parsed = entry.safeParse(prepare(item));
    return parsed.success ? [parsed.data] : [];
  }).slice(0, max);
  if (kept.length === 0 && value.length > 0) return undefined;
  const parsed = whole.safeParse(kept);
  return parsed.success ? parsed.data : undefined;
}

/** A market from a newer version may name channels this one lacks: those are dropped, the market kept. */
function knownChannelsOnly(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || !('channels' in item) || !Array.isArray(item.channels)) return item;
  return { ...item, channels: item.channels.filter((c: unknown) => (CHANNEL_IDS as readonly unknown[]).includes(c)) };
}

function salvageTerms(value: unknown): string[] {
  return salvageList(value, termSchema, z.array(z.string()), undefined, MAX_CHECKLIST_TERMS) ?? [];
}

function salvageChecklist(value: unknown): ChecklistSettings | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const data = value as Record<string, unknown>;
  const margin = checklistSettingsSchema.shape.minMarginPercent.safeParse(data.minMarginPercent);
  const adTerms = typeof data.adTerms === 'object' && data.adTerms !== null ? (data.adTerms as Record<string, unknown>) : {};
  const checklist = {
    minMarginPercent: margin.success ? margin.data : DEFAULT_SETTINGS.checklist.minMarginPercent,
    adTerms: { added: salvageTerms(adTerms.added), removed: salvageTerms(adTerms.removed) },
    competitorBrands: salvageTerms(data.competitorBrands),
  };
  const parsed = checklistSettingsSchema.safeParse(checklist);
  return parsed.success ? parsed.data : undefined;
}

export function settingsFromFile(data: Record<string, unknown>, logger: Logger): SettingsFromFile {
  const fields = settingsSchema.shape;
  const repaired: (keyof Settings)[] = [];
  function field<K extends keyof Settings>(key: K, schema: z.ZodType<Settings[K]>, salvage?: (value: unknown) => Settings[K] | undefined): Settings[K] {
    const parsed = schema.safeParse(data[key]);
    if (parsed.success) return parsed.data;
    // A field that is simply absent (a file written before it existed) takes its default quietly.
    if (!(key in data)) return DEFAULT_SETTINGS[key];
    repaired.push(key);
    const kept = salvage?.(data[key]);
    logger.warn(kept === undefined ? 'json file invalid field, using its default' : 'json file invalid field, kept its valid entries', { field: key, issues: parsed.error.issues.length });
    return kept ?? DEFAULT_SETTINGS[key];
  }
  const settings: Settings = {
    language: field('language', fields.language),
    watchedFolder: field('watchedFolder', fields.watchedFolder),
    checklist: field('checklist', fields.checklist, salvageChecklist),
    markets: field('markets', fields.markets, (v) => salvageList(v, marketSchema, marketsSchema, knownChannelsOnly)),
    rates: field('rates', fields.rates),
    rounding: field('rounding', fields.rounding, (v) => salvageList(v, roundingRuleSchema, roundingRulesSchema)),
    glossary: field('glossary', fields.glossary, (v) => salvageList(v, glossaryEntrySchema, glossarySchema, undefined, MAX_GLOSSARY_ENTRIES)),
  };
  return { settings, repaired };
}
