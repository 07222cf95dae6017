import type { Copy, ListingStatus, Spec } from '../model/listing';
import { createEmptyCopy } from '../model/factory';
import { newId, type CopyLocale, type Currency } from '../model/ids';
import type { RowErrorCode } from './errors';
import type { ColumnMapping } from './mapping';
import { parseCurrency, parseStatus, sameText, splitBullets, splitCategory, splitList } from './cells';
import { isSupportedLocale, type CopyField } from './template';

/*
 * The listing-level columns of one group of variant rows. Each value comes from the first row that
 * fills the column (merged cells and "only the first variant row says it" both leave later rows
 * blank); a later row that says something else is an import.conflict, because guessing which row
 * is right would silently import the wrong brand or title.
 */

export interface SheetRow {
  /** Spreadsheet row number (1-based, header included). */
  row: number;
  cells: readonly string[];
}

export type Emit = (row: number, column: string, code: RowErrorCode, params?: Record<string, string | number>) => void;

export function cellOf(row: SheetRow, column: ColumnMapping): string {
  return (row.cells[column.index] ?? '').trim();
}

/** What "the same value" means per column, so "女装>连衣裙" and "女装 > 连衣裙" do not conflict. */
function comparable(column: ColumnMapping, text: string): string {
  const t = column.target;
  if (t.kind === 'listing' && t.field === 'currency') return parseCurrency(text) ?? sameText(text);
  if (t.kind === 'listing' && t.field === 'status') return parseStatus(text) ?? sameText(text);
  if (t.kind === 'listing' && t.field === 'category') return splitCategory(text).join('>');
  if (t.kind === 'listing' && t.field === 'tags') return splitList(text).join(';');
  if (t.kind === 'copy' && (t.field === 'keywords' || t.field === 'primaryKeywords')) return splitList(text).join(';');
  if (t.kind === 'copy' && t.field === 'bullets') return splitBullets(text).map(sameText).join('|');
  return sameText(text);
}

/** The first non-blank value of a column in the group, conflicts reported. */
function groupValue(rows: readonly SheetRow[], column: ColumnMapping, emit: Emit): { text: string; row: number } | undefined {
  let first: { text: string; row: number } | undefined;
  for (const row of rows) {
    const text = cellOf(row, column);
    if (text === '') continue;
    if (first === undefined) first = { text, row: row.row };
    else if (comparable(column, text) !== comparable(column, first.text)) {
      emit(row.row, column.header, 'import.conflict', { value: text, expected: first.text, firstRow: first.row });
    }
  }
  return first;
}

export interface ListingFields {
  brand: string;
  categoryPath: string[];
  currency: Currency;
  status: ListingStatus;
  tags: string[];
  copy: Partial<Record<CopyLocale, Copy>>;
  specs: Spec[];
}

function setCopyField(copy: Copy, field: CopyField, text: string): void {
  if (field === 'bullets') copy.bullets = splitBullets(text);
  else if (field === 'keywords' || field === 'primaryKeywords') copy[field] = [...new Set(splitList(text))];
  else copy[field] = text;
}

export function readListingFields(rows: readonly SheetRow[], columns: readonly ColumnMapping[], defaultCurrency: Currency, emit: Emit): ListingFields {
  const fields: ListingFields = {
    brand: '',
    categoryPath: [],
    currency: defaultCurrency,
    status: 'draft',
    tags: [],
    // The factory's two default locales, so an import looks like a listing made in the app.
    copy: { 'zh-CN': createEmptyCopy(), 'en-US': createEmptyCopy() },
    specs: [],
  };
  for (const column of columns) {
    const t = column.target;
    if (t.kind === 'copy' && !isSupportedLocale(t.locale)) {
      // Every row with text there is reported: that text would otherwise be lost.
      for (const row of rows) if (cellOf(row, column) !== '') emit(row.row, column.header, 'import.unknownLocale', { locale: t.locale });
      continue;
    }
    if (t.kind !== 'listing' && t.kind !== 'copy' && t.kind !== 'spec') continue;
    if (t.kind === 'listing' && t.field === 'spu') continue;
    const value = groupValue(rows, column, emit);
    if (value === undefined) continue;
    const { text, row } = value;
    if (t.kind === 'copy') {
      if (!isSupportedLocale(t.locale)) continue;
      const copy = fields.copy[t.locale] ?? createEmptyCopy();
      setCopyField(copy, t.field, text);
      fields.copy[t.locale] = copy;
    } else if (t.kind === 'spec') {
      fields.specs.push({ id: newId(), name: t.name, value: text, unit: t.unit });
    } else if (t.field === 'brand') {
      fields.brand = text;
    } else if (t.field === 'category') {
      fields.categoryPath = splitCategory(text);
    } else if (t.field === 'tags') {
      fields.tags = [...new Set(splitList(text))];
    } else if (t.field === 'currency') {
      const currency = parseCurrency(text);
      if (currency === undefined) emit(row, column.header, 'import.badCurrency', { value: text });
      else fields.currency = currency;
    } else if (t.field === 'status') {
      const status = parseStatus(text);
      if (status === undefined) emit(row, column.header, 'import.badStatus', { value: text });
      else fields.status = status;
    }
  }
  return fields;
}
