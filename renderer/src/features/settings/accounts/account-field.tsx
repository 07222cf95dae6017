import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountTarget } from '@shared/publish/accounts';
import type { AccountFieldSpec, FieldError } from './account-form';

interface Props {
  target: AccountTarget;
  spec: AccountFieldSpec;
  value: string;
  error: FieldError | undefined;
  /** For secret fields: a secret is stored, so an empty input keeps it. */
  hasSavedSecret: boolean;
  disabled: boolean;
  onChange(value: string): void;
}

/** One labelled input of an account panel, with its hint and inline error. */
export function AccountField({ target, spec, value, error, hasSavedSecret, disabled, onChange }: Props) {
  const { t } = useTranslation('settings');
  const id = `account-${target}-${spec.name}`;
  const hintId = useId();
  const errorId = useId();
  const isSavedSecret = spec.isSecret && hasSavedSecret;
  return (
    <div className={error === undefined ? 'field account-field' : 'field account-field invalid'}>
      <label className="field-label" htmlFor={id}>{t(`accounts.fields.${spec.name}.label`)}</label>
      <input
        id={id}
        name={spec.name}
        type={spec.type}
        value={value}
        disabled={disabled}
        // Secrets: never offered for autofill from, or saved to, the browser's password store.
        autoComplete={spec.isSecret ? 'new-password' : 'off'}
        spellCheck={false}
        placeholder={isSavedSecret ? t('accounts.secretPlaceholder') : undefined}
        aria-invalid={error !== undefined}
        aria-describedby={error === undefined ? hintId : `${errorId} ${hintId}`}
        onChange={(e) => onChange(e.target.value)}
      />
      {error !== undefined && (
        <span className="field-error" id={errorId}>
          {t(`accounts.fieldErrors.${error.kind}`, { limit: error.limit ?? 0 })}
        </span>
      )}
      <span className="field-hint" id={hintId}>
        {isSavedSecret && <span className="account-secret-saved">{t('accounts.secretSaved')}</span>}
        {t(`accounts.fields.${spec.name}.hint`)}
      </span>
    </div>
  );
}
