import { z } from 'zod';

export const UI_LANGUAGES = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Maps an OS locale ("zh-Hans-CN", "zh_TW", "en-GB", "de") to a UI language we ship. */
export function uiLanguageFor(osLocale: string): UiLanguage {
  return /^zh\b|^zh[-_]/i.test(osLocale) ? 'zh-CN' : 'en';
}

export const WATCHED_FOLDER_MAX_LENGTH = 4096;

export const settingsSchema = z.object({
  /** null until the user picks one: the UI then follows the OS language. */
  language: z.enum(UI_LANGUAGES).nullable(),
  /** The designer folder whose new images are imported as they appear; null = none. Older files lack it. */
  watchedFolder: z.string().max(WATCHED_FOLDER_MAX_LENGTH).nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { language: null, watchedFolder: null };
