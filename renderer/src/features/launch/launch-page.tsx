import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { retryFailed } from '@shared/launch/gate';
import { countItems } from '@shared/launch/progress';
import { launchesRepo } from '../../db/repos/launches';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { cancelLaunch, exportLaunchBundle, gateLaunch, startLaunch } from './launch-service';
import { LaunchItems } from './launch-items';
import { LaunchProgress } from './launch-progress';
import { saveReport, type LaunchWords } from './launch-report';
import { LaunchStateBadge } from './launch-state-badge';
import { useIsRunningHere, useLaunch, useListingFacts } from './use-launches';
import './launch.css';

/** One launch: check readiness, start / cancel / resume / retry failed, progress, items and the report. */
export function LaunchPage({ launchId }: { launchId: string }) {
  const { t, i18n } = useTranslation('launch');
  const { t: tc } = useTranslation('checklist');
  const { t: tCommon } = useTranslation('common');
  const words: LaunchWords = { t, tc, tCommon, language: i18n.language };
  const navigate = useAppStore((s) => s.navigate);
  const launch = useLaunch(launchId);
  const facts = useListingFacts(launch?.listingIds ?? []);
  const isRunning = useIsRunningHere(launchId);
  const [isBusy, setBusy] = useState(false);
  const [reportPath, setReportPath] = useState<string | null>(null);
  const [bundleNote, setBundleNote] = useState<string | null>(null);

  // A launch deleted (or a stale link): back to the list, from an effect, not during render.
  useEffect(() => {
    if (launch === null) navigate({ name: 'launches' });
  }, [launch, navigate]);

  if (launch === undefined) return <p className="muted">{tCommon('loading')}</p>;
  if (launch === null) return null;
  const c = countItems(launch);
  const isChecked = launch.items.length > 0;
  const isInterrupted = launch.state === 'running' && !isRunning;
  const canStart = !isRunning && isChecked && c.toGo > 0;

  async function busy(work: () => Promise<unknown>): Promise<void> {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  async function run(): Promise<void> {
    await startLaunch(launchId);
    // The report follows every run, so what happened is on disk even if the window closes next.
    const after = await launchesRepo.get(launchId);
    if (after && facts) setReportPath(await saveReport(words, after, facts));
  }

  return (
    <div className="launch-page" data-testid="launch-page">
      <button type="button" className="btn small ghost launch-back" onClick={() => navigate({ name: 'launches' })}>
        {t('detail.back')}
      </button>
      <header className="page-header launch-header">
        <h1>{launch.name}</h1>
        <LaunchStateBadge launch={launch} />
      </header>
      <p className="muted">
        {t('detail.goLive', { date: launch.goLiveDate })} · {t('detail.summary', { listings: t('detail.listingsCount', { count: launch.listingIds.length }), channels: t('detail.channelsCount', { count: launch.channels.length }) })} ·{' '}
        {launch.channels.map((ch) => tCommon(`channels.${ch}`)).join(', ')}
      </p>
      {isInterrupted && (
        <p className="notice warn" role="alert">
          {t('detail.interrupted')}
        </p>
      )}
      {!isChecked && <p className="notice">{t('detail.notChecked')}</p>}
      <div className="launch-toolbar">
        <button type="button" className="btn" disabled={isRunning || isBusy} onClick={() => void busy(() => gateLaunch(launch))}>
          {t('detail.check')}
        </button>
        {canStart && (
          <button type="button" className="btn primary" onClick={() => void run()}>
            {isInterrupted || launch.state === 'cancelled' ? t('detail.resume') : t('detail.start')}
          </button>
        )}
        {isRunning && (
          <button type="button" className="btn danger" onClick={() => cancelLaunch(launchId)}>
            {t('detail.cancel')}
          </button>
        )}
        {!isRunning && c.failed > 0 && (
          <button type="button" className="btn" onClick={() => void busy(async () => {
            await launchesRepo.update(launchId, (l) => ({ ...l, items: retryFailed(l.items) }));
            await run();
          })}>
            {t('detail.retryFailed', { count: c.failed })}
          </button>
        )}
        <span className="toolbar-spacer" />
        {!isRunning && isChecked && facts && (
          <button type="button" className="btn ghost" onClick={() => void busy(async () => setReportPath(await saveReport(words, launch, facts)))}>
            {t('detail.saveReport')}
          </button>
        )}
        {reportPath && (
          <button type="button" className="btn ghost" onClick={() => void api.launches.reveal({ launchId, what: 'report' })}>
            {t('detail.openReport')}
          </button>
        )}
        <button type="button" className="btn ghost" disabled={isBusy} onClick={() => void busy(async () => setBundleNote(await exportLaunchBundle(launch, t)))}>
          {t('detail.exportBundle')}
        </button>
        <button type="button" className="btn ghost" onClick={() => void api.launches.reveal({ launchId, what: 'folder' })}>
          {t('detail.openFolder')}
        </button>
      </div>
      {reportPath && (
        <p className="muted report-saved" role="status">
          {t('detail.reportSaved', { path: reportPath })}
        </p>
      )}
      {bundleNote && (
        <p className="muted report-saved" role="status">
          {bundleNote}
        </p>
      )}
      {isChecked && <LaunchProgress launch={launch} isRunning={isRunning} />}
      {isChecked && <LaunchItems launch={launch} facts={facts} words={words} isLocked={isRunning} />}
    </div>
  );
}
