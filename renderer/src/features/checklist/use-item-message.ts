import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '@shared/checklist/types';

/** Params that are codes themselves and need their own translation before they fill a message. */
const TRANSLATED_PARAMS = { unit: 'units', slot: 'slots', field: 'fields', category: 'adCategories' } as const;

function isTranslatedParam(name: string): name is keyof typeof TRANSLATED_PARAMS {
  return Object.hasOwn(TRANSLATED_PARAMS, name);
}

/** A checklist item as a sentence in the UI language, with its variant rollup ("all Red variants"). */
export function formatItemMessage(t: TFunction<'checklist'>, item: Pick<ChecklistItem, 'code' | 'params' | 'variantGroup'>): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(item.params)) {
    params[name] = isTranslatedParam(name) ? t(`${TRANSLATED_PARAMS[name]}.${String(value)}`, { defaultValue: String(value) }) : value;
  }
  const message = t(`items.${item.code}`, params);
  return item.variantGroup ? `${message} · ${t('variantGroup', { values: item.variantGroup.values.join(', ') })}` : message;
}

export function useItemMessage(): (item: ChecklistItem) => string {
  const { t } = useTranslation('checklist');
  return useCallback((item: ChecklistItem) => formatItemMessage(t, item), [t]);
}
