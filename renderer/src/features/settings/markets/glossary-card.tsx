import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '@shared/translation/glossary';
import { Icon } from '../../../components/icon';
import { SaveStatusMessage } from '../save-status';
import { cleanGlossary, validateGlossary } from './glossary-edits';
import { marketLocales } from './market-edits';
import { focusNeighbour } from './focus-neighbour';
import { GlossaryRow } from './glossary-row';
import { useAppSettings } from '../../../lib/app-settings';
import { useSettingsDraft } from '../use-settings-draft';
import { useSettingsSave } from '../use-settings-save';
import '../../editor/editor.css';
import '../settings.css';
import './markets.css';

interface Draft {
  entries: GlossaryEntry[];
  /** React keys, parallel to entries: rows have no id of their own. */
  keys: string[];
}

/**
 * Agreed translations of terms, one column per language the markets use. Edited as a copy and
 * saved whole with Save; forms for a language no market uses any more are kept, not shown.
 */
export function GlossaryCard() {
  const { t } = useTranslation(['markets', 'common']);
  const stored = useAppSettings();
  const { draft, setDraft, settle } = useSettingsDraft('glossary');
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const { save, status, clearStatus } = useSettingsSave();
  // Unique across visits: the draft outlives this component, a per-mount counter would repeat keys.
  const makeKey = () => `g-${crypto.randomUUID()}`;

  const storedEntries = stored.glossary;
  const current: Draft = draft ?? { entries: storedEntries, keys: storedEntries.map((_, i) => `s${i}`) };
  const locales = marketLocales(stored.markets);
  const issues = validateGlossary(current.entries);
  const isDirty = draft !== null && JSON.stringify(cleanGlossary(draft.entries)) !== JSON.stringify(storedEntries);

  function change(next: Draft): void {
    setDraft(next);
    clearStatus();
  }

  function add(): void {
    const key = makeKey();
    change({ entries: [...current.entries, { term: '', translations: {} }], keys: [...current.keys, key] });
    requestAnimationFrame(() => document.getElementById(`glossary-${key}-term`)?.focus());
  }

  async function submit(): Promise<void> {
    if (draft === null) return;
    const first = issues.find((i) => i.index >= 0);
    if (issues.length > 0) {
      setHasTriedSave(true);
      if (first) document.getElementById(`glossary-${current.keys[first.index] ?? ''}-term`)?.focus();
      return;
    }
    setHasTriedSave(false);
    const sent = draft;
    if (await save({ glossary: cleanGlossary(sent.entries) })) settle(sent);
  }

  return (
    <section className="card glossary-card" aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('markets:glossary.title')}</h2>
      <p className="muted">{t('markets:glossary.intro')}</p>
      {current.entries.length === 0 ? (
        <p className="empty-state">{t('markets:glossary.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table glossary-table">
            <thead>
              <tr>
                <th scope="col" className="col-term">{t('markets:glossary.term')}</th>
                {locales.map((l) => <th key={l} scope="col" lang={l}>{t(`common:locales.${l}`)}</th>)}
                <th scope="col" className="col-actions"><span className="sr-only">{t('markets:glossary.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {current.entries.map((entry, index) => (
                <GlossaryRow
                  key={current.keys[index] ?? index}
                  rowKey={current.keys[index] ?? String(index)}
                  entry={entry}
                  index={index}
                  locales={locales}
                  issues={issues}
                  onChange={(next) => change({ ...current, entries: current.entries.map((e, i) => (i === index ? next : e)) })}
                  onRemove={() => {
                    const keys = current.keys.filter((_, i) => i !== index);
                    change({ entries: current.entries.filter((_, i) => i !== index), keys });
                    focusNeighbour(keys.map((k) => `glossary-${k}-term`), index, 'glossary-add');
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="field-hint">{t('markets:glossary.hint')}</p>
      <div className="settings-actions">
        <button type="button" id="glossary-add" className="btn" onClick={add}>
          <Icon name="plus" />
          {t('markets:glossary.add')}
        </button>
        <span className="settings-actions-gap" />
        {isDirty && <span className="unsaved-note">{t('markets:unsaved')}</span>}
        <button
          type="button"
          className="btn"
          disabled={draft === null}
          onClick={() => {
            setDraft(null);
            setHasTriedSave(false);
            clearStatus();
          }}
        >
          {t('markets:discard')}
        </button>
        <button type="button" className="btn primary" disabled={!isDirty} onClick={() => void submit()}>{t('markets:glossary.save')}</button>
      </div>
      {hasTriedSave && issues.length > 0 && (
        <p className="settings-status error" role="alert">{issues.some((i) => i.code === 'tooMany') ? t('markets:glossary.issues.tooMany') : t('markets:glossary.fixFirst')}</p>
      )}
      <SaveStatusMessage status={status} />
    </section>
  );
}
