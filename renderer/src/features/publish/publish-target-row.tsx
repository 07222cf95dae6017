import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountTarget } from '@shared/publish/accounts';
import type { OutboxJob } from '@shared/publish/outbox-job';
import { JobActions, JobError, JobFacts, JobStateBadge, JobWarnings } from './job-status';

export interface TargetReadiness {
  ready: boolean;
  blockers: number;
}

interface Props {
  target: AccountTarget;
  readiness: TargetReadiness;
  job: OutboxJob | undefined;
  isBusy: boolean;
  /** The last Push found this saved version already delivered. */
  isAlreadyPushed: boolean;
  onPush(): void;
}

/** One channel account: readiness, Push (with "push anyway" when not ready), the latest job. */
export function PublishTargetRow({ target, readiness, job, isBusy, isAlreadyPushed, onPush }: Props) {
  const { t } = useTranslation('publish');
  const [isConfirming, setConfirming] = useState(false);
  const name = t(`targets.${target}`);
  const isInFlight = job?.state === 'sending' || (job?.state === 'queued' && job.attempts === 0);

  function push(): void {
    if (!readiness.ready && !isConfirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    onPush();
  }

  return (
    <li className="publish-target" data-target={target} data-testid={`publish-target-${target}`}>
      <div className="publish-target-head">
        <strong className="publish-target-name">{name}</strong>
        <span className={readiness.ready ? 'readiness ok' : 'readiness blocked'} data-ready={readiness.ready}>
          {readiness.ready ? t('panel.ready') : t('panel.blockers', { count: readiness.blockers })}
        </span>
        <JobStateBadge job={job} />
        <span className="publish-target-actions">
          {job && <JobActions job={job} targetName={name} />}
          <button type="button" className="btn small primary" aria-label={t('panel.pushLabel', { target: name })} disabled={isBusy || isInFlight || isConfirming} onClick={push}>
            {t('panel.push')}
          </button>
        </span>
      </div>
      {isConfirming && (
        <div className="publish-confirm" role="alertdialog" aria-label={t('panel.pushLabel', { target: name })}>
          <p>{t('panel.notReady', { target: name })}</p>
          <button type="button" className="btn small danger solid" onClick={push}>
            {t('panel.pushAnyway')}
          </button>
          <button type="button" className="btn small" onClick={() => setConfirming(false)}>
            {t('panel.dontPush')}
          </button>
        </div>
      )}
      {isAlreadyPushed && (
        <p className="publish-note" role="status">
          {t('panel.alreadyPushed', { target: name })}
        </p>
      )}
      {job && (
        <div className="publish-target-job">
          <JobFacts job={job} />
          <JobError job={job} />
          <JobWarnings job={job} />
        </div>
      )}
    </li>
  );
}
