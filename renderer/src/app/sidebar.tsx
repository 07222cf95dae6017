import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

export function Sidebar() {
  const { t } = useTranslation();
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const isCatalog = route.name === 'catalog' || route.name === 'editor';
  const isLaunch = route.name === 'launches' || route.name === 'launch';
  return (
    <nav className="sidebar" aria-label={t('appName')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">{t('appName').slice(0, 1)}</span>
        <span className="brand-text">
          <strong>{t('appName')}</strong>
          <small>{t('appTagline')}</small>
        </span>
      </div>
      <button type="button" className={isCatalog ? 'nav-item active' : 'nav-item'} aria-current={isCatalog ? 'page' : undefined} onClick={() => navigate({ name: 'catalog' })}>
        {t('nav.catalog')}
      </button>
      <button type="button" className={route.name === 'rules' ? 'nav-item active' : 'nav-item'} aria-current={route.name === 'rules' ? 'page' : undefined} onClick={() => navigate({ name: 'rules' })}>
        {t('nav.rules')}
      </button>
      <button type="button" className={isLaunch ? 'nav-item active' : 'nav-item'} aria-current={isLaunch ? 'page' : undefined} onClick={() => navigate({ name: 'launches' })}>
        {t('nav.launches')}
      </button>
      <button type="button" className={route.name === 'outbox' ? 'nav-item active' : 'nav-item'} aria-current={route.name === 'outbox' ? 'page' : undefined} onClick={() => navigate({ name: 'outbox' })}>
        {t('nav.outbox')}
      </button>
      <button type="button" className={route.name === 'settings' ? 'nav-item active' : 'nav-item'} aria-current={route.name === 'settings' ? 'page' : undefined} onClick={() => navigate({ name: 'settings' })}>
        {t('nav.settings')}
      </button>
    </nav>
  );
}
