import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '@shared/checklist/types';
import { useItemMessage } from '../../checklist/use-item-message';

interface Props {
  items: readonly ChecklistItem[];
  onUndo(key: string): void;
}

/** Warnings the user accepted, collapsed: what, why, and a way back. */
export function AcceptedItems({ items, onUndo }: Props) {
  const { t } = useTranslation('checklist');
  const messageOf = useItemMessage();
  return (
    // Opened at the bottom of a scrolling rail, the list would stay out of sight without the scroll.
    <details className="checklist-accepted" onToggle={(e) => e.currentTarget.open && e.currentTarget.scrollIntoView({ block: 'nearest' })}>
      <summary>{t('panel.accepted', { count: items.length })}</summary>
      <ul>
        {items.map((item) => {
          const message = messageOf(item);
          return (
            <li key={item.key} className="accepted-item">
              <span className="check-text">{message}</span>
              <span className="accepted-reason">{t('panel.reasonShown', { reason: item.override?.reason ?? '' })}</span>
              <button type="button" className="btn ghost accepted-undo" aria-label={t('panel.undoFor', { message })} onClick={() => onUndo(item.key)}>
                {t('panel.undo')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
