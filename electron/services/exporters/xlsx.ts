import ExcelJS from 'exceljs';

/*
 * The sheet layout shared by the Chinese marketplaces' XLSX files: row 1 = the open-platform API
 * field names (what a publishing tool or ISV script maps from), row 2 = the Chinese labels (what the
 * merchandiser reads), then one row per SKU.
 *
 * SPU-level cells (title, description, images…) are repeated on every SKU row rather than left
 * blank after the first: sorting or filtering the sheet in Excel then never detaches a SKU from its
 * product, and a script can read any row on its own. Rows of one product share `outer_id` / SPU code.
 */

export interface Column {
  field: string;
  label: string;
  /** yuan: number shown with 2 decimals; fen: integer; text: forced text (barcodes keep leading zeros). */
  kind?: 'text' | 'yuan' | 'fen' | 'int';
}

export type XlsxCell = string | number;

export async function toXlsx(sheetName: string, columns: readonly Column[], rows: readonly (readonly XlsxCell[])[], withLabels = true): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ShelfReady';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: withLabels ? 2 : 1 }] });
  sheet.addRow(columns.map((c) => c.field)).font = { bold: true };
  if (withLabels) sheet.addRow(columns.map((c) => c.label));
  for (const row of rows) sheet.addRow([...row]);
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(40, Math.max(12, c.field.length + 2));
    if (c.kind === 'yuan') column.numFmt = '0.00';
    else if (c.kind === 'fen' || c.kind === 'int') column.numFmt = '0';
    else if (c.kind === 'text') column.numFmt = '@';
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** yuan as a number with at most 2 decimals, from 分. */
export const yuan = (cents: number): number => Math.round(cents) / 100;
