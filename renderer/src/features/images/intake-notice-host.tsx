import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useAppStore } from '../../store';
import { IntakeReport } from './intake-report';
import { attachResults } from './run-intake';
import './images.css';

/**
 * App-wide: attaches what the watched designer folder brings in (whatever screen is open) and
 * shows the last import's report until it is dismissed, so unmatched and failed files are seen.
 */
export function IntakeNoticeHost() {
  const { t } = useTranslation('images');
  const notice = useAppStore((s) => s.intakeNotice);
  const show = useAppStore((s) => s.showIntakeNotice);
  const dismiss = useAppStore((s) => s.dismissIntakeNotice);

  useEffect(
    () =>
      api.on('assets:watched', ({ results }) => {
        void attachResults(results).then((plan) => show('watched', plan));
      }),
    [show],
  );

  if (!notice) return null;
  return (
    <div className="intake-notice-host">
      <IntakeReport key={notice.id} plan={notice.plan} title={notice.source === 'watched' ? t('report.watchedTitle') : t('report.title')} onDismiss={dismiss} />
    </div>
  );
}
