import { useTranslation } from 'react-i18next';
import type { Launch } from '@shared/launch/launch';
import { countItems, fractionDone, timeLeftMs } from '@shared/launch/progress';

function formatDuration(ms: number, language: string): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  const [value, unit] = seconds < 90 ? [seconds, 'second'] : seconds < 5400 ? [Math.round(seconds / 60), 'minute'] : [Math.round(seconds / 3600), 'hour'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** The bar, the counts and the time left (from the rate of the items finished so far). */
export function LaunchProgress({ launch, isRunning }: { launch: Launch; isRunning: boolean }) {
  const { t, i18n } = useTranslation('launch');
  const c = countItems(launch);
  const fraction = fractionDone(launch);
  const left = timeLeftMs(launch);
  return (
    <section className="launch-progress card" aria-label={t('detail.progressLabel')}>
      <progress max={1} value={fraction} aria-label={t('detail.progressLabel')} />
      <p className="launch-counts" role="status" data-testid="launch-counts">
        {t('detail.counts', { done: c.done, failed: c.failed, toGo: c.toGo, blocked: c.blocked })}
      </p>
      {isRunning && c.toGo > 0 && <p className="muted">{left === null ? t('detail.timeLeftUnknown') : t('detail.timeLeft', { time: formatDuration(left, i18n.language) })}</p>}
    </section>
  );
}
