import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { NAMING_EXAMPLE } from './intake-report';
import type { ImportSource } from './run-intake';
import { sourcesFromFiles, useFileDrop } from './use-file-drop';

interface Props {
  isBusy: boolean;
  onSources(sources: ImportSource[]): void;
}

/** Where files arrive: drag and drop (files or folders), paste, or the file picker. */
export function DropZone({ isBusy, onSources }: Props) {
  const { t } = useTranslation('images');
  const { isActive, handlers } = useFileDrop(onSources);

  // Pasting an image anywhere in the editor adds it; pasting text into a field is left alone.
  useEffect(() => {
    function onPaste(e: ClipboardEvent): void {
      const files = [...(e.clipboardData?.files ?? [])].filter((f) => f.type.startsWith('image/'));
      if (files.length === 0) return;
      e.preventDefault();
      void sourcesFromFiles(files).then(onSources);
    }
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [onSources]);

  async function choose(): Promise<void> {
    const r = await api.files.pick({});
    if (r.ok && r.value.paths.length > 0) onSources([{ kind: 'paths', paths: r.value.paths }]);
  }

  return (
    <div className={isActive ? 'drop-zone active' : 'drop-zone'} data-testid="image-drop-zone" aria-busy={isBusy} {...handlers}>
      <svg className="drop-zone-icon" width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
        <rect x="3" y="5" width="22" height="18" rx="3" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <circle cx="10" cy="11" r="2" fill="currentColor" />
        <path d="M4 21l6-6 4 4 4-5 6 7" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      <div className="drop-zone-text">
        <strong>{isActive ? t('drop.active') : t('drop.label')}</strong>
        <span>{t('drop.hint', { example: NAMING_EXAMPLE })}</span>
        <span>{t('drop.paste')}</span>
      </div>
      <button type="button" className="btn" onClick={() => void choose()} disabled={isBusy}>{t('drop.choose')}</button>
      {isBusy && <span className="drop-zone-busy" role="status">{t('drop.importingOne')}</span>}
    </div>
  );
}
