import { describe, expect, it } from 'vitest';
import { gateItems, itemsToRun, overrideItem, retryFailed, withdrawOverride, type ItemReadiness } from '@shared/launch/gate';
import type { LaunchItem } from '@shared/launch/launch';
import { countItems, fractionDone, timeLeftMs } from '@shared/launch/progress';

const ready: ItemReadiness = { ready: true, blockers: 0, blocking: [] };
const notReady: ItemReadiness = { ready: false, blockers: 2, blocking: [{ code: 'title.tooLong', params: { used: 61, limit: 60, unit: 'cjk-double' } }, { code: 'sku.noBarcode', params: { count: 1, total: 3, sku: 'A-1' } }] };

describe('launch gate', () => {
  it('lets ready items go and keeps not-ready ones out, with what blocks them', () => {
    const items = gateItems(['L1', 'L2'], ['taobao', 'amazon'], (id, channel) => (id === 'L2' && channel === 'taobao' ? notReady : ready));
    expect(items.map((i) => [i.listingId, i.channel, i.state])).toEqual([
      ['L1', 'taobao', 'pending'], ['L1', 'amazon', 'pending'], ['L2', 'taobao', 'blocked'], ['L2', 'amazon', 'pending'],
    ]);
    expect(items[2]).toMatchObject({ blockers: 2, blocking: [{ code: 'title.tooLong' }, { code: 'sku.noBarcode' }] });
  });

  it('an override with a reason lets a blocked item go, is kept when the gate runs again, and can be undone', () => {
    const [blocked] = gateItems(['L1'], ['taobao'], () => notReady);
    if (!blocked) throw new Error('no item');
    const let_ = overrideItem(blocked, '  launch day promise  ', 1000);
    expect(let_).toMatchObject({ state: 'pending', override: { reason: 'launch day promise', at: 1000 } });
    const [again] = gateItems(['L1'], ['taobao'], () => notReady, [let_]);
    expect(again).toMatchObject({ state: 'pending', override: { reason: 'launch day promise' } });
    expect(again && withdrawOverride(again)).toMatchObject({ state: 'blocked' });
    expect(again && withdrawOverride(again).override).toBeUndefined();
    // Only blocked items take an override.
    const [fine] = gateItems(['L1'], ['taobao'], () => ready);
    expect(fine && overrideItem(fine, 'x', 1)).toBe(fine);
  });

  it('never undoes an item that went out, and keeps failures failed until retried', () => {
    const done: LaunchItem = { listingId: 'L1', channel: 'shopify', state: 'done', blockers: 0, blocking: [], where: 'gid://1', sentAt: 5 };
    const failed: LaunchItem = { listingId: 'L2', channel: 'shopify', state: 'failed', blockers: 0, blocking: [], error: { code: 'push.server' } };
    const items = gateItems(['L1', 'L2'], ['shopify'], () => notReady, [done, failed]);
    expect(items[0]).toBe(done);
    // L2 became not ready since: blocked now, its old failure is no longer what matters.
    expect(items[1]).toMatchObject({ state: 'blocked' });
    const rerun = gateItems(['L2'], ['shopify'], () => ready, [failed]);
    expect(rerun[0]).toMatchObject({ state: 'failed', error: { code: 'push.server' } });
    expect(retryFailed(rerun)[0]).toMatchObject({ state: 'pending' });
    expect(retryFailed(rerun)[0]?.error).toBeUndefined();
  });

  it('a run works on pending items and on those a crash left working', () => {
    const base = { blockers: 0, blocking: [] };
    const items: LaunchItem[] = [
      { ...base, listingId: 'a', channel: 'jd', state: 'done' },
      { ...base, listingId: 'b', channel: 'jd', state: 'working' },
      { ...base, listingId: 'c', channel: 'jd', state: 'pending' },
      { ...base, listingId: 'd', channel: 'jd', state: 'blocked' },
      { ...base, listingId: 'e', channel: 'jd', state: 'failed' },
    ];
    expect(itemsToRun({ items }).map((i) => i.listingId)).toEqual(['b', 'c']);
  });
});

describe('launch progress', () => {
  const base = { blockers: 0, blocking: [] };
  const items: LaunchItem[] = [
    { ...base, listingId: 'a', channel: 'jd', state: 'done' },
    { ...base, listingId: 'b', channel: 'jd', state: 'failed' },
    { ...base, listingId: 'c', channel: 'jd', state: 'pending' },
    { ...base, listingId: 'd', channel: 'jd', state: 'pending' },
    { ...base, listingId: 'e', channel: 'jd', state: 'blocked' },
  ];

  it('counts, the share finished of what will go, and time left from the measured rate', () => {
    expect(countItems({ items })).toMatchObject({ done: 1, failed: 1, pending: 2, blocked: 1, toGo: 2, total: 5 });
    expect(fractionDone({ items })).toBe(0.5);
    expect(timeLeftMs({ items, workMs: 3000, workItems: 2 })).toBe(3000);
    expect(timeLeftMs({ items, workMs: 0, workItems: 0 })).toBeNull();
  });
});
