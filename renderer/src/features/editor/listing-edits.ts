import { createEmptyCopy } from '@shared/model/factory';
import { newId, type ChannelId, type CopyLocale, type Currency } from '@shared/model/ids';
import type { Copy, Listing, OptionAxis, Sku, Spec } from '@shared/model/listing';

/*
 * Recipes for the history reducer: each returns a new listing and leaves the old one untouched,
 * because undo keeps the old one.
 */

export type Recipe = (listing: Listing) => Listing;

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Moves an item; out-of-range targets leave the list as it was (the first row cannot go up). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const item = list[from];
  if (item === undefined || to < 0 || to >= list.length || from === to) return [...list];
  const rest = removeAt(list, from);
  return [...rest.slice(0, to), item, ...rest.slice(to)];
}

export type SkuTextField = 'code' | 'price' | 'compareAtPrice' | 'cost' | 'stock' | 'barcode';

export const setSkuField = (index: number, field: SkuTextField, value: string): Recipe => (l) => {
  const sku = l.skus[index];
  return sku ? { ...l, skus: replaceAt(l.skus, index, { ...sku, [field]: value }) } : l;
};

/**
 * Sets the price the merchant typed for a SKU in another currency (an empty string keeps the entry,
 * so the field stays open while it is retyped); that currency's compare-at price, if any, is kept.
 */
export const setSkuCurrencyPrice = (index: number, currency: Currency, price: string): Recipe => (l) => {
  const sku = l.skus[index];
  if (!sku) return l;
  const entry = sku.prices?.[currency];
  return { ...l, skus: replaceAt(l.skus, index, { ...sku, prices: { ...sku.prices, [currency]: { ...entry, price } } }) };
};

/**
 * Drops a SKU's own price for a currency, so it is derived from the base price again. A compare-at
 * price typed for that currency (the editor does not show one; imports can bring it) is kept.
 */
export const clearSkuCurrencyPrice = (index: number, currency: Currency): Recipe => (l) => {
  const sku = l.skus[index];
  const entry = sku?.prices?.[currency];
  if (!sku?.prices || !entry) return l;
  const { [currency]: _removed, ...rest } = sku.prices;
  const keptCompareAt = entry.compareAtPrice?.trim() ? { [currency]: { price: '', compareAtPrice: entry.compareAtPrice } } : {};
  const prices = { ...rest, ...keptCompareAt };
  const { prices: _old, ...withoutPrices } = sku;
  const next: Sku = Object.keys(prices).length === 0 ? withoutPrices : { ...sku, prices };
  return { ...l, skus: replaceAt(l.skus, index, next) };
};

export function createSku(axisCount: number): Sku {
  return { id: newId(), code: '', optionValues: Array.from({ length: axisCount }, () => ''), price: '', compareAtPrice: '', cost: '', stock: '', barcode: '' };
}

export function createAxis(name = ''): OptionAxis {
  return { id: newId(), name, values: [] };
}

export function createSpec(): Spec {
  return { id: newId(), name: '', value: '', unit: '' };
}

export const updateAxis = (index: number, patch: Partial<Omit<OptionAxis, 'id'>>): Recipe => (l) => {
  const axis = l.options[index];
  return axis ? { ...l, options: replaceAt(l.options, index, { ...axis, ...patch }) } : l;
};

export const updateSpec = (index: number, patch: Partial<Omit<Spec, 'id'>>): Recipe => (l) => {
  const spec = l.specs[index];
  return spec ? { ...l, specs: replaceAt(l.specs, index, { ...spec, ...patch }) } : l;
};

export const updateCopy = (locale: CopyLocale, patch: Partial<Copy>): Recipe => (l) => {
  const copy = l.copy[locale];
  return copy ? { ...l, copy: { ...l.copy, [locale]: { ...copy, ...patch } } } : l;
};

export const addCopyLocale = (locale: CopyLocale): Recipe => (l) =>
  l.copy[locale] ? l : { ...l, copy: { ...l.copy, [locale]: createEmptyCopy() } };

export const removeCopyLocale = (locale: CopyLocale): Recipe => (l) => {
  if (!l.copy[locale]) return l;
  const { [locale]: _removed, ...rest } = l.copy;
  return { ...l, copy: rest };
};

/** Sets a channel's title override; `undefined` removes it so the channel falls back to the title. */
export const setTitleOverride = (locale: CopyLocale, channel: ChannelId, title: string | undefined): Recipe => (l) => {
  const copy = l.copy[locale];
  if (!copy) return l;
  const { [channel]: _old, ...others } = copy.titleOverrides;
  const titleOverrides = title === undefined ? others : { ...copy.titleOverrides, [channel]: title };
  return { ...l, copy: { ...l.copy, [locale]: { ...copy, titleOverrides } } };
};

/** True when removing this locale's copy would throw away text. */
export function hasCopyText(copy: Copy): boolean {
  return (
    [copy.title, copy.subtitle, copy.description].some((v) => v.trim() !== '') ||
    copy.bullets.some((b) => b.trim() !== '') ||
    copy.keywords.length > 0 ||
    Object.values(copy.titleOverrides).some((v) => v?.trim())
  );
}

/** How a SKU is named in labels and messages: its code, else its option values, else its row number. */
export function describeSku(sku: Sku, index: number): string {
  return sku.code.trim() || sku.optionValues.filter((v) => v.trim()).join(' / ') || `#${index + 1}`;
}
