import { useTranslation } from 'react-i18next';
import type { TitleMeter } from '@shared/checklist/types';
import type { ChannelId } from '@shared/model/ids';

interface Props {
  channel: ChannelId;
  meter: TitleMeter;
  isSelected: boolean;
  onSelect(channel: ChannelId): void;
}

export function meterState(meter: TitleMeter): 'over' | 'near' | 'fits' {
  if (meter.limit === null) return 'fits';
  if (meter.used > meter.limit) return 'over';
  return meter.used >= meter.limit * 0.9 ? 'near' : 'fits';
}

/** "Taobao 58 / 60" in the channel's own unit; picking it shows where that channel cuts the title. */
export function TitleMeterChip({ channel, meter, isSelected, onSelect }: Props) {
  const { t } = useTranslation('checklist');
  const { t: tc } = useTranslation('common');
  const name = tc(`channels.${channel}`);
  const unit = t(`units.${meter.unit}`);
  const state = meterState(meter);
  const summary =
    meter.limit === null
      ? t('meter.noLimit', { channel: name, used: meter.used, unit })
      : state === 'over'
        ? t('meter.over', { channel: name, used: meter.used, limit: meter.limit, unit, over: meter.used - meter.limit })
        : t('meter.fits', { channel: name, used: meter.used, limit: meter.limit, unit });
  return (
    <button type="button" className={`meter-chip ${state}${isSelected ? ' selected' : ''}`} aria-pressed={isSelected} title={summary} data-channel={channel} data-state={state} onClick={() => onSelect(channel)}>
      <span className="meter-channel">{name}</span>
      <span className="meter-count">{meter.limit === null ? t('meter.countNoLimit', { used: meter.used }) : t('meter.count', { used: meter.used, limit: meter.limit })}</span>
    </button>
  );
}
