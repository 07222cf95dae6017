import type { SizeChartData } from './output';

/*
 * The chart as an HTML table for product descriptions. Every piece of text is escaped (names and
 * cells are typed by people and pasted from spreadsheets). Styles are inline because marketplace
 * description editors strip <style> and class rules; they are kept to what all of them allow.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const TABLE = 'border-collapse:collapse;text-align:center;font-size:14px';
const CELL = 'border:1px solid #d0d0d0;padding:6px 10px';
const HEAD = `${CELL};background:#f3f3f3;font-weight:600`;

/** Bilingual labels stack, primary language first ("胸围<br>Chest"). */
const lines = (labels: readonly string[]): string => labels.filter((l, i) => i === 0 || l !== labels[0]).map(escapeHtml).join('<br>');

export function sizeChartToHtml(data: SizeChartData): string {
  const head = data.columns.map((c) => `<th scope="col" style="${HEAD}">${lines(c.labels)}</th>`).join('');
  const body = data.rows
    .map(([size = '', ...cells]) => `<tr><th scope="row" style="${HEAD}">${escapeHtml(size)}</th>${cells.map((v) => `<td style="${CELL}">${escapeHtml(v)}</td>`).join('')}</tr>`)
    .join('\n');
  const caption = `<caption style="caption-side:top;font-weight:600;padding:6px">${lines(data.title)}</caption>`;
  const notes = data.notes.map((n) => `<p style="font-size:12px;color:#666;margin:4px 0">${escapeHtml(n)}</p>`).join('\n');
  return `<table style="${TABLE}">\n${caption}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n${notes}`;
}
