import { describe, expect, it } from 'vitest';
import type { LaunchItem } from '@shared/launch/launch';
import { launchRows, visibleRows } from '../../../../renderer/src/features/launch/launch-rows';

/* The launch table's rows: grouped by listing in launch order, filtered to what needs attention, paged. */

const item = (listingId: string, channel: LaunchItem['channel'], state: LaunchItem['state']) => ({ listingId, channel, state }) as LaunchItem;

describe('launch rows', () => {
  const items = [
    item('a', 'taobao', 'done'), item('b', 'taobao', 'blocked'), item('a', 'shopify', 'done'),
    item('c', 'taobao', 'failed'), item('b', 'shopify', 'done'), item('d', 'taobao', 'pending'),
  ];
  const rows = launchRows({ items });

  it('groups items by listing in the order the launch lists them', () => {
    expect(rows.map((r) => [r.listingId, r.items.map((i) => i.channel)])).toEqual([['a', ['taobao', 'shopify']], ['b', ['taobao', 'shopify']], ['c', ['taobao']], ['d', ['taobao']]]);
  });

  it('keeps only listings with a failed or not-ready item when asked, and counts both ways', () => {
    const { shown, total, counts } = visibleRows(rows, 'attention', 200);
    expect(shown.map((r) => r.listingId)).toEqual(['b', 'c']);
    expect(total).toBe(2);
    expect(counts).toEqual({ all: 4, attention: 2 });
  });

  it('cuts to the page and says how many there are in all', () => {
    const many = launchRows({ items: Array.from({ length: 450 }, (_, i) => item(`l${i}`, 'jd', 'done')) });
    const first = visibleRows(many, 'all', 200);
    expect(first.shown).toHaveLength(200);
    expect(first.total).toBe(450);
    expect(visibleRows(many, 'all', 400).shown.at(-1)?.listingId).toBe('l399');
  });
});
