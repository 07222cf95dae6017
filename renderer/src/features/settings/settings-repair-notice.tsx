import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '@shared/ipc/contract';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import './settings.css';

type Repairs = NonNullable<ChannelOutput<'settings:repairs'>>;

/**
 * App-wide, once per start: the settings file could not be read in full (edited by hand, written by
 * a newer version, damaged), so some settings are partly or wholly back to their defaults. Says
 * which, where the file as it was is kept, and leads to Settings to check them.
 */
export function SettingsRepairNotice() {
  const { t } = useTranslation('settings');
  const navigate = useAppStore((s) => s.navigate);
  const [repairs, setRepairs] = useState<Repairs | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void api.settings.repairs({}).then((r) => {
      if (isCurrent && r.ok) setRepairs(r.value);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  if (!repairs) return null;
  const fields = repairs.fields.map((f) => t(`repairs.fields.${f}`)).join(t('repairs.separator'));
  return (
    <div className="settings-repair-notice" role="alert">
      <h2>{t('repairs.title')}</h2>
      <p>{t('repairs.body', { fields })}</p>
      <p className="muted">{repairs.copyPath ? t('repairs.copy', { path: repairs.copyPath }) : t('repairs.noCopy')}</p>
      <div className="settings-repair-actions">
        <button
          type="button"
          className="btn primary"
          onClick={() => {
            setRepairs(null);
            navigate({ name: 'settings' });
          }}
        >
          {t('repairs.check')}
        </button>
        <button type="button" className="btn" onClick={() => setRepairs(null)}>{t('repairs.dismiss')}</button>
      </div>
    </div>
  );
}
