import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_CHANNELS, type ExportChannel } from '@shared/publish/export-channels';
import type { Listing } from '@shared/model';
import { api } from '../../lib/api';

type Output = Extract<Awaited<ReturnType<typeof api.exports.create>>, { ok: true }>['value'];
type Outcome = { kind: 'result'; output: Output } | { kind: 'ipc-failed' } | { kind: 'save-failed' };

interface Props {
  /** Stores the latest edits and returns the listing as stored; null when saving failed. */
  loadSaved(): Promise<Listing | null>;
}

/** "Export…" for one channel: main asks for a folder and writes the package and its zip there. */
export function ExportPackage({ loadSaved }: Props) {
  const { t } = useTranslation(['publish', 'common', 'images']);
  const [channel, setChannel] = useState<ExportChannel>(EXPORT_CHANNELS[0]);
  const [isRunning, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run(): Promise<void> {
    setRunning(true);
    setOutcome(null);
    try {
      const listing = await loadSaved();
      if (!listing) return setOutcome({ kind: 'save-failed' });
      const result = await api.exports.create({ channel, listings: [listing] });
      setOutcome(result.ok ? { kind: 'result', output: result.value } : { kind: 'ipc-failed' });
    } finally {
      setRunning(false);
    }
  }

  return (
    <div className="export-package" data-testid="export-package">
      <h3>{t('publish:export.title')}</h3>
      <p className="muted">{t('publish:export.intro')}</p>
      <div className="export-controls">
        <label className="field inline-field">
          <span className="field-label">{t('publish:export.channel')}</span>
          <select value={channel} onChange={(e) => setChannel(EXPORT_CHANNELS.find((c) => c === e.target.value) ?? channel)}>
            {EXPORT_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`common:channels.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn" disabled={isRunning} onClick={() => void run()}>
          {isRunning ? t('publish:export.running') : t('publish:export.run')}
        </button>
      </div>
      {outcome && <ExportOutcome outcome={outcome} />}
    </div>
  );
}

function ExportOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation(['publish', 'images']);
  if (outcome.kind === 'save-failed') return <p className="field-error" role="alert">{t('publish:panel.saveFailed')}</p>;
  if (outcome.kind === 'ipc-failed') return <p className="field-error" role="alert">{t('publish:export.ipcFailed')}</p>;
  const { output } = outcome;
  switch (output.status) {
    case 'cancelled':
      return <p className="muted" role="status">{t('publish:export.cancelled')}</p>;
    case 'failed':
      return <p className="field-error" role="alert">{t(`publish:export.failed.${output.code}`)}</p>;
    case 'done':
      return (
        <div className="export-result" role="status">
          <p>{t('publish:export.done', { count: output.fileCount, folder: output.folder })}</p>
          <p className="muted">{t('publish:export.zip', { path: output.zipPath })}</p>
          {(output.skipped.length > 0 || output.imageFailures.length > 0) && (
            <ul className="export-warnings">
              {output.skipped.map((s) => (
                <li key={`s-${s.spuCode}-${s.code}`}>{t('publish:export.skipped', { spu: s.spuCode, code: s.code })}</li>
              ))}
              {output.imageFailures.map((f) => (
                <li key={`i-${f.assetId}`}>{t('publish:export.imageFailure', { asset: f.assetId.slice(0, 10), reason: t(`images:errors.${f.code}`) })}</li>
              ))}
            </ul>
          )}
        </div>
      );
  }
}
