import type { OptionAxis, Sku } from './listing';
import { newId } from './ids';

/** Every combination of the axes' values, in axis order (colour × size → [[Red,S],[Red,M],…]). */
export function cartesian(axes: readonly OptionAxis[]): string[][] {
  // With no axes a listing still sells one default SKU, so the product is [[]], not [].
  const used = axes.filter((a) => a.values.length > 0);
  return used.reduce<string[][]>(
    (acc, axis) => acc.flatMap((combo) => axis.values.map((v) => [...combo, v])),
    [[]],
  );
}

function comboKey(values: readonly string[]): string {
  return JSON.stringify(values);
}

/**
 * SKU rows for the matrix of the given axes. Rows that already exist for a combination are kept
 * as they are (prices and stock typed by the user survive regeneration); new combinations get a
 * suggested code `<SPU>-<value>-<value>`; combinations no longer in the matrix are dropped.
 */
export function generateSkus(spuCode: string, axes: readonly OptionAxis[], existing: readonly Sku[]): Sku[] {
  const byCombo = new Map(existing.map((s) => [comboKey(s.optionValues), s]));
  return cartesian(axes).map((combo) => {
    const found = byCombo.get(comboKey(combo));
    if (found) return found;
    return {
      id: newId(),
      code: suggestSkuCode(spuCode, combo),
      optionValues: combo,
      price: '',
      compareAtPrice: '',
      cost: '',
      stock: '',
      barcode: '',
    };
  });
}

export function suggestSkuCode(spuCode: string, combo: readonly string[]): string {
  const parts = [spuCode, ...combo].map((p) => p.trim().replace(/\s+/g, '').toUpperCase()).filter(Boolean);
  return parts.join('-');
}

export type BulkField = 'price' | 'compareAtPrice' | 'cost' | 'stock';

/** Set one field on the chosen SKUs (all when `ids` is undefined). */
export function bulkFill(skus: readonly Sku[], field: BulkField, value: string, ids?: ReadonlySet<string>): Sku[] {
  return skus.map((s) => (ids === undefined || ids.has(s.id) ? { ...s, [field]: value } : s));
}
