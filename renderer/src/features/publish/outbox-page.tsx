import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTBOX_STATES, type OutboxState } from '@shared/publish/outbox-job';
import { JobActions, JobError, JobStateBadge, JobWarnings } from './job-status';
import { SentSnapshot } from './sent-snapshot';
import { useOutboxRows, useTargetName, useTimeFormat } from './use-outbox';
import './publish.css';

type Filter = OutboxState | 'all';

/** Every push job, newest first, filterable by state, with Retry / Cancel per row. */
export function OutboxPage() {
  const { t } = useTranslation('publish');
  const rows = useOutboxRows();
  const format = useTimeFormat();
  const targetNameOf = useTargetName();
  const [filter, setFilter] = useState<Filter>('all');
  const shown = (rows ?? []).filter((r) => filter === 'all' || r.job.state === filter);

  return (
    <div className="outbox-page" data-testid="outbox-page">
      <header className="page-header">
        <h1>{t('outbox.title')}</h1>
      </header>
      <p className="muted outbox-intro">{t('outbox.intro')}</p>
      <div className="outbox-toolbar">
        <label className="field inline-field">
          <span className="field-label">{t('outbox.filter')}</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value === 'all' ? 'all' : (OUTBOX_STATES.find((s) => s === e.target.value) ?? 'all'))}>
            <option value="all">{t('outbox.all')}</option>
            {OUTBOX_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {t('outbox.count', { count: shown.length })}
        </span>
      </div>
      {rows && shown.length === 0 ? (
        <p className="muted">{t('outbox.empty')}</p>
      ) : (
        <table className="outbox-table card">
          <thead>
            <tr>
              <th scope="col">{t('outbox.columns.listing')}</th>
              <th scope="col">{t('outbox.columns.target')}</th>
              <th scope="col">{t('outbox.columns.state')}</th>
              <th scope="col" className="num">{t('outbox.columns.attempts')}</th>
              <th scope="col">{t('outbox.columns.updated')}</th>
              <th scope="col">{t('outbox.columns.next')}</th>
              <th scope="col">{t('outbox.columns.error')}</th>
              <th scope="col">{t('outbox.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ job, spuCode, sent }) => {
              const targetName = targetNameOf(job.target);
              return (
                <tr key={job.id} data-job-id={job.id} data-state={job.state}>
                  <td>
                    {spuCode || t('outbox.noCode')}
                    {sent && <SentSnapshot listing={sent} />}
                  </td>
                  <td>{targetName}</td>
                  <td>
                    <JobStateBadge job={job} />
                  </td>
                  <td className="num">{job.attempts}</td>
                  <td>{format(job.updatedAt)}</td>
                  <td>{job.state === 'queued' ? format(job.nextAttemptAt) : null}</td>
                  <td>
                    <JobError job={job} />
                    <JobWarnings job={job} />
                  </td>
                  <td className="actions">
                    <JobActions job={job} targetName={`${spuCode} ${targetName}`} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
