import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Launch } from '@shared/launch/launch';
import { reportCsv, reportHtml, reportRows, type ReportLabels } from '@shared/launch/report';

const launch: Launch = {
  id: 'L-1', name: 'Autumn <drop>', listingIds: ['a', 'b'], channels: ['taobao', 'shopify'], locales: ['zh-CN', 'en-US'], goLiveDate: '2026-12-01',
  state: 'finished', createdAt: 1, updatedAt: 2, workMs: 10, workItems: 2,
  items: [
    { listingId: 'a', channel: 'taobao', state: 'done', blockers: 0, blocking: [], where: '/data/launches/L-1/exports/taobao-20261201', sentAt: Date.UTC(2026, 11, 1, 9) },
    { listingId: 'a', channel: 'shopify', state: 'failed', blockers: 0, blocking: [], error: { code: 'push.auth', detail: '401' } },
    { listingId: 'b', channel: 'taobao', state: 'blocked', blockers: 1, blocking: [{ code: 'title.tooLong', params: { used: 61, limit: 60, unit: 'cjk-double' } }] },
    { listingId: 'b', channel: 'shopify', state: 'done', blockers: 1, blocking: [], override: { reason: 'agreed with "ops", ok', at: 3 }, where: 'gid://shopify/Product/9', sentAt: Date.UTC(2026, 11, 1, 9, 5) },
  ],
};

const labels: ReportLabels = {
  title: 'Launch report',
  columns: { spu: 'SPU', title: 'Title', channel: 'Channel', result: 'Result', detail: 'Detail', where: 'Where', time: 'Time' },
  states: { pending: 'To send', blocked: 'Not ready', working: 'Sending', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' },
  channelName: (c) => c.toUpperCase(),
  detail: (item) => (item.override ? `Let go: ${item.override.reason}` : (item.error?.code ?? item.blocking.map((b) => b.code).join(', '))),
  summary: (c) => `${c.done} done, ${c.failed} failed, ${c.blocked} not ready`,
  formatTime: (ms) => new Date(ms).toISOString(),
  meta: ['Go-live 2026-12-01'],
};
const listings = new Map([['a', { spuCode: 'DR-001', title: '碎花连衣裙' }], ['b', { spuCode: 'TS-002', title: 'Tee, "heavy" <cotton>' }]]);

describe('launch report', () => {
  it('has one row per listing × channel with result, reason and where it went', () => {
    const rows = reportRows(launch, listings, labels);
    expect(rows.map((r) => [r.spu, r.channel, r.result, r.detail, r.where])).toEqual([
      ['DR-001', 'TAOBAO', 'Done', '', '/data/launches/L-1/exports/taobao-20261201'],
      ['DR-001', 'SHOPIFY', 'Failed', 'push.auth', ''],
      ['TS-002', 'TAOBAO', 'Not ready', 'title.tooLong', ''],
      ['TS-002', 'SHOPIFY', 'Done', 'Let go: agreed with "ops", ok', 'gid://shopify/Product/9'],
    ]);
  });

  it('writes a CSV a spreadsheet reads back cell for cell (quotes, commas, Chinese)', () => {
    const rows = reportRows(launch, listings, labels);
    const parsed = Papa.parse<string[]>(reportCsv(rows, labels), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['SPU', 'Title', 'Channel', 'Result', 'Detail', 'Where', 'Time']);
    expect(parsed[1]).toEqual(['DR-001', '碎花连衣裙', 'TAOBAO', 'Done', '', '/data/launches/L-1/exports/taobao-20261201', '2026-12-01T09:00:00.000Z']);
    expect(parsed[4]?.[1]).toBe('Tee, "heavy" <cotton>');
    expect(parsed[4]?.[4]).toBe('Let go: agreed with "ops", ok');
  });

  it('writes a self-contained HTML page with everything escaped and no script', () => {
    const html = reportHtml(launch, reportRows(launch, listings, labels), labels, 'en');
    expect(html).toContain('<title>Launch report — Autumn &lt;drop&gt;</title>');
    expect(html).toContain('Tee, &quot;heavy&quot; &lt;cotton&gt;');
    expect(html).toContain('2 done, 1 failed, 1 not ready');
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<tr class="/g)).toHaveLength(4);
  });
});
