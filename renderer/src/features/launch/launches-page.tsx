import { useTranslation } from 'react-i18next';
import { countItems } from '@shared/launch/progress';
import { useAppStore } from '../../store';
import { useTimeFormat } from '../publish/use-outbox';
import { LaunchStateBadge } from './launch-state-badge';
import { NewLaunchForm } from './new-launch-form';
import { useLaunches } from './use-launches';
import './launch.css';

/** Saved launches, newest first, and the form for a new one. */
export function LaunchesPage() {
  const { t } = useTranslation('launch');
  const { t: tCommon } = useTranslation('common');
  const launches = useLaunches();
  const navigate = useAppStore((s) => s.navigate);
  const format = useTimeFormat();
  return (
    <div className="launches-page" data-testid="launches-page">
      <header className="page-header">
        <h1>{t('list.title')}</h1>
      </header>
      <p className="muted">{t('list.intro')}</p>
      {launches && launches.length === 0 && <p className="muted">{t('list.empty')}</p>}
      {launches && launches.length > 0 && (
        <table className="launch-table card">
          <thead>
            <tr>
              <th scope="col">{t('list.columns.name')}</th>
              <th scope="col">{t('list.columns.goLive')}</th>
              <th scope="col">{t('list.columns.channels')}</th>
              <th scope="col">{t('list.columns.state')}</th>
              <th scope="col">{t('list.columns.progress')}</th>
              <th scope="col">{t('list.columns.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {launches.map((launch) => {
              const c = countItems(launch);
              return (
                <tr key={launch.id}>
                  <td>
                    <button type="button" className="link" aria-label={t('list.open', { name: launch.name })} onClick={() => navigate({ name: 'launch', launchId: launch.id })}>
                      {launch.name}
                    </button>
                  </td>
                  <td>{launch.goLiveDate}</td>
                  <td>{launch.channels.map((ch) => tCommon(`channels.${ch}`)).join(', ')}</td>
                  <td>
                    <LaunchStateBadge launch={launch} />
                  </td>
                  <td>{c.total === 0 ? '—' : t('detail.counts', { done: c.done, failed: c.failed, toGo: c.toGo, blocked: c.blocked })}</td>
                  <td>{format(launch.updatedAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <NewLaunchForm />
    </div>
  );
}
