import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './use-settings-save';

/** "Saved" or the translated reason a save failed, next to the field that was saved. */
export function SaveStatusMessage({ status, id }: { status: SaveStatus; id?: string }) {
  const { t } = useTranslation(['settings', 'errors']);
  if (status.kind === 'idle') return null;
  if (status.kind === 'saved') return <p id={id} className="settings-status ok" role="status">{t('settings:checklist.saved')}</p>;
  // A refused value says why; anything else is the settings file (main's errors:internal would claim the work is saved).
  const text = status.code === 'invalid-input' ? t('settings:checklist.saveFailed.invalid', { reason: t('errors:invalid-input') }) : t('settings:checklist.saveFailed.other');
  return <p id={id} className="settings-status error" role="alert">{text}</p>;
}
