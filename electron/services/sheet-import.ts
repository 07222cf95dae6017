import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { SheetProblemCode } from '../../shared/import/errors';
import { matchImages, type ImageMatches } from '../../shared/import/images';
import { hasKnownColumn, suggestMapping, type ColumnMapping, type MappingSuggestion } from '../../shared/import/mapping';
import { attachImages, PENDING_ASSET_PREFIX } from '../../shared/import/pending-images';
import { rowsToListings, type ImportOutcome } from '../../shared/import/rows-to-listings';
import type { Currency } from '../../shared/model/ids';

/*
 * Reads a listing spreadsheet (CSV or XLSX) from disk and turns it into listings with the pure
 * import logic in shared/import. Plain Node, no electron: the app's IPC handler, the CLI and the
 * tests call the same functions. Nothing the file contains is thrown: a file that cannot be read is
 * a problem code (`import.*`, an i18n key) with a developer-facing detail for the log.
 *
 * CSV text is UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text"), or else GBK,
 * which is what Excel on a Chinese Windows writes for "CSV". XLSX: the first worksheet; every cell
 * is read as text (formulas by their cached result, dates as ISO), so the pure layer sees one shape.
 */

/** Sheets are typed by people: 20 MB is far beyond any real catalogue and well within memory. */
export const MAX_SHEET_BYTES = 20 * 1024 * 1024;
/** Rows after the header; a cap keeps a runaway sheet (a million formatted blank rows) cheap. */
export const MAX_SHEET_ROWS = 50_000;

export interface Sheet {
  format: 'csv' | 'xlsx';
  /** How CSV text was decoded; null for XLSX. */
  encoding: 'utf-8' | 'utf-16le' | 'gbk' | null;
  headers: string[];
  /** Rows after the header, blank ones included so positions match the file. */
  rows: string[][];
  /** Spreadsheet row number of the header (1 unless blank rows precede it). */
  headerRow: number;
}

export type SheetProblem = { ok: false; code: SheetProblemCode; detail?: string };
export type SheetRead = ({ ok: true } & Sheet) | SheetProblem;

const problem = (code: SheetProblemCode, detail?: string): SheetProblem => ({ ok: false, code, detail });
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeText(bytes: Uint8Array): { text: string; encoding: NonNullable<Sheet['encoding']> } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  // NUL never occurs in 8-bit text: this is a binary file (an .xls, a picture) named .csv.
  if (bytes.includes(0)) return null;
  for (const encoding of ['utf-8', 'gbk'] as const) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch (error) {
      // Not valid in this encoding (or, for GBK, a Node built without full ICU): try the next.
      if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
    }
  }
  return null;
}

/**
 * The delimiter is read off the header line, not guessed by papaparse from the data: cells hold
 * ';' and '|' (tags, bullets) far more often than header names do, and papaparse's guess gives up
 * on short sheets. Excel writes ',' (or ';' in European locales); "Unicode text" is tab-separated.
 */
function detectDelimiter(text: string): string {
  const header = text.slice(0, 65_536).split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  const count = (d: string) => header.split(d).length - 1;
  return ['\t', ';'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  const rows = parsed.data;
  // The line break after the last record reads as one empty record.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return rows;
}

/** Excel stores 15 significant digits; formula results may carry binary noise (19.900000000000002). */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : String(n);
}

function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  // Excel dates have no zone; a whole day reads best without a time.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  // A hyperlink's text can itself be rich text in files written by other tools.
  const text: unknown = value.text;
  if (typeof text === 'string') return text;
  return richTextOf(text);
}

function richTextOf(value: unknown): string {
  if (typeof value !== 'object' || value === null || !('richText' in value) || !Array.isArray(value.richText)) return '';
  return value.richText.map((run: unknown) => (typeof run === 'object' && run !== null && 'text' in run ? String(run.text) : '')).join('');
}

