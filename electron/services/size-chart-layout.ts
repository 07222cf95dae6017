import type { SizeChartData } from '../../shared/size-chart';

/*
 * Where every box and text of the size-chart image goes, computed before drawing so tests can find
 * a label's region and the renderer stays a plain loop. Designed at 750 px (Taobao's detail width)
 * and scaled to the channel's width. Columns share the width equally; when a column's text is too
 * wide the whole table's type shrinks (to 60 % at most) and what still does not fit is clipped with
 * an ellipsis, so a long name never pushes the table off the image.
 */

export interface TextBox {
  text: string;
  /** Box the text is centred in. */
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  isBold?: boolean;
  color: string;
}

export interface RectBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  rects: RectBox[];
  /** Grid lines as [x1, y1, x2, y2]. */
  lines: [number, number, number, number][];
  texts: TextBox[];
}

/** Width of `text` at `fontSize` in px. */
export type MeasureText = (text: string, fontSize: number) => number;

const DESIGN_WIDTH = 750;
const MIN_TYPE_SCALE = 0.6;
const INK = '#222222';
const MUTED = '#666666';

export function layoutChart(data: SizeChartData, width: number, measure: MeasureText): ChartLayout {
  const s = width / DESIGN_WIDTH;
  const pad = Math.round(28 * s);
  const tableWidth = width - 2 * pad;
  const colWidth = tableWidth / data.columns.length;
  const cellPad = 8 * s;

  const headerLines = Math.max(1, ...data.columns.map((c) => distinct(c.labels).length));
  const base = { title: 30 * s, header: 20 * s, body: 22 * s, note: 16 * s };
  const widest = Math.max(
    ...data.columns.flatMap((c) => distinct(c.labels).map((l) => measure(l, base.header))),
    ...data.rows.flat().map((v) => measure(v, base.body)),
  );
  const typeScale = Math.min(1, Math.max(MIN_TYPE_SCALE, (colWidth - 2 * cellPad) / Math.max(widest, 1)));
  const header = base.header * typeScale;
  const body = base.body * typeScale;

  const rects: RectBox[] = [];
  const lines: ChartLayout['lines'] = [];
  const texts: TextBox[] = [];
  const fit = (text: string, size: number, room: number): string => clip(text, size, room, measure);

  let y = pad;
  const titleHeight = base.title * 1.6;
  texts.push({ text: fit(distinct(data.title).join(' '), base.title, tableWidth), x: pad, y, width: tableWidth, height: titleHeight, fontSize: base.title, isBold: true, color: INK });
  y += titleHeight + 10 * s;

  const tableTop = y;
  const lineHeight = header * 1.35;
  const headerHeight = headerLines * lineHeight + 2 * cellPad;
  rects.push({ x: pad, y, width: tableWidth, height: headerHeight, fill: '#f1f1f1' });
  data.columns.forEach((column, c) => {
    const labels = distinct(column.labels);
    const top = y + (headerHeight - labels.length * lineHeight) / 2;
    labels.forEach((label, l) => {
      texts.push({
        text: fit(label, header, colWidth - 2 * cellPad), x: pad + c * colWidth, y: top + l * lineHeight, width: colWidth, height: lineHeight,
        fontSize: l === 0 ? header : header * 0.9, isBold: l === 0, color: l === 0 ? INK : MUTED,
      });
    });
  });
  y += headerHeight;

  const rowHeight = Math.max(body * 2, 40 * s * typeScale);
  data.rows.forEach((row, r) => {
    if (r % 2 === 1) rects.push({ x: pad, y, width: tableWidth, height: rowHeight, fill: '#fafafa' });
    row.forEach((cell, c) => {
      texts.push({ text: fit(cell, body, colWidth - 2 * cellPad), x: pad + c * colWidth, y, width: colWidth, height: rowHeight, fontSize: body, isBold: c === 0, color: INK });
    });
    y += rowHeight;
  });
  const tableBottom = y;

  for (let c = 0; c <= data.columns.length; c++) lines.push([pad + c * colWidth, tableTop, pad + c * colWidth, tableBottom]);
  lines.push([pad, tableTop, pad + tableWidth, tableTop], [pad, tableTop + headerHeight, pad + tableWidth, tableTop + headerHeight]);
  for (let r = 1; r <= data.rows.length; r++) lines.push([pad, tableTop + headerHeight + r * rowHeight, pad + tableWidth, tableTop + headerHeight + r * rowHeight]);

  y += 12 * s;
  for (const note of data.notes) {
    const h = base.note * 1.6;
    texts.push({ text: fit(note, base.note, tableWidth), x: pad, y, width: tableWidth, height: h, fontSize: base.note, color: MUTED });
    y += h;
  }
  return { width, height: Math.ceil(y + pad), rects, lines, texts };
}

/** Bilingual labels that are the same word in both languages ("EU", a typed name) print once. */
function distinct(labels: readonly string[]): string[] {
  return labels.filter((l, i) => l !== '' && labels.indexOf(l) === i);
}

function clip(text: string, fontSize: number, room: number, measure: MeasureText): string {
  if (measure(text, fontSize) <= room) return text;
  const chars = [...text];
  while (chars.length > 0 && measure(`${chars.join('')}…`, fontSize) > room) chars.pop();
  return chars.length > 0 ? `${chars.join('')}…` : '';
}
