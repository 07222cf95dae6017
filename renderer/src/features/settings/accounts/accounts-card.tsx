import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PUSH_TARGETS, type AccountSummary, type AccountTarget } from '@shared/publish/accounts';
import type { ErrorCode } from '@shared/ipc/result';
import { api } from '../../../lib/api';
import { AccountPanel } from './account-panel';
import './accounts.css';

/** Settings → Channel accounts: one panel per channel ShelfReady can push to. */
export function AccountsCard() {
  const { t } = useTranslation(['settings', 'errors']);
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [loadError, setLoadError] = useState<ErrorCode | null>(null);

  useEffect(() => {
    let isCurrent = true;
    // Saves and removals from another window (or a panel here) arrive as accounts:changed.
    const off = api.on('accounts:changed', (payload) => setAccounts(payload.accounts));
    void api.accounts.list({}).then((r) => {
      if (!isCurrent) return;
      if (r.ok) setAccounts((current) => current ?? r.value.accounts);
      else setLoadError(r.error.code);
    });
    return () => {
      isCurrent = false;
      off();
    };
  }, []);

  function update(target: AccountTarget, next: AccountSummary | null): void {
    setAccounts((list) => [...(list ?? []).filter((a) => a.endpoint.target !== target), ...(next === null ? [] : [next])]);
  }

  return (
    <section className="card accounts-card" aria-labelledby="accounts-title">
      <h2 id="accounts-title">{t('settings:accounts.title')}</h2>
      <p className="muted">{t('settings:accounts.intro')}</p>
      {loadError !== null && <p className="account-status error" role="alert">{t(`errors:${loadError}`)}</p>}
      {accounts !== null && (
        <div className="account-panels">
          {PUSH_TARGETS.map((target) => (
            <AccountPanel
              key={target}
              target={target}
              summary={accounts.find((a) => a.endpoint.target === target)}
              onChange={(next) => update(target, next)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
