import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface Notice {
  id: number;
  message: string;
  isError?: boolean;
  action?: { label: string; run(): void };
}

const NOTICE_MS = 8000;

/** A short-lived message at the bottom of the catalog, announced politely, with an optional action. */
export function CatalogNotice({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  const { t } = useTranslation('catalog');
  useEffect(() => {
    const timer = setTimeout(onDismiss, NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice.id, onDismiss]);
  return (
    <div className={notice.isError ? 'catalog-notice error' : 'catalog-notice'} role={notice.isError ? 'alert' : 'status'}>
      <span className="catalog-notice-text">{notice.message}</span>
      {notice.action && (
        <button
          type="button"
          className="btn small ghost catalog-notice-action"
          onClick={() => {
            notice.action?.run();
            onDismiss();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="icon-btn small" aria-label={t('notice.dismiss')} onClick={onDismiss}>
        <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
