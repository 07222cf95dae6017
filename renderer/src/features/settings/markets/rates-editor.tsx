import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES } from '@shared/model/ids';
import { SaveStatusMessage } from '../save-status';
import type { Settings } from '@shared/model/settings';
import { checkDraft, draftFromSettings, exampleFor, rebaseDraft, stampRates, type RatesDraft } from './rate-edits';
import { RateRow } from './rate-row';
import { useSettingsDraft } from '../use-settings-draft';
import { useSettingsSave } from '../use-settings-save';

const DEFAULT_EXAMPLE = '199';

/**
 * The hand-kept rate table and the rounding rule of each currency, with a price taken through
 * both as the user types. Saved together with Save; the date of the last rate change is kept.
 */
export function RatesEditor({ stored }: { stored: Pick<Settings, 'rates' | 'rounding'> }) {
  const { t, i18n } = useTranslation('markets');
  const id = useId();
  // null = show what is stored (it can change from another window).
  const { draft, setDraft, settle } = useSettingsDraft('rates');
  const [exampleAmount, setExampleAmount] = useState(DEFAULT_EXAMPLE);
  const { save, status, clearStatus } = useSettingsSave();
  const storedDraft = draftFromSettings(stored.rates, stored.rounding);
  const current = draft ?? storedDraft;
  const check = checkDraft(current, stored.rates.updatedAt);
  const storedCheck = checkDraft(storedDraft, stored.rates.updatedAt);
  const isRatesChanged = check.table !== null && JSON.stringify(check.table) !== JSON.stringify(storedCheck.table ?? stored.rates);
  const isDirty = draft !== null && JSON.stringify(current) !== JSON.stringify(storedDraft);
  const hasIssues = check.table === null || check.rounding === null;
  // Examples follow the draft as it is typed; a row with an invalid rate shows why instead.
  const exampleTable = check.usableTable;
  const exampleRules = check.usableRules;

  function change(next: RatesDraft): void {
    setDraft(next);
    clearStatus();
  }

  function setBase(value: string): void {
    const base = CURRENCIES.find((c) => c === value);
    if (base === undefined) return;
    const next = rebaseDraft(current, base);
    if (next !== null) change(next);
  }

  async function submit(): Promise<void> {
    if (check.table === null || check.rounding === null) return;
    // The date says when the rates were last checked; a rounding change alone does not touch it.
    const rates = isRatesChanged ? stampRates(check.table) : stored.rates;
    const sent = draft;
    if (await save({ rates, rounding: check.rounding })) settle(sent);
  }

  const updatedAt = stored.rates.updatedAt;
  return (
    <>
      {updatedAt === null ? (
        <p className="rates-updated example" role="note">{t('rates.exampleRates')}</p>
      ) : (
        <p className="rates-updated">{t('rates.updatedAt', { date: new Date(updatedAt).toLocaleDateString(i18n.language, { year: 'numeric', month: 'long', day: 'numeric' }) })}</p>
      )}
      <div className="rates-controls">
        <label className="field">
          <span className="field-label">{t('rates.base')}</span>
          <select value={current.base} onChange={(e) => setBase(e.target.value)} aria-describedby={`${id}-base-hint`}>
            {CURRENCIES.map((c) => (
              <option key={c} value={c} disabled={current.rates[c].trim() === '' || check.rateIssues[c] !== undefined}>{c}</option>
            ))}
          </select>
          <span className="field-hint" id={`${id}-base-hint`}>{t('rates.baseHint')}</span>
        </label>
        <label className="field">
          <span className="field-label">{t('rates.exampleLabel', { currency: current.base })}</span>
          <input type="text" inputMode="decimal" className="example-input" value={exampleAmount} onChange={(e) => setExampleAmount(e.target.value)} aria-describedby={`${id}-example-hint`} />
          <span className="field-hint" id={`${id}-example-hint`}>{t('rates.exampleHint')}</span>
        </label>
      </div>
      <div className="table-scroll">
        <table className="data-table rates-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>{t('rates.currency')}</th>
              <th scope="col" rowSpan={2}>{t('rates.rate')}</th>
              <th scope="colgroup" colSpan={4} className="rounding-group">{t('rates.rounding')}</th>
              <th scope="col" rowSpan={2}>{t('rates.example')}</th>
            </tr>
            <tr>
              <th scope="col" className="numeric">{t('rates.step')}</th>
              <th scope="col" className="numeric">{t('rates.ending')}</th>
              <th scope="col">{t('rates.mode')}</th>
              <th scope="col">{t('rates.allowed')}</th>
            </tr>
          </thead>
          <tbody>
            {CURRENCIES.map((c) => (
              <RateRow
                key={c}
                currency={c}
                base={current.base}
                rate={current.rates[c]}
                rounding={current.rounding[c]}
                rule={exampleRules.find((r) => r.currency === c) ?? null}
                issues={check}
                example={check.rateIssues[c] === undefined ? exampleFor(exampleAmount, c, exampleTable, exampleRules) : null}
                exampleAmount={exampleAmount}
                onRate={(text) => change({ ...current, rates: { ...current.rates, [c]: text } })}
                onRounding={(next) => change({ ...current, rounding: { ...current.rounding, [c]: next } })}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint rates-hint">{t('rates.roundingHint')}</p>
      <div className="settings-actions">
        <span className="settings-actions-gap" />
        {isDirty && <span className="unsaved-note">{t('unsaved')}</span>}
        <button type="button" className="btn" disabled={draft === null} onClick={() => { setDraft(null); clearStatus(); }}>{t('discard')}</button>
        <button type="button" className="btn primary" disabled={!isDirty || hasIssues} onClick={() => void submit()}>{t('rates.save')}</button>
      </div>
      {isDirty && hasIssues && <p className="settings-status error">{t('rates.fixFirst')}</p>}
      <SaveStatusMessage status={status} />
    </>
  );
}
