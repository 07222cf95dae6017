import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLanguageFor, type UiLanguage } from '@shared/model/settings';
import { api } from './lib/api';
import { changeLanguage, initI18n } from './i18n';
import { db } from './db/database';
import { App } from './app/app';
import { applySettings } from './features/settings/apply-settings';
import { getAppSettings } from './lib/app-settings';
import { startReadinessUpkeep } from './features/catalog/readiness-upkeep';
import { startOutbox } from './features/publish/outbox';
import './styles/app.css';

/** The stored settings, applied; and the OS language, which the UI follows until the user picks one. */
async function startLanguage(): Promise<{ system: UiLanguage }> {
  const [settings, info] = await Promise.all([api.settings.get({}), api.app.info({})]);
  if (settings.ok) applySettings(settings.value);
  return { system: uiLanguageFor(info.ok ? info.value.osLocale : navigator.language) };
}

async function boot(): Promise<void> {
  let followLanguage: ((language: UiLanguage | null) => void) | null = null;
  // Subscribed before the first read, so a change made meanwhile (in another window) is not missed;
  // the language follows once i18n is up. Another window or the settings page changing the
  // language is followed without a restart.
  api.on('settings:changed', (s) => {
    applySettings(s);
    followLanguage?.(s.language);
  });
  const [{ system }] = await Promise.all([startLanguage(), db.open()]);
  await initI18n(getAppSettings().language ?? system);
  followLanguage = (language) => void changeLanguage(language ?? system);
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
