import { useTranslation } from 'react-i18next';
import { CHANNEL_IDS, COPY_LOCALES, CURRENCIES } from '@shared/model/ids';
import { UNIT_SYSTEMS, type Market } from '@shared/markets/market';
import { Icon } from '../../../components/icon';
import { toggleChannel, type MarketIssue } from './market-edits';

interface Props {
  market: Market;
  index: number;
  issues: readonly MarketIssue[];
  onChange(next: Market): void;
  onRemove(): void;
}

/** One market: its name, copy language, currency, unit system and the channels that sell there. */
export function MarketRow({ market, index, issues, onChange, onRemove }: Props) {
  const { t } = useTranslation(['markets', 'common']);
  const label = market.name.trim() || t('markets:markets.unnamed', { number: index + 1 });
  const nameIssue = issues.find((i) => i.index === index);
  const errorId = `market-${market.id}-name-error`;
  const isUnit = (value: string): value is Market['units'] => (UNIT_SYSTEMS as readonly string[]).includes(value);
  return (
    <tr data-testid={`market-row-${index}`}>
      <td className="col-market-name">
        <input
          id={`market-${market.id}-name`}
          type="text"
          className="cell-input"
          value={market.name}
          placeholder={t('markets:markets.namePlaceholder')}
          aria-label={t('markets:markets.nameOf', { number: index + 1 })}
          aria-invalid={nameIssue !== undefined || undefined}
          aria-describedby={nameIssue ? errorId : undefined}
          onChange={(e) => onChange({ ...market, name: e.target.value })}
        />
        {nameIssue && <span id={errorId} className="field-error">{t(`markets:markets.issues.${nameIssue.code}`)}</span>}
      </td>
      <td className="col-market-locale">
        <select className="cell-input" aria-label={t('markets:markets.localeOf', { market: label })} value={market.locale} onChange={(e) => onChange({ ...market, locale: COPY_LOCALES.find((l) => l === e.target.value) ?? market.locale })}>
          {COPY_LOCALES.map((l) => <option key={l} value={l}>{t(`common:locales.${l}`)}</option>)}
        </select>
      </td>
      <td className="col-market-currency">
        <select className="cell-input" aria-label={t('markets:markets.currencyOf', { market: label })} value={market.currency} onChange={(e) => onChange({ ...market, currency: CURRENCIES.find((c) => c === e.target.value) ?? market.currency })}>
          {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </td>
      <td className="col-market-units">
        <select className="cell-input" aria-label={t('markets:markets.unitsOf', { market: label })} value={market.units} onChange={(e) => isUnit(e.target.value) && onChange({ ...market, units: e.target.value })}>
          {UNIT_SYSTEMS.map((u) => <option key={u} value={u}>{t(`markets:markets.unitNames.${u}`)}</option>)}
        </select>
      </td>
      <td className="col-market-channels">
        <div role="group" aria-label={t('markets:markets.channelsOf', { market: label })} className="channel-checks">
          {CHANNEL_IDS.map((c) => (
            <label key={c} className={market.channels.includes(c) ? 'channel-check on' : 'channel-check'}>
              <input type="checkbox" checked={market.channels.includes(c)} onChange={() => onChange(toggleChannel(market, c))} />
              {t(`common:channels.${c}`)}
            </label>
          ))}
        </div>
      </td>
      <td className="col-actions">
        <button type="button" className="btn ghost icon-btn" aria-label={t('markets:markets.remove', { market: label })} title={t('markets:markets.remove', { market: label })} onClick={onRemove}>
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  );
}