async function readXlsx(bytes: Uint8Array): Promise<string[][] | SheetProblem> {
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy, typed as the plain ArrayBuffer exceljs declares; JSZip reads it as is.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    return problem('import.unreadable', `xlsx: ${String(error)}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return problem('import.empty', 'no worksheet');
  if (sheet.rowCount > MAX_SHEET_ROWS + 1) return problem('import.tooLarge', `${sheet.rowCount} rows`);
  const width = sheet.columnCount;
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === '');

export async function readSheet(path: string): Promise<SheetRead> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return problem('import.unreadable', 'not a file');
    if (info.size > MAX_SHEET_BYTES) return problem('import.tooLarge', `${info.size} bytes`);
    bytes = await readFile(path);
  } catch (error) {
    return problem('import.unreadable', String(error));
  }
  if (bytes.byteLength === 0) return problem('import.empty');

  const ext = extname(path).toLowerCase();
  const isZip = startsWith(bytes, ZIP_MAGIC);
  let format: Sheet['format'];
  let encoding: Sheet['encoding'] = null;
  let all: string[][];
  if (isZip) {
    const read = await readXlsx(bytes);
    if (!Array.isArray(read)) return read;
    format = 'xlsx';
    all = read;
  } else if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xls') {
    // Old binary .xls and broken downloads land here: exceljs reads only the zip-based format.
    return problem('import.unreadable', `${ext} without a zip signature`);
  } else {
    const decoded = decodeText(bytes);
    if (!decoded) return problem('import.unreadable', 'not text in UTF-8, UTF-16 or GBK');
    format = 'csv';
    encoding = decoded.encoding;
    all = parseCsv(decoded.text);
  }

  const headerIndex = all.findIndex((row) => !isBlank(row));
  const headerCells = all[headerIndex];
  if (headerIndex < 0 || !headerCells) return problem('import.empty', 'no non-blank row');
  const rows = all.slice(headerIndex + 1);
  if (rows.length > MAX_SHEET_ROWS) return problem('import.tooLarge', `${rows.length} rows`);
  // Trailing blank header cells are spare columns, not part of the template.
  let width = headerCells.length;
  while (width > 0 && (headerCells[width - 1] ?? '').trim() === '') width--;
  return { ok: true, format, encoding, headers: headerCells.slice(0, width).map((h) => h.trim()), rows, headerRow: headerIndex + 1 };
}

export interface SheetImportOptions {
  /** Folder of product photos named by the convention in shared/import/images.ts (not recursive). */
  imagesDir?: string;
  /** The mapping as the person edited it in the preview; default: suggestMapping(headers). */
  columns?: ColumnMapping[];
  now?: number;
  defaultCurrency?: Currency;
}

export interface SheetImport extends ImportOutcome {
  ok: true;
  sheet: Omit<Sheet, 'rows'> & { rowCount: number };
  mapping: MappingSuggestion;
  /** Image matching over the imported listings; empty without imagesDir. */
  images: ImageMatches;
  /**
   * The placeholder asset ids in `listings[].images` and the absolute file each stands for. Store
   * the files (assets.importPaths([...imageFiles.values()]), results in the same order), then swap
   * the placeholders for hashes with resolvePendingImages (shared/import/pending-images.ts).
   */
  imageFiles: Map<string, string>;
}

async function listFiles(dir: string): Promise<string[] | SheetProblem> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => e.name).sort();
  } catch (error) {
    return problem('import.imagesUnreadable', String(error));
  }
}

export async function importSheet(path: string, options: SheetImportOptions = {}): Promise<SheetImport | SheetProblem> {
  const read = await readSheet(path);
  if (!read.ok) return read;
  const { rows, ok: _ok, ...sheet } = read;
  const mapping = suggestMapping(read.headers);
  const columns = options.columns ?? mapping.columns;
  if (!hasKnownColumn(columns)) return problem('import.noHeader', `headers: ${read.headers.join(', ')}`);
  const outcome = rowsToListings(rows, columns, { now: options.now ?? Date.now(), firstRow: read.headerRow + 1, defaultCurrency: options.defaultCurrency });

  const imageFiles = new Map<string, string>();
  let images: ImageMatches = { listings: [], unmatched: [] };
  if (options.imagesDir !== undefined) {
    const dir = resolve(options.imagesDir);
    const files = await listFiles(dir);
    if (!Array.isArray(files)) return files;
    images = matchImages(files, outcome.listings);
    const byId = new Map(images.listings.map((m) => [m.listingId, m.images]));
    outcome.listings = outcome.listings.map((listing) => {
      const matched = byId.get(listing.id);
      if (!matched) return listing;
      return attachImages(listing, matched, (file) => {
        const id = `${PENDING_ASSET_PREFIX}${imageFiles.size + 1}`;
        imageFiles.set(id, join(dir, file));
        return id;
      });
    });
  }
  return { ok: true, ...outcome, sheet: { ...sheet, rowCount: rows.length }, mapping, images, imageFiles };
}
