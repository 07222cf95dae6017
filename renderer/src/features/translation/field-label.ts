import type { TFunction } from 'i18next';
import { parseFieldKey } from '@shared/translation/fields';

/** "Title", "Bullet 2", "Title for Amazon": a translatable field as people name it. */
export function fieldLabel(key: string, t: TFunction<'translation'>, tc: TFunction<'common'>): string {
  const parsed = parseFieldKey(key);
  if (!parsed) return key;
  switch (parsed.kind) {
    case 'bullets':
      return t('fields.bullet', { index: parsed.index + 1 });
    case 'titleOverrides':
      return t('fields.override', { channel: tc(`channels.${parsed.channel}`) });
    default:
      return t(`fields.${parsed.kind}`);
  }
}
