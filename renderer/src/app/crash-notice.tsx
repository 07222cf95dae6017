import { useTranslation } from 'react-i18next';

export function CrashNotice() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="crash">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.body')}</p>
      <button type="button" className="btn primary" onClick={() => window.location.reload()}>
        {t('crash.reload')}
      </button>
    </div>
  );
}
