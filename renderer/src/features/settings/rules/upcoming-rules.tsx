import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_PACKS, upcomingRules } from '@shared/rules/packs';
import { useAppStore } from '../../../store';
import { useChecklistSettings } from '../../checklist/use-checklist-settings';
import { sortUpcoming, type ImpactedListing, type UpcomingRule } from './rule-impact';
import { useCheckText } from './use-check-text';
import { useRuleImpact, type ImpactState } from './use-rule-impact';

/** How many failing listings each rule lists before "and N more" (the count is always complete). */
const SHOWN = 100;

/** Rules that start after today, each with the listings that would fail it on its first day. */
export function UpcomingRules({ today }: { today: string }) {
  const { t } = useTranslation('settings');
  const settings = useChecklistSettings();
  const upcoming = useMemo(() => sortUpcoming(upcomingRules(today)), [today]);
  const impact = useRuleImpact(upcoming, settings);

  return (
    <section className="card upcoming-rules" aria-labelledby="upcoming-rules-title">
      <h2 id="upcoming-rules-title">{t('rules.upcoming.title')}</h2>
      {upcoming.length === 0 ? (
        <p className="muted">{t('rules.upcoming.empty', { date: today })}</p>
      ) : (
        <>
          <ImpactProgress impact={impact} />
          <ul className="upcoming-list">
            {upcoming.map((u) => (
              <UpcomingItem key={u.rule.id} upcoming={u} impact={impact} />
            ))}
          </ul>
          <p className="field-hint">{t('rules.upcoming.note')}</p>
        </>
      )}
    </section>
  );
}

function ImpactProgress({ impact }: { impact: ImpactState }) {
  const { t } = useTranslation(['settings', 'errors']);
  if (impact.phase === 'failed') return <p role="alert" className="settings-status error">{t('settings:rules.upcoming.failed', { reason: t('errors:storage') })}</p>;
  if (impact.phase !== 'checking') return null;
  return (
    <div className="impact-progress" role="status">
      <progress max={Math.max(impact.total, 1)} value={impact.done} aria-label={t('settings:rules.upcoming.checking', { done: impact.done, total: impact.total })} />
      <span>{t('settings:rules.upcoming.checking', { done: impact.done, total: impact.total })}</span>
    </div>
  );
}

function UpcomingItem({ upcoming, impact }: { upcoming: UpcomingRule; impact: ImpactState }) {
  const { t } = useTranslation(['settings', 'common']);
  const settings = useChecklistSettings();
  const checkText = useCheckText();
  const { channel, rule } = upcoming;
  const description = checkText(rule.check, { pack: CHANNEL_PACKS[channel], settings });
  const failing = impact.phase === 'done' ? (impact.byRule.get(rule.id) ?? []) : null;

  return (
    <li className="upcoming-item" data-rule-id={rule.id}>
      <div className="upcoming-head">
        <span className="badge upcoming-date">{t('settings:rules.upcoming.starts', { date: rule.effectiveFrom })}</span>
        <strong>{t(`common:channels.${channel}`)}</strong>
        <span>{description}</span>
        {failing !== null && (
          <span className={failing.length > 0 ? 'upcoming-impact bad' : 'upcoming-impact ok'} data-testid="upcoming-impact">
            {failing.length > 0 ? t('settings:rules.upcoming.impact', { count: failing.length }) : t('settings:rules.upcoming.none')}
          </span>
        )}
      </div>
      {failing !== null && failing.length > 0 && <FailingListings listings={failing} ruleLabel={`${t(`common:channels.${channel}`)} · ${description}`} />}
    </li>
  );
}

function FailingListings({ listings, ruleLabel }: { listings: readonly ImpactedListing[]; ruleLabel: string }) {
  const { t } = useTranslation('settings');
  const navigate = useAppStore((s) => s.navigate);
  const rest = listings.length - SHOWN;
  return (
    <ul className="impact-listings" aria-label={t('rules.upcoming.listCaption', { rule: ruleLabel })}>
      {listings.slice(0, SHOWN).map((l) => (
        <li key={l.id}>
          <button type="button" className="impact-listing" onClick={() => navigate({ name: 'editor', listingId: l.id })}>
            <span className="impact-code">{l.spuCode || t('rules.upcoming.noCode')}</span>
            <span className="impact-title">{l.title || t('rules.upcoming.untitled')}</span>
          </button>
        </li>
      ))}
      {rest > 0 && <li className="muted">{t('rules.upcoming.more', { count: rest })}</li>}
    </ul>
  );
}
