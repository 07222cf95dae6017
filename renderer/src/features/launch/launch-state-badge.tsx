import { useTranslation } from 'react-i18next';
import type { Launch } from '@shared/launch/launch';
import { useIsRunningHere } from './use-launches';

/** The launch's state; "running" that nobody in this window runs is shown as interrupted. */
export function LaunchStateBadge({ launch }: { launch: Launch }) {
  const { t } = useTranslation('launch');
  const isRunning = useIsRunningHere(launch.id);
  const state = launch.state === 'running' && !isRunning ? 'interrupted' : launch.state;
  return (
    <span className={`badge launch-state ${state}`} data-state={state}>
      {t(`states.${state}`)}
    </span>
  );
}
