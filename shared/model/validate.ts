import type { Listing, Sku } from './listing';
import { checkBarcode } from './gtin';
import { parseAmount, parseStock } from './money';

export type Severity = 'error' | 'warning';
export type FieldPath = readonly (string | number)[];

/** Each code is an i18n key under the `validation` namespace; params fill its placeholders. */
export const VALIDATION_CODES = [
  'spuCode.required',
  'category.required',
  'brand.required',
  'title.required',
  'skus.none',
  'option.name.required',
  'option.value.duplicate',
  'sku.code.required',
  'sku.code.duplicate',
  'sku.price.required',
  'sku.price.invalid',
  'sku.price.negative',
  'sku.compareAtPrice.invalid',
  'sku.compareAtPrice.negative',
  'sku.price.aboveList',
  'sku.cost.invalid',
  'sku.cost.negative',
  'sku.stock.invalid',
  'sku.stock.negative',
  'sku.barcode.notDigits',
  'sku.barcode.length',
  'sku.barcode.checkDigit',
  'sku.barcode.duplicate',
  'spec.name.required',
  'sizeChart.value.invalid',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

export interface ValidationIssue {
  code: ValidationCode;
  severity: Severity;
  /** Path into the listing of the field that fixes it, e.g. ["skus", 2, "price"]. */
  path: FieldPath;
  params: Record<string, string | number>;
}

type Emit = (code: ValidationCode, path: FieldPath, params?: Record<string, string | number>, severity?: Severity) => void;

/** How a SKU is named in messages: its code, else its option values, else its row number. */
export function skuLabel(sku: Sku, index: number): string {
  return sku.code.trim() || sku.optionValues.join(' / ') || `#${index + 1}`;
}

function checkBasics(l: Listing, emit: Emit): void {
  if (!l.spuCode.trim()) emit('spuCode.required', ['spuCode']);
  if (l.categoryPath.every((c) => !c.trim())) emit('category.required', ['categoryPath']);
  if (!l.brand.trim()) emit('brand.required', ['brand'], {}, 'warning');
  const hasTitle = Object.values(l.copy).some((c) => c?.title.trim());
  // Point at a title field the listing actually carries, so "go to field" always lands somewhere.
  const firstLocale = Object.keys(l.copy)[0] ?? 'zh-CN';
  if (!hasTitle) emit('title.required', ['copy', firstLocale, 'title']);
}

function checkOptions(l: Listing, emit: Emit): void {
  l.options.forEach((axis, i) => {
    if (axis.values.length > 0 && !axis.name.trim()) emit('option.name.required', ['options', i, 'name'], { index: i + 1 });
    const seen = new Set<string>();
    for (const v of axis.values) {
      const key = v.trim().toLowerCase();
      if (seen.has(key)) emit('option.value.duplicate', ['options', i, 'values'], { value: v });
      seen.add(key);
    }
  });
}

function checkAmount(raw: string, field: 'price' | 'compareAtPrice' | 'cost', i: number, label: string, emit: Emit) {
  const parsed = parseAmount(raw);
  if (parsed.kind === 'empty') {
    if (field === 'price') emit('sku.price.required', ['skus', i, field], { sku: label });
    return undefined;
  }
  if (parsed.kind === 'invalid') {
    emit(`sku.${field}.invalid`, ['skus', i, field], { sku: label, value: raw });
    return undefined;
  }
  if (parsed.value < 0) {
    emit(`sku.${field}.negative`, ['skus', i, field], { sku: label, value: raw });
    return undefined;
  }
  return parsed.value;
}

function checkSku(sku: Sku, i: number, emit: Emit): void {
  const label = skuLabel(sku, i);
  if (!sku.code.trim()) emit('sku.code.required', ['skus', i, 'code'], { sku: label });
  const price = checkAmount(sku.price, 'price', i, label, emit);
  const list = checkAmount(sku.compareAtPrice, 'compareAtPrice', i, label, emit);
  checkAmount(sku.cost, 'cost', i, label, emit);
  if (price !== undefined && list !== undefined && price > list) {
    emit('sku.price.aboveList', ['skus', i, 'price'], { sku: label, price: sku.price.trim(), list: sku.compareAtPrice.trim() });
  }
  const stock = parseStock(sku.stock);
  if (stock.kind === 'invalid') emit('sku.stock.invalid', ['skus', i, 'stock'], { sku: label, value: sku.stock });
  else if (stock.kind === 'ok' && stock.value < 0) emit('sku.stock.negative', ['skus', i, 'stock'], { sku: label });
  if (sku.barcode.trim()) {
    const bc = checkBarcode(sku.barcode);
    if (!bc.ok) {
      const code = bc.reason === 'not-digits' ? 'sku.barcode.notDigits' : bc.reason === 'length' ? 'sku.barcode.length' : 'sku.barcode.checkDigit';
      emit(code, ['skus', i, 'barcode'], { sku: label, value: sku.barcode.trim(), expected: bc.expected ?? '' });
    }
  }
}

function checkDuplicates(skus: readonly Sku[], emit: Emit): void {
  const codes = new Map<string, number>();
  const barcodes = new Map<string, number>();
  skus.forEach((sku, i) => {
    const code = sku.code.trim().toUpperCase();
    if (code) {
      const first = codes.get(code);
      if (first !== undefined) emit('sku.code.duplicate', ['skus', i, 'code'], { code: sku.code.trim(), row: first + 1 });
      else codes.set(code, i);
    }
    const bc = sku.barcode.trim();
    if (bc) {
      const first = barcodes.get(bc);
      if (first !== undefined) emit('sku.barcode.duplicate', ['skus', i, 'barcode'], { value: bc, row: first + 1 }, 'warning');
      else barcodes.set(bc, i);
    }
  });
}

function checkSpecsAndChart(l: Listing, emit: Emit): void {
  l.specs.forEach((s, i) => {
    if (!s.name.trim() && (s.value.trim() || s.unit.trim())) emit('spec.name.required', ['specs', i, 'name']);
  });
  l.sizeChart?.rows.forEach((row, r) => {
    row.values.forEach((v, c) => {
      // Ranges like "84-88" are common in Chinese size charts, so they count as numbers too.
      if (v.trim() && !/^\d+(\.\d+)?(\s*[-~～]\s*\d+(\.\d+)?)?$/.test(v.trim())) {
        emit('sizeChart.value.invalid', ['sizeChart', 'rows', r, 'values', c], { value: v, row: row.name }, 'warning');
      }
    });
  });
}

/** Every problem in a listing, in editor order. Pure; the UI translates `code` with `params`. */
export function validateListing(listing: Listing): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const emit: Emit = (code, path, params = {}, severity = 'error') => issues.push({ code, severity, path, params });
  checkBasics(listing, emit);
  checkOptions(listing, emit);
  if (listing.skus.length === 0) emit('skus.none', ['skus']);
  listing.skus.forEach((sku, i) => checkSku(sku, i, emit));
  checkDuplicates(listing.skus, emit);
  checkSpecsAndChart(listing, emit);
  return issues;
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** A listing can be "ready" only without errors; otherwise it stays (or falls back to) a draft. */
export function effectiveStatus(listing: Listing, issues: readonly ValidationIssue[]): Listing['status'] {
  if (listing.status === 'ready' && hasErrors(issues)) return 'draft';
  return listing.status;
}
