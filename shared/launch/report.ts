import Papa from 'papaparse';
import type { ChannelId } from '../model/ids';
import { escapeHtml } from '../publish/copy-html';
import type { ItemState, Launch, LaunchItem } from './launch';
import { countItems } from './progress';

/*
 * The launch report, one row per listing × channel: what happened, why, and where it went. Pure:
 * the caller passes the translated words (the report is in the user's language) and the listing
 * facts; the same rows make the HTML page and the CSV.
 */

export interface ReportListing {
  spuCode: string;
  title: string;
}

export interface ReportLabels {
  title: string;
  /** Column headings. */
  columns: { spu: string; title: string; channel: string; result: string; detail: string; where: string; time: string };
  states: Record<ItemState, string>;
  channelName(channel: ChannelId): string;
  /** The reason an item did not go or failed, in words. */
  detail(item: LaunchItem): string;
  summary(counts: ReturnType<typeof countItems>): string;
  formatTime(ms: number): string;
  /** "Generated {{time}}", "Go-live {{date}}" lines under the title. */
  meta: string[];
}

export interface ReportRow {
  spu: string;
  title: string;
  channel: string;
  result: string;
  state: ItemState;
  detail: string;
  where: string;
  time: string;
}

export function reportRows(launch: Launch, listings: ReadonlyMap<string, ReportListing>, labels: ReportLabels): ReportRow[] {
  return launch.items.map((item) => {
    const listing = listings.get(item.listingId);
    return {
      spu: listing?.spuCode ?? item.listingId,
      title: listing?.title ?? '',
      channel: labels.channelName(item.channel),
      result: labels.states[item.state],
      state: item.state,
      detail: labels.detail(item),
      where: item.where ?? '',
      time: item.sentAt === undefined ? '' : labels.formatTime(item.sentAt),
    };
  });
}

export function reportCsv(rows: readonly ReportRow[], labels: ReportLabels): string {
  const c = labels.columns;
  return Papa.unparse({
    fields: [c.spu, c.title, c.channel, c.result, c.detail, c.where, c.time],
    data: rows.map((r) => [r.spu, r.title, r.channel, r.result, r.detail, r.where, r.time]),
  });
}

/** A self-contained page (inline style, no script) that opens in any browser and prints on A4. */
export function reportHtml(launch: Launch, rows: readonly ReportRow[], labels: ReportLabels, lang: string): string {
  const c = labels.columns;
  const head = [c.spu, c.title, c.channel, c.result, c.detail, c.where, c.time].map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr class="${r.state}"><td>${escapeHtml(r.spu)}</td><td>${escapeHtml(r.title)}</td><td>${escapeHtml(r.channel)}</td><td class="result">${escapeHtml(r.result)}</td><td>${escapeHtml(r.detail)}</td><td class="where">${escapeHtml(r.where)}</td><td>${escapeHtml(r.time)}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(labels.title)} — ${escapeHtml(launch.name)}</title>
<style>
body { font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 24px; color: #1d2430; }
h1 { font-size: 20px; margin: 0 0 4px; }
.meta { color: #5b6475; margin: 0; }
.summary { margin: 12px 0 16px; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #dde1e8; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #f3f5f8; font-weight: 600; }
td.where { font-family: ui-monospace, monospace; font-size: 12px; word-break: break-all; }
tr.done td.result { color: #1b7a3d; }
tr.failed td.result, tr.blocked td.result { color: #b42318; }
tr.cancelled td.result, tr.pending td.result { color: #5b6475; }
</style>
</head>
<body>
<h1>${escapeHtml(labels.title)} — ${escapeHtml(launch.name)}</h1>
${labels.meta.map((m) => `<p class="meta">${escapeHtml(m)}</p>`).join('\n')}
<p class="summary">${escapeHtml(labels.summary(countItems(launch)))}</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}
