import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_IDS, type ChannelId } from '@shared/model/ids';

/** One tab per channel; arrow keys move between them as in any tab list. */
export function ChannelTabs({ value, onChange }: { value: ChannelId; onChange(channel: ChannelId): void }) {
  const { t } = useTranslation(['settings', 'common']);
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>): void {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const index = (CHANNEL_IDS.indexOf(value) + step + CHANNEL_IDS.length) % CHANNEL_IDS.length;
    const next = CHANNEL_IDS[index] ?? value;
    onChange(next);
    listRef.current?.querySelector<HTMLButtonElement>(`#rule-tab-${next}`)?.focus();
  }

  return (
    <div ref={listRef} role="tablist" aria-label={t('settings:rules.channels')} className="rule-tabs" onKeyDown={onKeyDown}>
      {CHANNEL_IDS.map((c) => (
        <button
          key={c}
          id={`rule-tab-${c}`}
          type="button"
          role="tab"
          aria-selected={c === value}
          aria-controls={`rule-pack-${c}`}
          tabIndex={c === value ? 0 : -1}
          className={c === value ? 'rule-tab active' : 'rule-tab'}
          onClick={() => onChange(c)}
        >
          {t(`common:channels.${c}`)}
        </button>
      ))}
    </div>
  );
}
