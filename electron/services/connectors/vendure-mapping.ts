import { copyToHtml, urlHandle } from '../../../shared/publish/copy-html';
import type { CopyLocale } from '../../../shared/model/ids';
import type { Copy, Listing } from '../../../shared/model/listing';
import { parseAmount, parseStock } from '../../../shared/model/money';
import type { FieldError } from '../../../shared/publish/push-error';

/*
 * Listing → Vendure Admin API inputs, as pure functions (no I/O): slugs and codes, one translation
 * per locale, option groups from the option axes, variant prices in minor units, and which images
 * become the featured asset and the gallery.
 */

/** Vendure LanguageCode per copy locale; settings may override (e.g. zh_Hant for a Taiwan mall). */
export const DEFAULT_LANGUAGE_MAP: Readonly<Record<CopyLocale, string>> = {
  'zh-CN': 'zh_Hans', 'en-US': 'en', 'ja-JP': 'ja', 'ko-KR': 'ko', 'de-DE': 'de', 'fr-FR': 'fr', 'es-ES': 'es',
};

/**
 * Vendure's DefaultMoneyStrategy stores every currency with precision 2 (199.00 → 19900), JPY and
 * KRW included, so the factor is fixed rather than taken from the currency's own minor unit.
 */
export const VENDURE_MONEY_FACTOR = 100;

/** The slug the product is found by: SPU code, lower case, anything else collapsed to dashes. */
export const slugOf = urlHandle;

/** FNV-1a, enough to give non-Latin values (红色, 连衣裙) a short stable ASCII code. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** A code for an option or facet value: its Latin slug, or a hash when it has none. */
export function codeOf(value: string): string {
  const slug = slugOf(value);
  return slug !== '' && slug.length <= 60 ? slug : `v-${hashOf(value.trim())}`;
}

export interface Translation {
  languageCode: string;
  name: string;
}

export interface ProductTranslation extends Translation {
  slug: string;
  description: string;
}

export interface OptionGroupPlan {
  code: string;
  translations: Translation[];
  options: { code: string; translations: Translation[] }[];
}

export interface VariantPlan {
  sku: string;
  /** Minor units. */
  price: number;
  stockOnHand: number;
  /** Option codes, one per group, in axis order. */
  optionCodes: string[];
  /** The SKU's trimmed value on the first option axis (what a variant image's variantValue names). */
  firstOptionValue: string | undefined;
  translations: Translation[];
}

export interface ImagePlan {
  featured: string | undefined;
  /** Main first, then gallery in order: file names as in PushImage.fileName. */
  ordered: string[];
  /** Variant images by the first-axis value they show (trimmed), in order; the first is featured. */
  byVariantValue: Map<string, string[]>;
}

export interface ProductPlan {
  slug: string;
  translations: ProductTranslation[];
  optionGroups: OptionGroupPlan[];
  variants: VariantPlan[];
  tagCodes: { code: string; name: string }[];
}

/** Vendure shows the description as HTML: paragraphs from blank-line breaks, bullets as a list, then the size chart. */
export function descriptionHtml(copy: Copy, sizeChartHtml = ''): string {
  return copyToHtml(copy.description, copy.bullets) + sizeChartHtml;
}

export function titleOf(copy: Copy): string {
  const override = copy.titleOverrides['own-mall']?.trim();
  return override || copy.title.trim();
}

/**
 * Everything to send, or the field errors that stop the push before any request: no copy in any
 * requested locale, a locale without a Vendure language, unreadable price or stock.
 */
