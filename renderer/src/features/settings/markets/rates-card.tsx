import { useTranslation } from 'react-i18next';
import { RatesEditor } from './rates-editor';
import { useAppSettings } from '../../../lib/app-settings';
import '../../editor/editor.css';
import '../settings.css';
import './markets.css';

/** Exchange rates and rounding per currency. */
export function RatesCard() {
  const { t } = useTranslation('markets');
  const stored = useAppSettings();
  return (
    <section className="card rates-card" aria-labelledby="rates-title">
      <h2 id="rates-title">{t('rates.title')}</h2>
      <p className="muted">{t('rates.intro')}</p>
      <RatesEditor stored={stored} />
    </section>
  );
}
