import { useTranslation } from 'react-i18next';
import type { TermNote } from './checklist-edits';

/** Why a typed term was not added as it was (too long, already built in, turned back on). */
export function TermNotes({ notes }: { notes: readonly TermNote[] }) {
  const { t } = useTranslation('settings');
  if (notes.length === 0) return null;
  return (
    <ul className="term-notes" role="status">
      {notes.map((n, i) => {
        const isError = n.kind === 'tooLong' || n.kind === 'tooMany';
        const text = n.kind === 'tooMany' ? t('checklist.adTerms.tooMany') : n.kind === 'tooLong' ? t('checklist.adTerms.tooLong') : t(`checklist.adTerms.${n.kind}`, { term: n.term });
        return (
          <li key={`${n.kind}-${i}`} className={isError ? 'settings-status error' : 'settings-status ok'}>{text}</li>
        );
      })}
    </ul>
  );
}
