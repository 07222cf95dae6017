import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SizeChartDrawProblem } from '@shared/ipc/contract-size-chart';
import { CHANNEL_IDS, type ChannelId } from '@shared/model/ids';
import type { SizeChart } from '@shared/model/listing';
import type { Market } from '@shared/markets/market';
import { useAppSettings } from '../../../lib/app-settings';
import { api } from '../../../lib/api';

interface Props {
  chart: SizeChart;
  categoryPath: readonly string[];
}

type State =
  | { status: 'idle' }
  | { status: 'drawing' }
  | { status: 'problem'; problem: SizeChartDrawProblem }
  | {
      status: 'drawn'; url: string; width: number; height: number; unit: 'cm' | 'in'; locales: string[];
      /** What it was drawn from: a change to any of them makes the image out of date. */
      chart: SizeChart; channel: ChannelId; category: string; markets: readonly Market[];
    };

/**
 * The chart as the chosen channel's package carries it: drawn by the image worker with the
 * merchant's markets (unit, label languages) at the channel's detail-image width. Drawn on request,
 * not per keystroke, and marked as out of date once the chart, the channel, the category (men's or
 * women's shoe sizes) or the markets change.
 */
export function SizeChartChannelImage({ chart, categoryPath }: Props) {
  const { t } = useTranslation('sizechart');
  const { t: tc } = useTranslation('common');
  const selectId = useId();
  const [channel, setChannel] = useState<ChannelId>('taobao');
  const [state, setState] = useState<State>({ status: 'idle' });
  const { markets } = useAppSettings();
  const category = categoryPath.join('\u0000');
  // The answer a draw may still apply: a newer draw or leaving the listing makes an older one moot.
  const current = useRef(0);
  useEffect(() => () => {
    current.current += 1;
  }, []);

  const drawnUrl = state.status === 'drawn' ? state.url : null;
  useEffect(() => () => {
    if (drawnUrl) URL.revokeObjectURL(drawnUrl);
  }, [drawnUrl]);

  async function draw(): Promise<void> {
    const request = (current.current += 1);
    const from = { chart, channel, category, markets };
    setState({ status: 'drawing' });
    const result = await api.sizeCharts.draw({ sizeChart: chart, categoryPath: [...categoryPath], channel });
    // No object URL for an answer nobody will show: it would never be revoked.
    if (request !== current.current) return;
    if (!result.ok) return setState({ status: 'problem', problem: 'failed' });
    const answer = result.value;
    if (answer.status === 'problem') return setState({ status: 'problem', problem: answer.problem });
    const url = URL.createObjectURL(new Blob([new Uint8Array(answer.bytes)], { type: answer.mime }));
    setState({ status: 'drawn', url, width: answer.width, height: answer.height, unit: answer.unit, locales: answer.locales, ...from });
  }

  const isStale = state.status === 'drawn' && (state.chart !== chart || state.channel !== channel || state.category !== category || state.markets !== markets);
  return (
    <section className="size-chart-image" aria-labelledby={`${selectId}-title`}>
      <div className="size-chart-image-bar">
        <h3 id={`${selectId}-title`} className="size-chart-image-title">{t('image.title')}</h3>
        <label htmlFor={selectId} className="size-chart-image-channel">
          <span>{t('image.channel')}</span>
          <select
            id={selectId}
            value={channel}
            onChange={(e) => {
              const next = CHANNEL_IDS.find((c) => c === e.target.value);
              if (next) setChannel(next);
            }}
          >
            {CHANNEL_IDS.map((c) => (
              <option key={c} value={c}>{tc(`channels.${c}`)}</option>
            ))}
          </select>
        </label>
        <button type="button" className="btn small" onClick={() => void draw()} disabled={state.status === 'drawing'}>
          {state.status === 'drawn' ? t('image.redraw') : t('image.draw')}
        </button>
      </div>
      {state.status === 'idle' && <p className="field-hint">{t('image.hint')}</p>}
      {state.status === 'drawing' && <p className="field-hint" role="status">{t('image.drawing')}</p>}
      {state.status === 'problem' && <p className="inline-notice error" role="alert">{t(`problems.${state.problem}`)}</p>}
      {state.status === 'drawn' && (
        <figure className="size-chart-image-figure">
          {isStale && <p className="inline-notice size-chart-notice" role="status">{t('image.stale')}</p>}
          <img
            src={state.url}
            width={state.width}
            height={state.height}
            alt={t('image.alt', { channel: tc(`channels.${state.channel}`) })}
          />
          <figcaption className="field-hint">
            {t('image.caption', {
              channel: tc(`channels.${state.channel}`),
              width: state.width,
              height: state.height,
              unit: t(`view.${state.unit}`),
              languages: state.locales.map((l) => t(`image.languages.${l}`, { defaultValue: l })).join(' / '),
            })}
          </figcaption>
        </figure>
      )}
    </section>
  );
}
