import { createListing } from '../model/factory';
import { newId, type Currency } from '../model/ids';
import { MAX_OPTION_AXES, type Listing, type OptionAxis, type Sku } from '../model/listing';
import { suggestSkuCode } from '../model/variants';
import { checkBarcodeCell, cleanAmount, cleanStock } from './cells';
import type { RowError } from './errors';
import { cellOf, readListingFields, type Emit, type SheetRow } from './listing-fields';
import type { ColumnMapping } from './mapping';
import type { SkuField } from './template';

/*
 * Spreadsheet rows → listings. One row per SKU; rows with the same SPU code (case-insensitive,
 * anywhere in the sheet) are one listing, and a row with a blank SPU continues the listing above
 * (how people fill variant rows under a merged or once-typed SPU cell).
 *
 * All or nothing per listing: a listing with any row error is left out entirely and every error
 * of its rows is reported, so nobody ends up with half a product; the other listings import.
 */

export interface ImportOptions {
  /** Timestamp for createdAt / updatedAt. */
  now: number;
  /** Spreadsheet row number of rows[0]: 2 when the header is row 1. */
  firstRow?: number;
  /** Currency of listings whose currency cell is blank. Default CNY. */
  defaultCurrency?: Currency;
}

export interface RejectedListing {
  spuCode: string;
  rows: number[];
}

export interface ImportOutcome {
  listings: Listing[];
  errors: RowError[];
  /** Listings left out because of errors, for the preview's summary. */
  rejected: RejectedListing[];
}

interface Group {
  spu: string;
  rows: SheetRow[];
  errors: RowError[];
}

interface SkuDraft {
  row: number;
  sku: Sku;
  group: Group;
  codeColumn: string;
  /** Its option values repeat an earlier row's: already reported, and its suggested code would repeat too. */
  isDuplicateVariant: boolean;
}

function spuKey(spu: string): string {
  return spu.normalize('NFKC').trim().toLowerCase();
}

function groupRows(rows: readonly (readonly string[])[], columns: readonly ColumnMapping[], firstRow: number, orphanErrors: RowError[]): Group[] {
  const spuColumn = columns.find((c) => c.target.kind === 'listing' && c.target.field === 'spu');
  const groups = new Map<string, Group>();
  let previous: Group | undefined;
  rows.forEach((cells, i) => {
    const row: SheetRow = { row: firstRow + i, cells };
    // Trailing and spacer rows are common; a row with nothing in a mapped column is not a SKU.
    if (columns.every((c) => cellOf(row, c) === '')) return;
    const spu = spuColumn ? cellOf(row, spuColumn) : '';
    if (spu === '') {
      if (previous) previous.rows.push(row);
      else orphanErrors.push({ row: row.row, column: spuColumn?.header ?? 'spu', code: 'import.missingSpu', params: {} });
      return;
    }
    const key = spuKey(spu);
    const group = groups.get(key) ?? { spu, rows: [], errors: [] };
    group.rows.push(row);
    groups.set(key, group);
    previous = group;
  });
  return [...groups.values()];
}

/** Axes that some row of the group fills, in column order, with values in first-seen order. */
function buildAxes(group: Group, optionColumns: readonly ColumnMapping[], emit: Emit): { axes: OptionAxis[]; used: ColumnMapping[] } {
  const used = optionColumns.filter((c) => group.rows.some((r) => cellOf(r, c) !== ''));
  const extra = used[MAX_OPTION_AXES];
  if (extra) {
    const firstRow = group.rows.find((r) => cellOf(r, extra) !== '')?.row ?? group.rows[0]?.row ?? 0;
    emit(firstRow, extra.header, 'import.tooManyOptions', { max: MAX_OPTION_AXES });
  }
  const axes = used.map((column) => {
    const values: string[] = [];
    for (const r of group.rows) {
      const v = cellOf(r, column);
      // "Red" and "red" in two rows are one colour; the first spelling wins.
      if (v !== '' && !values.some((x) => x.toLowerCase() === v.toLowerCase())) values.push(v);
    }
    return { id: newId(), name: column.target.kind === 'option' ? column.target.axis : column.header, values };
  });
  return { axes, used };
}

const AMOUNT_FIELDS = ['price', 'compareAtPrice', 'cost'] as const;

