import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMarginPercent } from './checklist-edits';
import { SaveStatusMessage } from './save-status';
import { useChecklistSave } from './use-checklist-save';

/** Minimum margin %: saved when the field loses focus or on Enter, if it is a number from 0 to 95. */
export function MarginField({ value }: { value: number }) {
  const { t } = useTranslation('settings');
  const id = useId();
  // null = show the stored value (which can change from another window).
  const [draft, setDraft] = useState<string | null>(null);
  const { save, status, clearStatus } = useChecklistSave();
  const text = draft ?? String(value);
  const parsed = parseMarginPercent(text);
  const isInvalid = draft !== null && parsed === null;

  async function commit(): Promise<void> {
    if (draft === null || parsed === null) return;
    if (parsed === value) {
      setDraft(null);
      return;
    }
    if (await save({ minMarginPercent: parsed })) setDraft(null);
  }

  return (
    <div className="field checklist-margin">
      <label className="field-label" htmlFor={`${id}-input`}>{t('checklist.margin.label')}</label>
      <div className="margin-row">
        <input
          id={`${id}-input`}
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={isInvalid || undefined}
          aria-describedby={isInvalid ? `${id}-error ${id}-hint` : `${id}-hint`}
          onChange={(e) => {
            setDraft(e.target.value);
            clearStatus();
          }}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
        <span className="margin-suffix" aria-hidden="true">{t('checklist.margin.suffix')}</span>
      </div>
      {isInvalid && <span id={`${id}-error`} className="field-error" role="alert">{t('checklist.margin.invalid')}</span>}
      <span id={`${id}-hint`} className="field-hint">{t('checklist.margin.hint')}</span>
      <SaveStatusMessage status={status} />
    </div>
  );
}