export function planProduct(
  listing: Listing,
  locales: readonly CopyLocale[],
  languageMap: Readonly<Partial<Record<CopyLocale, string>>>,
  /** One table for every language: its labels are already in the channel's market languages. */
  sizeChartHtml = '',
): { ok: true; plan: ProductPlan } | { ok: false; fields: FieldError[] } {
  const fields: FieldError[] = [];
  const slug = slugOf(listing.spuCode);
  if (slug === '') fields.push({ field: 'spuCode', message: 'SPU code has no letters or digits to build the product slug from' });
  const copies: { languageCode: string; copy: Copy }[] = [];
  for (const locale of locales) {
    const copy = listing.copy[locale];
    if (!copy) continue;
    const languageCode = languageMap[locale];
    if (!languageCode) {
      fields.push({ field: `copy.${locale}`, message: `no Vendure language configured for ${locale}` });
      continue;
    }
    if (titleOf(copy) === '') fields.push({ field: `copy.${locale}.title`, message: 'title is empty' });
    copies.push({ languageCode, copy });
  }
  if (copies.length === 0) fields.push({ field: 'copy', message: 'the listing has no copy in any locale this mall takes' });

  const translate = (name: string): Translation[] => copies.map(({ languageCode }) => ({ languageCode, name }));
  const optionGroups = listing.options.map((axis, index) => ({
    // The axis id, not its name, so renaming "颜色" to "Colour" updates the group instead of adding one.
    code: `${slug}-${codeOf(axis.id) || `axis-${index}`}`,
    translations: translate(axis.name.trim() || `Option ${index + 1}`),
    options: axis.values.map((value) => ({ code: codeOf(value), translations: translate(value.trim()) })),
  }));

  const variants: VariantPlan[] = [];
  const seen = new Set<string>();
  listing.skus.forEach((sku, index) => {
    const code = sku.code.trim();
    if (code === '') fields.push({ field: `skus[${index}].code`, message: 'SKU code is empty' });
    else if (seen.has(code)) fields.push({ field: `skus[${index}].code`, message: `SKU code ${code} appears twice` });
    seen.add(code);
    const price = parseAmount(sku.price);
    if (price.kind !== 'ok' || price.value < 0) fields.push({ field: `skus[${index}].price`, message: `price "${sku.price}" is not an amount` });
    const stock = parseStock(sku.stock);
    if (stock.kind === 'invalid' || (stock.kind === 'ok' && stock.value < 0)) fields.push({ field: `skus[${index}].stock`, message: `stock "${sku.stock}" is not a whole number` });
    if (sku.optionValues.length !== listing.options.length) fields.push({ field: `skus[${index}].optionValues`, message: 'needs one value per option axis' });
    const suffix = sku.optionValues.map((v) => v.trim()).filter((v) => v !== '').join(' / ');
    variants.push({
      sku: code,
      price: price.kind === 'ok' ? Math.round(price.value * VENDURE_MONEY_FACTOR) : 0,
      stockOnHand: stock.kind === 'ok' ? stock.value : 0,
      optionCodes: sku.optionValues.map(codeOf),
      firstOptionValue: sku.optionValues[0]?.trim(),
      translations: copies.map(({ languageCode, copy }) => ({ languageCode, name: suffix ? `${titleOf(copy)} ${suffix}` : titleOf(copy) })),
    });
  });
  if (fields.length > 0) return { ok: false, fields };

  const translations = copies.map(({ languageCode, copy }) => ({ languageCode, name: titleOf(copy), slug, description: descriptionHtml(copy, sizeChartHtml) }));
  const tags = [...new Set(listing.tags.map((t) => t.trim()).filter((t) => t !== ''))];
  return { ok: true, plan: { slug, translations, optionGroups, variants, tagCodes: tags.map((name) => ({ code: codeOf(name), name })) } };
}

/**
 * Featured = the main image; gallery = main then gallery images by their order. Variant images go
 * to the variants whose first option value they name, not to the product. Other roles stay local.
 */
export function planImages(images: readonly { role: string; order: number; fileName: string; variantValue?: string }[]): ImagePlan {
  const byOrder = [...images].sort((a, b) => a.order - b.order);
  const main = byOrder.filter((i) => i.role === 'main');
  const gallery = byOrder.filter((i) => i.role === 'gallery');
  const ordered = [...main.slice(0, 1), ...gallery].map((i) => i.fileName);
  const byVariantValue = new Map<string, string[]>();
  for (const image of byOrder) {
    const value = image.role === 'variant' ? image.variantValue?.trim() : undefined;
    if (!value) continue;
    const files = byVariantValue.get(value) ?? [];
    if (!files.includes(image.fileName)) files.push(image.fileName);
    byVariantValue.set(value, files);
  }
  return { featured: main[0]?.fileName, ordered, byVariantValue };
}

/** True when the remote translations already say what the plan says (skips a needless update). */
export function sameTranslations<T extends Translation>(remote: readonly T[], planned: readonly T[], keys: (keyof T)[]): boolean {
  return planned.every((p) => {
    const r = remote.find((t) => t.languageCode === p.languageCode);
    return r !== undefined && keys.every((k) => r[k] === p[k]);
  });
}