function buildSkus(group: Group, columns: readonly ColumnMapping[], axes: readonly OptionAxis[], used: readonly ColumnMapping[], emit: Emit): SkuDraft[] {
  const skuColumn = (field: SkuField) => columns.find((c) => c.target.kind === 'sku' && c.target.field === field);
  const codeColumn = skuColumn('code');
  const combos = new Map<string, number>();
  return group.rows.map((row) => {
    const optionValues = used.map((column, a) => {
      const v = cellOf(row, column);
      if (v === '') emit(row.row, column.header, 'import.missingOption', { axis: axes[a]?.name ?? column.header });
      return axes[a]?.values.find((x) => x.toLowerCase() === v.toLowerCase()) ?? v;
    });
    const comboKey = JSON.stringify(optionValues.map((v) => v.toLowerCase()));
    const sameCombo = combos.get(comboKey);
    const isDuplicateVariant = sameCombo !== undefined;
    if (sameCombo !== undefined) emit(row.row, used[0]?.header ?? codeColumn?.header ?? '', 'import.duplicateVariant', { values: optionValues.join(' / '), firstRow: sameCombo });
    else combos.set(comboKey, row.row);

    const sku: Sku = { id: newId(), code: '', optionValues, price: '', compareAtPrice: '', cost: '', stock: '', barcode: '' };
    for (const field of AMOUNT_FIELDS) {
      const column = skuColumn(field);
      if (!column) continue;
      const amount = cleanAmount(cellOf(row, column));
      if (amount === undefined) emit(row.row, column.header, 'import.badPrice', { value: cellOf(row, column), field });
      else sku[field] = amount;
    }
    const stockColumn = skuColumn('stock');
    if (stockColumn) {
      const stock = cleanStock(cellOf(row, stockColumn));
      if (stock === undefined) emit(row.row, stockColumn.header, 'import.badStock', { value: cellOf(row, stockColumn) });
      else sku.stock = stock;
    }
    const barcodeColumn = skuColumn('barcode');
    if (barcodeColumn) {
      const { value, check } = checkBarcodeCell(cellOf(row, barcodeColumn));
      if (check && !check.ok) emit(row.row, barcodeColumn.header, 'import.badBarcode', { value, reason: check.reason, expected: check.expected ?? '' });
      sku.barcode = value;
    }
    // A blank SKU code gets the code the editor would suggest, so single-SKU sheets need no SKU column.
    const typed = codeColumn ? cellOf(row, codeColumn) : '';
    sku.code = typed === '' ? suggestSkuCode(group.spu, optionValues) : typed;
    return { row: row.row, sku, group, codeColumn: codeColumn?.header ?? 'sku', isDuplicateVariant };
  });
}

/** SKU codes are unique across the whole file (and the catalog); the later row is the one reported. */
function checkDuplicateSkus(drafts: readonly SkuDraft[]): void {
  const firstRowByCode = new Map<string, number>();
  for (const d of [...drafts].sort((a, b) => a.row - b.row)) {
    const key = d.sku.code.normalize('NFKC').trim().toUpperCase();
    const first = firstRowByCode.get(key);
    if (first === undefined) firstRowByCode.set(key, d.row);
    else if (!d.isDuplicateVariant) d.group.errors.push({ row: d.row, column: d.codeColumn, code: 'import.duplicateSku', params: { spu: d.group.spu, code: d.sku.code, firstRow: first } });
  }
}

export function rowsToListings(rows: readonly (readonly string[])[], columns: readonly ColumnMapping[], options: ImportOptions): ImportOutcome {
  const mapped = columns.filter((c) => c.target.kind !== 'ignore');
  const orphanErrors: RowError[] = [];
  const groups = groupRows(rows, mapped, options.firstRow ?? 2, orphanErrors);
  const optionColumns = mapped.filter((c) => c.target.kind === 'option');
  const titleColumn = mapped.find((c) => c.target.kind === 'copy' && c.target.field === 'title');
  const drafts: SkuDraft[] = [];
  const built = groups.map((group) => {
    const emit: Emit = (row, column, code, params = {}) => group.errors.push({ row, column, code, params: { spu: group.spu, ...params } });
    const fields = readListingFields(group.rows, mapped, options.defaultCurrency ?? 'CNY', emit);
    if (!Object.values(fields.copy).some((c) => c?.title.trim())) emit(group.rows[0]?.row ?? 0, titleColumn?.header ?? 'title', 'import.missingTitle');
    const { axes, used } = buildAxes(group, optionColumns, emit);
    const skuDrafts = buildSkus(group, mapped, axes, used, emit);
    drafts.push(...skuDrafts);
    const listing = createListing(options.now, { ...fields, spuCode: group.spu, options: axes.slice(0, MAX_OPTION_AXES), skus: skuDrafts.map((d) => d.sku) });
    return { group, listing };
  });
  checkDuplicateSkus(drafts);

  const outcome: ImportOutcome = { listings: [], errors: [...orphanErrors], rejected: [] };
  for (const { group, listing } of built) {
    if (group.errors.length === 0) outcome.listings.push(listing);
    else {
      outcome.errors.push(...group.errors);
      outcome.rejected.push({ spuCode: group.spu, rows: group.rows.map((r) => r.row) });
    }
  }
  outcome.errors.sort((a, b) => a.row - b.row);
  return outcome;
}
