import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelId } from '@shared/model/ids';
import { Icon } from '../../../components/icon';
import type { ChannelSummary } from './checklist-view';

interface Props {
  summaries: readonly ChannelSummary[];
  channel: ChannelId;
  onSelect(channel: ChannelId): void;
}

export const CHECKLIST_TABPANEL_ID = 'checklist-tabpanel';
export const checklistTabId = (channel: ChannelId) => `checklist-tab-${channel}`;

/** One tab per channel with its verdict: ✓ when ready, else the number of open blockers. */
export function ChannelTabs({ summaries, channel, onSelect }: Props) {
  const { t } = useTranslation('checklist');
  const { t: tc } = useTranslation('common');

  function onKey(e: KeyboardEvent<HTMLButtonElement>, index: number): void {
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = summaries[(index + step + summaries.length) % summaries.length]?.channel;
    if (!next) return;
    onSelect(next);
    document.getElementById(checklistTabId(next))?.focus();
  }

  return (
    <div className="checklist-tabs" role="tablist" aria-label={t('panel.channels')}>
      {summaries.map((s, i) => {
        const isSelected = s.channel === channel;
        return (
          <button
            key={s.channel}
            id={checklistTabId(s.channel)}
            type="button"
            role="tab"
            aria-selected={isSelected}
            aria-controls={CHECKLIST_TABPANEL_ID}
            tabIndex={isSelected ? 0 : -1}
            className={`checklist-tab${isSelected ? ' active' : ''}${s.ready ? ' ready' : ' blocked'}`}
            onClick={() => onSelect(s.channel)}
            onKeyDown={(e) => onKey(e, i)}
          >
            <span className="checklist-tab-name">{tc(`channels.${s.channel}`)}</span>
            {s.ready ? (
              <span className="checklist-badge ready">
                <Icon name="check" size={11} />
                <span className="sr-only">{t('panel.ready')}</span>
              </span>
            ) : (
              <span className="checklist-badge blocked">
                <span aria-hidden="true">{s.blockers}</span>
                <span className="sr-only">{t('panel.blockers', { count: s.blockers })}</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
