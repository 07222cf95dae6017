import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakePlan } from './intake';
import { summarize } from './intake';

export const NAMING_EXAMPLE = 'DR-2407_1.jpg';

interface Props {
  plan: IntakePlan;
  title: string;
  onDismiss(): void;
  /** Details open from the start (the editor shows them inline; notices start folded). */
  isExpanded?: boolean;
}

/** What an import did: "12 attached to 5 listings, 2 unmatched, 1 failed", then each file's fate. */
export function IntakeReport({ plan, title, onDismiss, isExpanded = false }: Props) {
  const { t } = useTranslation('images');
  const [isOpen, setIsOpen] = useState(isExpanded || plan.unmatched.length + plan.failed.length > 0);
  const detailsId = useId();
  const s = summarize(plan);
  const hasProblems = s.unmatched + s.failed > 0;
  return (
    <div className={hasProblems ? 'intake-report has-problems' : 'intake-report'} role="status" aria-label={title}>
      <div className="intake-report-head">
        <strong className="intake-report-title">{title}</strong>
        <span className="intake-report-summary">{t('report.summary', { ...s, listingCount: t('report.listingCount', { count: s.listings }) })}</span>
        <button type="button" className="btn small ghost" aria-expanded={isOpen} aria-controls={detailsId} onClick={() => setIsOpen((o) => !o)}>
          {isOpen ? t('report.hideDetails') : t('report.details')}
        </button>
        <button type="button" className="btn small ghost" onClick={onDismiss}>{t('report.dismiss')}</button>
      </div>
      {isOpen && (
        <div className="intake-report-details" id={detailsId}>
          {plan.attachments.length > 0 && (
            <ul className="intake-list">
              {plan.attachments.map((a) => (
                <li key={a.listing.id}>
                  <span className="intake-code">{t('report.attachedTo', { code: a.listing.spuCode || t('report.untitled'), count: a.names.length })}</span>
                  <span className="intake-names">{a.names.join(', ')}</span>
                </li>
              ))}
            </ul>
          )}
          {plan.unmatched.length > 0 && (
            <>
              <h3 className="intake-heading">{t('report.unmatchedTitle')}</h3>
              <p className="intake-hint">{t('report.unmatchedHint', { example: NAMING_EXAMPLE })}</p>
              <ul className="intake-list unmatched" aria-label={t('report.unmatchedTitle')}>
                {plan.unmatched.map((u) => (
                  <li key={u.name}>
                    <span className="intake-file">{u.name}</span>
                    <span className="intake-reason">{t(`report.reasons.${u.reason}`, { code: u.code ?? '', colour: u.colour ?? '' })}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {plan.failed.length > 0 && (
            <>
              <h3 className="intake-heading error">{t('report.failedTitle')}</h3>
              <ul className="intake-list failed" aria-label={t('report.failedTitle')}>
                {plan.failed.map((f) => (
                  <li key={f.name}>
                    <span className="intake-file">{f.name}</span>
                    <span className="intake-reason">{t(`errors.${f.error}`)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
