import { useTranslation } from 'react-i18next';
import type { OutboxJob } from '@shared/publish/outbox-job';
import { cancelJob, retryJob } from './outbox';
import { useTimeFormat } from './use-outbox';

/** A job's state as a badge; `none` when the listing was never pushed there. */
export function JobStateBadge({ job }: { job: OutboxJob | undefined }) {
  const { t } = useTranslation('publish');
  const state = job?.state ?? 'none';
  return (
    <span className={`badge job-state ${state}`} data-state={state}>
      {t(`states.${state}`)}
    </span>
  );
}

/** The channel's complaint in plain words, the fields it named, and its own message as a detail. */
export function JobError({ job }: { job: OutboxJob }) {
  const { t } = useTranslation('publish');
  const error = job.lastError;
  if (!error || job.state === 'done') return null;
  return (
    <div className="job-error" role={job.state === 'failed' ? 'alert' : undefined}>
      <p className="job-error-message">{t(`errors.${error.kind}`)}</p>
      {error.fields && error.fields.length > 0 && (
        <ul className="job-error-fields">
          {error.fields.map((f) => (
            <li key={`${f.field}|${f.message}`}>
              <code>{f.field}</code> {f.message}
            </li>
          ))}
        </ul>
      )}
      <p className="job-error-detail">{t('job.details', { message: error.message })}</p>
    </div>
  );
}

/** A push that went through but left something out, with what to do about it. */
export function JobWarnings({ job }: { job: OutboxJob }) {
  const { t } = useTranslation('publish');
  if (job.state !== 'done' || !job.warnings || job.warnings.length === 0) return null;
  return (
    <ul className="job-warnings">
      {job.warnings.map((w) => (
        <li key={w.code}>{w.code === 'images-failed' ? t('warnings.images-failed', { count: w.count }) : t(`warnings.${w.code}`)}</li>
      ))}
    </ul>
  );
}

/** When it last went, where it is now on the channel, and when it tries again. */
export function JobFacts({ job }: { job: OutboxJob }) {
  const { t } = useTranslation('publish');
  const format = useTimeFormat();
  const isWaiting = job.state === 'queued' && job.attempts > 0;
  return (
    <span className="job-facts">
      {job.attempts > 0 && <span>{t('job.lastPush', { time: format(job.updatedAt) })}</span>}
      {job.state === 'done' && job.remoteId && <span className="job-remote-id">{t('job.remoteId', { id: job.remoteId })}</span>}
      {isWaiting && <span>{t('job.nextAttempt', { time: format(job.nextAttemptAt) })}</span>}
    </span>
  );
}

/** Retry (failed or cancelled) and Cancel (queued), labelled with the target for screen readers. */
export function JobActions({ job, targetName }: { job: OutboxJob; targetName: string }) {
  const { t } = useTranslation('publish');
  return (
    <>
      {(job.state === 'failed' || job.state === 'cancelled') && (
        <button type="button" className="btn small" aria-label={t('job.retryLabel', { target: targetName })} onClick={() => retryJob(job.id)}>
          {t('job.retry')}
        </button>
      )}
      {job.state === 'queued' && (
        <button type="button" className="btn small ghost danger" aria-label={t('job.cancelLabel', { target: targetName })} onClick={() => cancelJob(job.id)}>
          {t('job.cancel')}
        </button>
      )}
    </>
  );
}
