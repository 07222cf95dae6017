import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary, AccountTarget } from '@shared/publish/accounts';
import { fieldsFor } from './account-form';
import { AccountField } from './account-field';
import { AccountStatusLine } from './account-status-line';
import { useAccountActions } from './use-account-actions';

interface Props {
  target: AccountTarget;
  summary: AccountSummary | undefined;
  onChange(next: AccountSummary | null): void;
}

/** One channel's account: endpoint and secret fields, Save, Test connection, Remove (confirmed). */
export function AccountPanel({ target, summary, onChange }: Props) {
  const { t } = useTranslation(['settings', 'common']);
  const { values, errors, status, hasSecret, edit, save, test, remove } = useAccountActions(target, summary, onChange);
  const [isConfirming, setIsConfirming] = useState(false);
  const isBusy = status.kind === 'busy';
  const channel = target === 'webhook' ? t('settings:accounts.webhook') : t(`common:channels.${target}`);
  const titleId = `account-${target}-title`;
  const state = summary === undefined ? 'none' : hasSecret ? 'saved' : 'noSecret';

  return (
    <form
      className="account-panel"
      aria-labelledby={titleId}
      data-target={target}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="account-panel-head">
        <h3 id={titleId}>{channel}</h3>
        <span className={`account-state ${state}`}>{t(`settings:accounts.state.${state}`)}</span>
      </div>
      <div className="account-fields">
        {fieldsFor(target).map((spec) => (
          <AccountField
            key={spec.name}
            target={target}
            spec={spec}
            value={values[spec.name] ?? ''}
            error={errors[spec.name]}
            hasSavedSecret={hasSecret}
            disabled={isBusy}
            onChange={(v) => edit(spec.name, v)}
          />
        ))}
      </div>
      <div className="account-actions">
        <button type="submit" className="btn primary" disabled={isBusy}>{t('settings:accounts.save')}</button>
        <button type="button" className="btn" disabled={isBusy || !hasSecret} onClick={() => void test()}>{t('settings:accounts.test')}</button>
        {summary !== undefined && !isConfirming && (
          <button type="button" className="btn ghost danger" disabled={isBusy} onClick={() => setIsConfirming(true)}>{t('settings:accounts.remove')}</button>
        )}
      </div>
      {isConfirming && (
        <div className="account-confirm" role="group" aria-label={t('settings:accounts.removeConfirm', { channel })}>
          <p>{t('settings:accounts.removeConfirm', { channel })}</p>
          <button
            type="button"
            className="btn danger solid small"
            onClick={() => {
              setIsConfirming(false);
              void remove();
            }}
          >
            {t('settings:accounts.removeYes')}
          </button>
          <button type="button" className="btn small" onClick={() => setIsConfirming(false)}>{t('settings:accounts.cancel')}</button>
        </div>
      )}
      <AccountStatusLine status={status} />
    </form>
  );
}
