import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { assertNever } from '@shared/ipc/result';
import type { SaveState } from './autosaver';

function labelFor(state: SaveState, t: TFunction<'editor'>, language: string): string {
  switch (state.kind) {
    case 'idle':
      return t('save.idle');
    case 'pending':
    case 'saving':
      return t('save.saving');
    case 'saved':
      return t('save.saved', { time: new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(state.at) });
    case 'failed':
      return t('save.failed');
    default:
      return assertNever(state);
  }
}

/** "Saving…", "Saved 10:42", "Not saved — retrying": announced politely to screen readers. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation('editor');
  return (
    <span className={`save-indicator ${state.kind}`} role="status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      {labelFor(state, t, i18n.language)}
    </span>
  );
}
