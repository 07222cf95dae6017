import { useMemo, useState, type FormEvent } from 'react';
import { overrideItem, withdrawOverride } from '@shared/launch/gate';
import type { Launch, LaunchItem } from '@shared/launch/launch';
import { launchesRepo } from '../../db/repos/launches';
import { itemDetail, type LaunchWords } from './launch-report';
import { LAUNCH_ROWS_PAGE, launchRows, visibleRows, type LaunchRowFilter } from './launch-rows';
import type { ListingFacts } from './use-launches';

/**
 * One row per listing, one cell per channel: state, why, where it went; not-ready items can be let
 * go with a reason. All listings or only those needing attention, a page at a time (launch-rows.ts).
 */
export function LaunchItems({ launch, facts, words, isLocked }: { launch: Launch; facts: ReadonlyMap<string, ListingFacts> | undefined; words: LaunchWords; isLocked: boolean }) {
  const { t, tCommon } = words;
  const [filter, setFilter] = useState<LaunchRowFilter>('all');
  const [limit, setLimit] = useState(LAUNCH_ROWS_PAGE);
  const rows = useMemo(() => launchRows(launch), [launch]);
  const { shown, total, counts } = visibleRows(rows, filter, limit);
  const choose = (next: LaunchRowFilter) => {
    setFilter(next);
    setLimit(LAUNCH_ROWS_PAGE);
  };
  return (
    <>
    <div className="launch-items-bar" role="group" aria-label={t('detail.filterLabel')}>
      {(['all', 'attention'] as const).map((f) => (
        <button key={f} type="button" className={filter === f ? 'btn small on' : 'btn small'} aria-pressed={filter === f} onClick={() => choose(f)}>
          {t(`detail.filter.${f}`, { count: counts[f] })}
        </button>
      ))}
    </div>
    {filter === 'attention' && total === 0 && <p className="muted">{t('detail.noneNeedAttention')}</p>}
    <table className="launch-items card">
      <thead>
        <tr>
          <th scope="col">{t('detail.listing')}</th>
          {launch.channels.map((c) => (
            <th scope="col" key={c}>
              {tCommon(`channels.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shown.map(({ listingId, items }) => {
          const f = facts?.get(listingId);
          return (
            <tr key={listingId} data-listing={f?.spuCode ?? listingId}>
              <th scope="row">
                <span className="launch-spu">{f?.spuCode ?? listingId}</span>
                <span className="launch-title muted">{f?.title}</span>
              </th>
              {launch.channels.map((channel) => {
                const item = items.find((i) => i.channel === channel);
                return <td key={channel}>{item && <ItemCell launch={launch} item={item} spu={f?.spuCode ?? listingId} words={words} isLocked={isLocked} />}</td>;
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
    {total > shown.length && (
      <button type="button" className="btn launch-show-more" onClick={() => setLimit(limit + LAUNCH_ROWS_PAGE)}>
        {t('detail.showMore', { count: Math.min(LAUNCH_ROWS_PAGE, total - shown.length), remaining: total - shown.length })}
      </button>
    )}
    </>
  );
}

function ItemCell({ launch, item, spu, words, isLocked }: { launch: Launch; item: LaunchItem; spu: string; words: LaunchWords; isLocked: boolean }) {
  const { t, tCommon } = words;
  const [isAsking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const detail = itemDetail(words, item);
  const channelName = tCommon(`channels.${item.channel}`);

  async function letGo(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!reason.trim()) return;
    await launchesRepo.setItem(launch.id, overrideItem(item, reason, Date.now()));
    setAsking(false);
  }

  return (
    <div className={`launch-item ${item.state}`} data-channel={item.channel} data-state={item.state}>
      <span className={`badge item-state ${item.state}`}>{t(`itemStates.${item.state}`)}</span>
      {detail && <p className="launch-item-detail">{detail}</p>}
      {item.state === 'done' && item.where && <p className="launch-item-where">{t('detail.where', { where: item.where })}</p>}
      {!isLocked && item.state === 'blocked' && !isAsking && (
        <button type="button" className="btn small ghost" aria-label={t('detail.overrideLabel', { spu, channel: channelName })} onClick={() => setAsking(true)}>
          {t('detail.override')}
        </button>
      )}
      {!isLocked && item.override && item.state === 'pending' && (
        <button type="button" className="btn small ghost" onClick={() => void launchesRepo.setItem(launch.id, withdrawOverride(item))}>
          {t('detail.withdraw')}
        </button>
      )}
      {isAsking && (
        <form className="override-form" onSubmit={(e) => void letGo(e)}>
          <label className="field">
            <span className="field-label">{t('detail.overrideReason')}</span>
            <input value={reason} autoFocus maxLength={500} required onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="override-actions">
            <button type="submit" className="btn small primary" disabled={!reason.trim()}>
              {t('detail.overrideConfirm')}
            </button>
            <button type="button" className="btn small ghost" onClick={() => setAsking(false)}>
              {t('detail.overrideCancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
