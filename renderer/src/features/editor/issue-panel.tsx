import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '@shared/model/validate';
import { Icon } from '../../components/icon';
import { focusFieldPath } from './focus-field';
import type { IssueCounts } from './issue-index';

interface Props {
  issues: readonly ValidationIssue[];
  total: IssueCounts;
}

export const ISSUE_PANEL_ID = 'editor-issues';

/** Every problem in the listing, updated as the user types; each item jumps to its field. */
export function IssuePanel({ issues, total }: Props) {
  const { t } = useTranslation('editor');
  const { t: tv } = useTranslation('validation');
  return (
    <section id={ISSUE_PANEL_ID} className="issue-panel" aria-labelledby="issue-panel-title" tabIndex={-1}>
      <header className="issue-panel-header">
        <h2 id="issue-panel-title">{t('issues.title')}</h2>
        <span className={total.errors > 0 ? 'issue-count error' : 'issue-count'} aria-label={t('nav.errorCount', { count: total.errors })}>
          <Icon name="alert" size={13} />
          {total.errors}
        </span>
        <span className={total.warnings > 0 ? 'issue-count warning' : 'issue-count'} aria-label={t('nav.warningCount', { count: total.warnings })}>
          <Icon name="alert" size={13} />
          {total.warnings}
        </span>
      </header>
      {issues.length === 0 ? (
        <p className="issue-none">
          <Icon name="check" size={14} />
          {t('issues.none')}
        </p>
      ) : (
        <ul className="issue-list" aria-live="polite" aria-relevant="additions removals">
          {issues.map((issue, i) => (
            <li key={`${issue.code}-${issue.path.join('.')}-${i}`}>
              {/* Named by its content, not aria-label: getByLabel('SPU code') must find the field, not this. */}
              <button type="button" className={`issue-item ${issue.severity}`} title={t('issues.goTo')} onClick={() => focusFieldPath(issue.path)}>
                <span className="sr-only">{issue.severity === 'error' ? t('issues.error') : t('issues.warning')}</span>
                <span className="issue-dot" aria-hidden="true" />
                <span className="issue-text">{tv(issue.code, issue.params)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
