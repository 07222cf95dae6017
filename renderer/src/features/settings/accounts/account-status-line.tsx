import { useTranslation } from 'react-i18next';
import type { AccountStatus } from './use-account-actions';

/** The result of the panel's last action: saved, removed, connected, or why not, in plain words. */
export function AccountStatusLine({ status }: { status: AccountStatus }) {
  const { t } = useTranslation(['settings', 'errors', 'publish']);
  switch (status.kind) {
    case 'idle':
      return null;
    case 'busy':
      return <p className="account-status muted" role="status">{t(`settings:accounts.busy.${status.action}`)}</p>;
    case 'saved':
      return <p className="account-status ok" role="status">{t('settings:accounts.saved')}</p>;
    case 'removed':
      return <p className="account-status ok" role="status">{t('settings:accounts.removed')}</p>;
    case 'connected':
      return <p className="account-status ok" role="status">{t('settings:accounts.connected', { shopName: status.shopName })}</p>;
    case 'save-failed':
      return <p className="account-status error" role="alert">{t('settings:accounts.notSaved', { reason: t(`errors:${status.code}`) })}</p>;
    case 'app-error':
      return <p className="account-status error" role="alert">{t(`errors:${status.code}`)}</p>;
    case 'test-failed':
      return (
        <div className="account-status error" role="alert">
          <p>{t(`publish:errors.${status.errorKind}`)}</p>
          {status.message !== '' && <p className="account-status-detail">{t('settings:accounts.channelMessage', { message: status.message })}</p>}
        </div>
      );
  }
}
