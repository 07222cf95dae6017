import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLanguageFor, type UiLanguage } from '@shared/model/settings';
import { api } from './lib/api';
import { changeLanguage, initI18n } from './i18n';
import { db } from './db/database';
import { App } from './app/app';
import { applySettings } from './features/settings/apply-settings';
import { startReadinessUpkeep } from './features/catalog/readiness-upkeep';
import { startOutbox } from './features/publish/outbox';
import './styles/app.css';

async function startLanguage(): Promise<{ language: UiLanguage; system: UiLanguage }> {
  const [settings, info] = await Promise.all([api.settings.get({}), api.app.info({})]);
  const system = uiLanguageFor(info.ok ? info.value.osLocale : navigator.language);
  const chosen = settings.ok ? settings.value.language : null;
  if (settings.ok) applySettings(settings.value);
  return { language: chosen ?? system, system };
}

async function boot(): Promise<void> {
  const [{ system, language }] = await Promise.all([startLanguage(), db.open()]);
  await initI18n(language);
  // Another window (or the settings page) changed the language: follow it without a restart.
  api.on('settings:changed', (s) => {
    applySettings(s);
    void changeLanguage(s.language ?? system);
  });
  // Stored readiness follows settings and the date from the start, whichever screen opens first.
  startReadinessUpkeep();
  // Pushes queued before a quit or crash resume now; jobs left "sending" are requeued with their key.
  startOutbox();
  // IndexedDB is best-effort storage unless persistence is granted; ask once, ignore a refusal.
  void navigator.storage?.persist?.().catch(() => false);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
