import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/model/settings';
import { api } from '../../lib/api';
import '../images/images.css';

type Status = 'idle' | 'saved' | 'cleared' | 'failed';

/** Where designers save finished photos; new files there are attached by their names. */
export function WatchedFolderField({ settings, onChange }: { settings: Settings | null; onChange(next: Settings): void }) {
  const { t } = useTranslation('images');
  // null = show what is stored (it arrives after the first render).
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const hintId = useId();
  const stored = settings?.watchedFolder ?? null;

  const path = draft ?? stored ?? '';

  async function save(next: string | null): Promise<void> {
    const r = await api.settings.update({ watchedFolder: next });
    if (!r.ok) return setStatus('failed');
    onChange(r.value);
    setDraft(null);
    setStatus(next === null ? 'cleared' : 'saved');
  }

  async function choose(): Promise<void> {
    const r = await api.files.pickFolder({});
    // Cancelling the dialog leaves everything as it was.
    if (r.ok && r.value.path !== null) await save(r.value.path);
  }

  const trimmed = path.trim();
  return (
    <section className="card">
      <h2>{t('settings.title')}</h2>
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          void save(trimmed === '' ? null : trimmed);
        }}
      >
        <label className="field-label" htmlFor="watched-folder">{t('settings.label')}</label>
        <div className="watched-folder-row">
          <input
            id="watched-folder"
            value={path}
            placeholder={t('settings.placeholder')}
            aria-describedby={hintId}
            disabled={!settings}
            onChange={(e) => {
              setDraft(e.target.value);
              setStatus('idle');
            }}
          />
          <button type="button" className="btn" disabled={!settings} onClick={() => void choose()}>{t('settings.choose')}</button>
          <button type="submit" className="btn primary" disabled={!settings || trimmed === (stored ?? '')}>{t('settings.save')}</button>
          {stored !== null && <button type="button" className="btn" onClick={() => void save(null)}>{t('settings.clear')}</button>}
        </div>
        <span className="field-hint" id={hintId}>
          {t('settings.hint', { main: 'DR-2407_1.jpg', gallery: 'DR-2407_2.jpg', colour: 'DR-2407_Navy_1.jpg', detail: 'DR-2407_detail_1.jpg', white: 'DR-2407_white.png', portrait: 'DR-2407_34_1.jpg' })}
        </span>
        {status !== 'idle' && (
          <p className={status === 'failed' ? 'settings-status error' : 'settings-status ok'} role={status === 'failed' ? 'alert' : 'status'}>{t(`settings.${status}`)}</p>
        )}
      </form>
    </section>
  );
}
