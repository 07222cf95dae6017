import i18next from 'i18next';
import type { ChecklistItem } from '../../shared/checklist/types';
import enChecklist from '../../renderer/src/i18n/locales/en/checklist.json';
import enCli from '../../renderer/src/i18n/locales/en/cli.json';
import zhChecklist from '../../renderer/src/i18n/locales/zh-CN/checklist.json';
import zhCli from '../../renderer/src/i18n/locales/zh-CN/cli.json';

/*
 * The CLI's messages come from the app's locale files (the `cli` namespace, and `checklist` for
 * item texts), so a checklist item reads the same in the terminal as in the app.
 */

export const CLI_LANGS = ['en', 'zh-CN'] as const;
export type CliLang = (typeof CLI_LANGS)[number];

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface Messages {
  lang: CliLang;
  t: Translate;
  /** A checklist item as a sentence, as the app's checklist panel writes it. */
  item(item: ChecklistItem): string;
}

/** LC_ALL wins over LANG, as in every POSIX tool; anything starting with zh is Chinese. */
export function langFromEnv(env: NodeJS.ProcessEnv): CliLang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function parseLang(value: string): CliLang | null {
  const lower = value.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
  return null;
}

/** Item params that are codes themselves (units, slots, fields) and are translated first. */
const TRANSLATED_PARAMS: Record<string, string> = { unit: 'units', slot: 'slots', field: 'fields', category: 'adCategories' };

export async function createMessages(lang: CliLang): Promise<Messages> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: 'en',
    ns: ['cli', 'checklist'],
    defaultNS: 'cli',
    resources: { en: { cli: enCli, checklist: enChecklist }, 'zh-CN': { cli: zhCli, checklist: zhChecklist } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const t: Translate = (key, params) => String(instance.t(key, params ?? {}));
  return {
    lang,
    t,
    item(item) {
      const params: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(item.params)) {
        const ns = Object.hasOwn(TRANSLATED_PARAMS, name) ? TRANSLATED_PARAMS[name] : undefined;
        params[name] = ns ? t(`checklist:${ns}.${String(value)}`, { defaultValue: String(value) }) : value;
      }
      const message = t(`checklist:items.${item.code}`, params);
      return item.variantGroup ? `${message} · ${t('checklist:variantGroup', { values: item.variantGroup.values.join(', ') })}` : message;
    },
  };
}
