import { useTranslation } from 'react-i18next';
import { CHANNEL_PACKS } from '@shared/rules/packs';
import { CHANNEL_IDS, type ChannelId, type CopyLocale } from '@shared/model/ids';
import type { Copy } from '@shared/model/listing';
import { useChecklistView } from './checklist-view';
import { CutPreview } from './cut-preview';
import { TitleMeterChip } from './title-meter-chip';

interface Props {
  locale: CopyLocale;
  copy: Copy;
  /** A channel title override: one meter for that channel. Without: every channel using the locale's title. */
  channel?: ChannelId;
}

/** Channels whose title in this locale is the main title: they need the locale and have no override of their own. */
export function channelsUsingTitle(locale: CopyLocale, copy: Copy): ChannelId[] {
  return CHANNEL_IDS.filter((c) => CHANNEL_PACKS[c].locales.includes(locale) && !copy.titleOverrides[c]?.trim());
}

/** Length meters under a title field, with the cut preview for the channel in view. */
export function TitleMeters({ locale, copy, channel }: Props) {
  const { t } = useTranslation('checklist');
  const { t: tc } = useTranslation('common');
  const view = useChecklistView();
  if (!view) return null;
  const channels = channel ? [channel] : channelsUsingTitle(locale, copy);
  if (channels.length === 0) return null;
  // An override always previews its own channel; the main title previews the channel picked in the panel.
  const previewed = channel ?? channels.find((c) => c === view.channel);
  const previewMeter = previewed ? view.meterOf(previewed, locale) : undefined;
  return (
    <div className="title-meters" data-testid={`title-meters-${locale}${channel ? `-${channel}` : ''}`}>
      <div className="meter-chips" role="group" aria-label={t('meter.groupLabel')}>
        {channels.map((c) => (
          <TitleMeterChip key={c} channel={c} meter={view.meterOf(c, locale)} isSelected={c === view.channel} onSelect={view.selectChannel} />
        ))}
      </div>
      {previewed && previewMeter && <CutPreview meter={previewMeter} channelName={tc(`channels.${previewed}`)} />}
    </div>
  );
}
