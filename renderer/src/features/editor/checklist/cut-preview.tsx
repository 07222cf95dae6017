import { useTranslation } from 'react-i18next';
import type { TitleMeter } from '@shared/checklist/types';

interface Props {
  meter: TitleMeter;
  channelName: string;
}

/** The title as the channel treats it: the start shoppers see first, and what the channel cuts off. */
export function CutPreview({ meter, channelName }: Props) {
  const { t } = useTranslation('checklist');
  const { text, cutIndex } = meter;
  if (!text) return null;
  const end = cutIndex ?? text.length;
  const frontEnd = Math.min(meter.frontIndex, end);
  const unit = t(`units.${meter.unit}`);
  return (
    <figure className="cut-preview" aria-label={t('meter.previewLabel', { channel: channelName })} data-testid="cut-preview">
      <p className="cut-text">
        <mark className="cut-front" title={t('meter.front', { front: meter.frontUnits, unit })}>{text.slice(0, frontEnd)}</mark>
        {text.slice(frontEnd, end)}
        {cutIndex !== null && (
          <>
            <span className="cut-mark" aria-hidden="true" />
            <del className="cut-rest" title={t('meter.cut', { channel: channelName })}>{text.slice(cutIndex)}</del>
          </>
        )}
      </p>
      <figcaption className="cut-legend">
        <span className="legend-front">{t('meter.front', { front: meter.frontUnits, unit })}</span>
        {cutIndex !== null && <span className="legend-cut">{t('meter.cut', { channel: channelName })}</span>}
      </figcaption>
    </figure>
  );
}
