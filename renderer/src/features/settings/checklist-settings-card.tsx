import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { useChecklistSettings } from '../checklist/use-checklist-settings';
import { AdTermsField } from './ad-terms-field';
import { CompetitorBrandsField } from './competitor-brands-field';
import { MarginField } from './margin-field';
import '../editor/editor.css';
import './settings.css';

/** The checklist's own settings; they follow settings:changed, so another window's edit shows here too. */
export function ChecklistSettingsCard() {
  const { t } = useTranslation('settings');
  const settings = useChecklistSettings();
  const navigate = useAppStore((s) => s.navigate);
  return (
    <section className="card checklist-settings" aria-labelledby="checklist-settings-title">
      <div className="card-head">
        <h2 id="checklist-settings-title">{t('checklist.title')}</h2>
        <button type="button" className="btn small" onClick={() => navigate({ name: 'rules' })}>{t('checklist.viewRules')}</button>
      </div>
      <p className="muted">{t('checklist.intro')}</p>
      <div className="checklist-settings-grid">
        <MarginField value={settings.minMarginPercent} />
        <CompetitorBrandsField brands={settings.competitorBrands} />
      </div>
      <AdTermsField adTerms={settings.adTerms} />
    </section>
  );
}
