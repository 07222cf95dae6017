import { cartesian, generateSkus } from '@shared/model/variants';
import type { OptionAxis, Sku } from '@shared/model/listing';

export interface SkuPlan {
  next: Sku[];
  added: number;
  kept: number;
  removed: Sku[];
}

/** What "Generate SKUs" would do, so the UI can say so and ask before dropping typed rows. */
export function planSkus(spuCode: string, axes: readonly OptionAxis[], skus: readonly Sku[]): SkuPlan {
  const next = generateSkus(spuCode, axes, skus);
  const nextIds = new Set(next.map((s) => s.id));
  const oldIds = new Set(skus.map((s) => s.id));
  return {
    next,
    added: next.filter((s) => !oldIds.has(s.id)).length,
    kept: next.filter((s) => oldIds.has(s.id)).length,
    removed: skus.filter((s) => !nextIds.has(s.id)),
  };
}

/** A row someone typed into: removing it loses work, so it deserves a confirmation. */
export function hasTypedData(sku: Sku): boolean {
  return [sku.price, sku.compareAtPrice, sku.cost, sku.stock, sku.barcode].some((v) => v.trim() !== '');
}

/** The option values changed since the SKU table was generated (it lacks or has extra combinations). */
export function isMatrixStale(axes: readonly OptionAxis[], skus: readonly Sku[]): boolean {
  if (axes.every((a) => a.values.length === 0)) return false;
  const want = new Set(cartesian(axes).map((c) => JSON.stringify(c)));
  const have = new Set(skus.map((s) => JSON.stringify(s.optionValues)));
  if (want.size !== have.size) return true;
  for (const key of want) if (!have.has(key)) return true;
  return false;
}
