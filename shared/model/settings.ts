import { z } from 'zod';
import { DEFAULT_MARKETS, marketsSchema } from '../markets/market';
import { EXAMPLE_RATE_TABLE, rateTableSchema } from '../markets/rates';
import { DEFAULT_ROUNDING_RULES, roundingRulesSchema } from '../markets/rounding';
import { COPY_LOCALES } from './ids';

export const UI_LANGUAGES = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Maps an OS locale ("zh-Hans-CN", "zh_TW", "en-GB", "de") to a UI language we ship. */
export function uiLanguageFor(osLocale: string): UiLanguage {
  return /^zh\b|^zh[-_]/i.test(osLocale) ? 'zh-CN' : 'en';
}

export const WATCHED_FOLDER_MAX_LENGTH = 4096;

export const MAX_CHECKLIST_TERMS = 2000;
/** One 广告法 term or competitor brand. */
export const termSchema = z.string().trim().min(1).max(100);
const termList = z.array(termSchema).max(MAX_CHECKLIST_TERMS);

/** What the readiness checklist reads besides the rule packs; all of it the user's to change. */
export const checklistSettingsSchema = z.object({
  /** Margin over cost under this percentage of the price is a warning. */
  minMarginPercent: z.number().min(0).max(95).default(15),
  /** Edits to the built-in 广告法 absolute-term list (shared/rules/ad-law-terms.ts). */
  adTerms: z.object({ added: termList.default([]), removed: termList.default([]) }).default({ added: [], removed: [] }),
  /** Other brands' names: a listing that mentions one is not ready. */
  competitorBrands: termList.default([]),
});
export type ChecklistSettings = z.infer<typeof checklistSettingsSchema>;
export const DEFAULT_CHECKLIST_SETTINGS: ChecklistSettings = { minMarginPercent: 15, adTerms: { added: [], removed: [] }, competitorBrands: [] };

export const MAX_GLOSSARY_ENTRIES = 2000;

/** One agreed term: its working form and its form per copy locale (shared/translation/glossary.ts). */
export const glossaryEntrySchema = z.object({
  term: z.string().trim().min(1).max(100),
  translations: z.partialRecord(z.enum(COPY_LOCALES), z.string().trim().max(100)),
});
export const glossarySchema = z.array(glossaryEntrySchema).max(MAX_GLOSSARY_ENTRIES);

export const settingsSchema = z.object({
  /** null until the user picks one: the UI then follows the OS language. */
  language: z.enum(UI_LANGUAGES).nullable(),
  /** The designer folder whose new images are imported as they appear; null = none. Older files lack it. */
  watchedFolder: z.string().max(WATCHED_FOLDER_MAX_LENGTH).nullable().default(null),
  checklist: checklistSettingsSchema.default(DEFAULT_CHECKLIST_SETTINGS),
  /** Where the merchant sells (locale, currency, units, channels). Settings saved before markets lack it. */
  markets: marketsSchema.default(DEFAULT_MARKETS),
  /** Hand-kept exchange rates for derived prices; the default is an example table (updatedAt null). */
  rates: rateTableSchema.default(EXAMPLE_RATE_TABLE),
  /** Per-currency rounding of derived prices; a currency without a rule rounds to its smallest unit. */
  rounding: roundingRulesSchema.default(DEFAULT_ROUNDING_RULES),
  /** Agreed translations of terms; the checklist warns when a translation does not use them. */
  glossary: glossarySchema.default([]),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  watchedFolder: null,
  checklist: DEFAULT_CHECKLIST_SETTINGS,
  markets: DEFAULT_MARKETS,
  rates: EXAMPLE_RATE_TABLE,
  rounding: DEFAULT_ROUNDING_RULES,
  glossary: [],
};
