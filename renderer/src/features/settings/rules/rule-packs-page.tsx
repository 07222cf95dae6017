import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_IDS, type ChannelId } from '@shared/model/ids';
import { todayIso } from '../../checklist/as-of';
import { ChannelTabs } from './channel-tabs';
import { PackView } from './pack-view';
import { UpcomingRules } from './upcoming-rules';
import './rule-packs.css';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every channel's rules with their sources, the rules about to start and what they will do to the catalog. */
export function RulePacksPage() {
  const { t } = useTranslation('settings');
  const today = useMemo(() => todayIso(), []);
  const [asOf, setAsOf] = useState(today);
  const [channel, setChannel] = useState<ChannelId>(CHANNEL_IDS[0]);

  return (
    <div className="page rule-packs-page">
      <header className="page-header">
        <h1>{t('rules.title')}</h1>
        <div className="rule-as-of">
          <label className="field-label" htmlFor="rules-as-of">{t('rules.asOf.label')}</label>
          <input
            id="rules-as-of"
            type="date"
            value={asOf}
            aria-describedby="rules-as-of-hint"
            // Clearing the date (or a half-typed one) keeps the last full date.
            onChange={(e) => ISO_DATE.test(e.target.value) && setAsOf(e.target.value)}
          />
          {asOf !== today && <button type="button" className="btn small" onClick={() => setAsOf(today)}>{t('rules.asOf.reset')}</button>}
          <span id="rules-as-of-hint" className="sr-only">{t('rules.asOf.hint')}</span>
        </div>
      </header>
      <p className="muted rule-packs-intro">{t('rules.intro')}</p>
      <UpcomingRules today={today} />
      <section className="card rule-pack-card">
        <ChannelTabs value={channel} onChange={setChannel} />
        <div role="tabpanel" id={`rule-pack-${channel}`} aria-labelledby={`rule-tab-${channel}`} className="rule-pack-panel">
          <PackView channel={channel} asOf={asOf} />
        </div>
      </section>
    </div>
  );
}
