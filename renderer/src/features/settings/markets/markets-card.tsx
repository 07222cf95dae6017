import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Market } from '@shared/markets/market';
import { Icon } from '../../../components/icon';
import { SaveStatusMessage } from '../save-status';
import { cleanMarkets, createMarket, MAX_MARKETS, validateMarkets } from './market-edits';
import { focusNeighbour } from './focus-neighbour';
import { MarketRow } from './market-row';
import { useAppSettings } from '../../../lib/app-settings';
import { useSettingsDraft } from '../use-settings-draft';
import { useSettingsSave } from '../use-settings-save';
import '../../editor/editor.css';
import '../settings.css';
import './markets.css';

/**
 * Where the merchant sells: each market's copy language, currency, unit system and channels. The
 * card edits a copy of the list and saves it whole with Save; Discard goes back to what is stored.
 */
export function MarketsCard() {
  const { t } = useTranslation('markets');
  const stored = useAppSettings();
  // null = show what is stored (it can change from another window).
  const { draft, setDraft, settle } = useSettingsDraft('markets');
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const { save, status, clearStatus } = useSettingsSave();
  const markets = draft ?? stored.markets;
  const issues = validateMarkets(markets);
  const isDirty = draft !== null && JSON.stringify(cleanMarkets(draft)) !== JSON.stringify(stored.markets);

  function change(next: Market[]): void {
    setDraft(next);
    clearStatus();
  }

  async function submit(): Promise<void> {
    if (draft === null) return;
    const [first] = issues;
    if (first !== undefined) {
      setHasTriedSave(true);
      const target = markets[first.index];
      if (target) document.getElementById(`market-${target.id}-name`)?.focus();
      return;
    }
    setHasTriedSave(false);
    const sent = draft;
    if (await save({ markets: cleanMarkets(sent) })) settle(sent);
  }

  function add(): void {
    const market = createMarket(markets);
    change([...markets, market]);
    requestAnimationFrame(() => document.getElementById(`market-${market.id}-name`)?.focus());
  }

  return (
    <section className="card markets-card" aria-labelledby="markets-title">
      <h2 id="markets-title">{t('markets.title')}</h2>
      <p className="muted">{t('markets.intro')}</p>
      {markets.length === 0 ? (
        <p className="empty-state">{t('markets.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table markets-table">
            <thead>
              <tr>
                <th scope="col" className="col-market-name">{t('markets.name')}</th>
                <th scope="col">{t('markets.locale')}</th>
                <th scope="col">{t('markets.currency')}</th>
                <th scope="col">{t('markets.units')}</th>
                <th scope="col">{t('markets.channels')}</th>
                <th scope="col" className="col-actions"><span className="sr-only">{t('markets.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {markets.map((market, index) => (
                <MarketRow
                  key={market.id}
                  market={market}
                  index={index}
                  issues={issues}
                  onChange={(next) => change(markets.map((m, i) => (i === index ? next : m)))}
                  onRemove={() => {
                    const next = markets.filter((_, i) => i !== index);
                    change(next);
                    focusNeighbour(next.map((m) => `market-${m.id}-name`), index, 'markets-add');
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="settings-actions">
        <button type="button" id="markets-add" className="btn" onClick={add} disabled={markets.length >= MAX_MARKETS}>
          <Icon name="plus" />
          {t('markets.add')}
        </button>
        <span className="settings-actions-gap" />
        {isDirty && <span className="unsaved-note">{t('unsaved')}</span>}
        <button type="button" className="btn" disabled={draft === null} onClick={() => {
          setDraft(null);
          setHasTriedSave(false);
          clearStatus();
        }}>{t('discard')}</button>
        <button type="button" className="btn primary" disabled={!isDirty} onClick={() => void submit()}>{t('markets.save')}</button>
      </div>
      {hasTriedSave && issues.length > 0 && <p className="settings-status error" role="alert">{t('markets.fixFirst')}</p>}
      <SaveStatusMessage status={status} />
    </section>
  );
}
