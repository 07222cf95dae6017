import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, uiLanguageFor, type Settings, type UiLanguage } from '@shared/model/settings';
import { api } from '../../lib/api';
import { changeLanguage } from '../../i18n';
import { WatchedFolderField } from './watched-folder-field';
import { ChecklistSettingsCard } from './checklist-settings-card';
import { AccountsCard } from './accounts/accounts-card';
import { GlossaryCard } from './markets/glossary-card';
import { MarketsCard } from './markets/markets-card';
import { RatesCard } from './markets/rates-card';

interface Info { version: string; osLocale: string }

export function SettingsPage() {
  const { t } = useTranslation('settings');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [info, setInfo] = useState<Info | null>(null);

  useEffect(() => {
    void api.settings.get({}).then((r) => r.ok && setSettings(r.value));
    void api.app.info({}).then((r) => r.ok && setInfo(r.value));
  }, []);

  const systemLanguage: UiLanguage = uiLanguageFor(info?.osLocale ?? 'en');

  async function pick(value: string) {
    const language = value === 'system' ? null : (UI_LANGUAGES.find((l) => l === value) ?? null);
    const r = await api.settings.update({ language });
    if (!r.ok) return;
    setSettings(r.value);
    await changeLanguage(r.value.language ?? systemLanguage);
  }

  return (
    <div className="page settings-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      <section className="card">
        <label className="field">
          <span className="field-label">{t('language.label')}</span>
          <select value={settings?.language ?? 'system'} onChange={(e) => void pick(e.target.value)} disabled={!settings}>
            <option value="system">{t('language.system', { language: t(`language.${systemLanguage}`) })}</option>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>{t(`language.${l}`)}</option>
            ))}
          </select>
          <span className="field-hint">{t('language.hint')}</span>
        </label>
      </section>
      <WatchedFolderField settings={settings} onChange={setSettings} />
      <MarketsCard />
      <RatesCard />
      <GlossaryCard />
      <ChecklistSettingsCard />
      <AccountsCard />
      <section className="card">
        <h2>{t('about.title')}</h2>
        {info && <p>{t('about.version', { version: info.version })}</p>}
        <p className="muted">{t('about.dataNote')}</p>
      </section>
    </div>
  );
}
