import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_IDS, type ChannelId } from '@shared/model/ids';

interface Props {
  readyFor: readonly ChannelId[] | undefined;
  scores: Partial<Record<ChannelId, number>> | undefined;
}

/*
 * Labels per language, cached: a screenful of rows has ~270 chips and each would otherwise run
 * three translations on every render (search-as-you-type mounts new rows per keystroke). There
 * are at most 9 channels × 101 scores × 2 states per language.
 */
const labelCache = new Map<string, Map<string, string>>();

function cached(language: string, key: string, make: () => string): string {
  let byKey = labelCache.get(language);
  if (!byKey) {
    byKey = new Map();
    labelCache.set(language, byKey);
  }
  let label = byKey.get(key);
  if (label === undefined) {
    label = make();
    byKey.set(key, label);
  }
  return label;
}

/**
 * One tiny chip per channel, always in the same order so a column of rows reads as a matrix:
 * filled green = ready, hollow grey = not ready (its score in the name and tooltip).
 */
export const ReadinessChips = memo(function ReadinessChips({ readyFor, scores }: Props) {
  const { t, i18n } = useTranslation('catalog');
  const { t: tc } = useTranslation('common');
  const lang = i18n.language;
  return (
    <span className="ready-chips">
      {CHANNEL_IDS.map((channel) => {
        const isReady = readyFor?.includes(channel) ?? false;
        const score = scores?.[channel];
        const state = isReady ? 'ready' : score === undefined ? 'unknown' : `notReady|${score}`;
        const label = cached(lang, `${channel}|${state}`, () => {
          const name = tc(`channels.${channel}`);
          if (isReady) return t('readiness.ready', { channel: name });
          if (score === undefined) return t('readiness.unknown', { channel: name });
          return t('readiness.notReady', { channel: name, score });
        });
        return (
          <span key={channel} role="img" className={isReady ? 'ready-chip is-ready' : 'ready-chip'} aria-label={label} title={label}>
            {cached(lang, `${channel}|short`, () => t(`readiness.short.${channel}`))}
          </span>
        );
      })}
    </span>
  );
});
