import type { CopyLocale } from '../../../shared/model/ids';
import { pushError, type PushOutcome } from '../../../shared/publish/push-error';
import type { ConnectionInfo, Connector, PushRequest, PushResult } from './types';
import { createVendureClient, type VendureAuth, type VendureClient } from './vendure-client';
import {
  ACTIVE_CHANNEL, ADD_OPTION_GROUP, CREATE_OPTION, CREATE_OPTION_GROUP, CREATE_PRODUCT, CREATE_VARIANTS, DELETE_VARIANTS,
  PRODUCT_BY_ID, PRODUCT_BY_SLUG, UPDATE_OPTION, UPDATE_OPTION_GROUP, UPDATE_PRODUCT, UPDATE_VARIANTS,
} from './vendure-documents';
import { DEFAULT_LANGUAGE_MAP, planImages, planProduct, sameTranslations, type ImagePlan, type OptionGroupPlan, type ProductPlan, type Translation } from './vendure-mapping';
import { ensureAssets, ensureTagValues, isOurAsset, TAGS_FACET_CODE, type RemoteAsset } from './vendure-sync';

/*
 * Own mall on Vendure 3 (Admin GraphQL API). Vendure has no idempotency keys, so every push is a
 * reconciliation that is safe to repeat (reliability-notes.md, "look up, then create"): the product
 * is found by its slug, variants by SKU, option groups and options by code, assets by a content-hash
 * tag, tag facet values by code; only what is missing is created and only what differs is updated.
 * A push that died half way (timeout, crash) is finished by the next push of the same listing.
 */

export interface VendureConnectorOptions extends VendureAuth {
  adminApiUrl: string;
  /** Copy locale → Vendure LanguageCode; merged over DEFAULT_LANGUAGE_MAP. */
  languageMap?: Partial<Record<CopyLocale, string>>;
  fetchTimeoutMs?: number;
}

interface Channel {
  code: string;
  defaultCurrencyCode: string;
  availableCurrencyCodes: string[];
}

interface RemoteOption { id: string; code: string; translations: Translation[] }
interface RemoteProduct {
  id: string;
  translations: (Translation & { slug: string; description: string })[];
  featuredAsset: { id: string } | null;
  assets: RemoteAsset[];
  facetValues: { id: string; code: string; facet: { code: string } }[];
  optionGroups: { id: string; code: string; translations: Translation[]; options: RemoteOption[] }[];
  variants: {
    id: string; sku: string; price: number; currencyCode: string; stockOnHand: number;
    options: { id: string; code: string; groupId: string }[]; translations: Translation[];
    featuredAsset: RemoteAsset | null; assets: RemoteAsset[];
  }[];
}

/** Variant images resolved to asset ids: what each variant should show, by its first option value. */
interface VariantImages {
  plan: ImagePlan;
  assetIds: Map<string, string>;
}

type Outcome<T> = Promise<PushOutcome<T>>;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

async function loadProduct(client: VendureClient, query: string, variables: Record<string, string>, signal?: AbortSignal): Outcome<RemoteProduct | null> {
  const result = await client.request<{ product: RemoteProduct | null }>(query, variables, signal);
  return result.ok ? { ok: true, value: result.value.product } : result;
}

/** Option id per (group code, option code), creating groups and options the product lacks. */
async function syncOptions(client: VendureClient, product: RemoteProduct, groups: readonly OptionGroupPlan[], signal?: AbortSignal): Outcome<Map<string, Map<string, string>>> {
  const ids = new Map<string, Map<string, string>>();
  for (const group of groups) {
    const remote = product.optionGroups.find((g) => g.code === group.code);
    if (!remote) {
      const created = await client.request<{ createProductOptionGroup: { id: string; options: { id: string; code: string }[] } }>(CREATE_OPTION_GROUP, {
        input: { code: group.code, translations: group.translations, options: group.options },
      }, signal);
      if (!created.ok) return created;
      const added = await client.request(ADD_OPTION_GROUP, { productId: product.id, optionGroupId: created.value.createProductOptionGroup.id }, signal);
      if (!added.ok) return added;
      ids.set(group.code, new Map(created.value.createProductOptionGroup.options.map((o) => [o.code, o.id])));
      continue;
    }
    if (!sameTranslations(remote.translations, group.translations, ['name'])) {
      const updated = await client.request(UPDATE_OPTION_GROUP, { input: { id: remote.id, translations: group.translations } }, signal);
      if (!updated.ok) return updated;
    }
    const options = new Map(remote.options.map((o) => [o.code, o.id]));
    for (const option of group.options) {
      const existing = remote.options.find((o) => o.code === option.code);
      if (existing) {
        if (sameTranslations(existing.translations, option.translations, ['name'])) continue;
        const updated = await client.request(UPDATE_OPTION, { input: { id: existing.id, translations: option.translations } }, signal);
        if (!updated.ok) return updated;
        continue;
      }
      const created = await client.request<{ createProductOption: { id: string; code: string } }>(CREATE_OPTION, {
        input: { productOptionGroupId: remote.id, code: option.code, translations: option.translations },
      }, signal);
      if (!created.ok) return created;
      options.set(option.code, created.value.createProductOption.id);
    }
    ids.set(group.code, options);
  }
  return { ok: true, value: ids };
}

/** Our asset ids for a variant (its first option value's variant images, featured first). */
function ourVariantAssets(images: VariantImages, firstOptionValue: string | undefined): string[] {
  const files = firstOptionValue === undefined ? [] : images.plan.byVariantValue.get(firstOptionValue) ?? [];
  return [...new Set(files.map((f) => images.assetIds.get(f)).filter((id): id is string => id !== undefined))];
}

/**
 * Deletes variants whose SKU left the listing, creates variants for new SKUs and updates price,
 * stock, names and variant images of existing ones where they differ.
 */
async function syncVariants(client: VendureClient, product: RemoteProduct, plan: ProductPlan, optionIds: Map<string, Map<string, string>>, currency: string, channel: Channel, images: VariantImages, signal?: AbortSignal): Outcome<Record<string, string>> {
  const variantIds: Record<string, string> = {};
  // First, so a SKU renamed on the same options does not collide with its old variant.
  const wantedSkus = new Set(plan.variants.map((v) => v.sku));
  const stale = product.variants.filter((v) => !wantedSkus.has(v.sku));
  if (stale.length > 0) {
    const deleted = await client.request<{ deleteProductVariants: { result: string; message: string | null }[] }>(DELETE_VARIANTS, { ids: stale.map((v) => v.id) }, signal);
    if (!deleted.ok) return deleted;
    const refused = deleted.value.deleteProductVariants.findIndex((r) => r.result !== 'DELETED');
    if (refused >= 0) {
      const sku = stale[refused]?.sku ?? '?';
      return { ok: false, error: pushError('validation', `Vendure did not delete the variant of removed SKU ${sku}: ${deleted.value.deleteProductVariants[refused]?.message ?? 'no reason given'}`, { fields: [{ field: `skus.${sku}`, message: 'removed SKU still in the mall' }] }) };
    }
  }
  const isDefaultCurrency = currency === channel.defaultCurrencyCode;
  const priceInput = (price: number) => (isDefaultCurrency ? { price } : { prices: [{ currencyCode: currency, price }] });
  const toCreate: Record<string, unknown>[] = [];
  const toUpdate: Record<string, unknown>[] = [];
  for (const variant of plan.variants) {
    const existing = product.variants.find((v) => v.sku === variant.sku);
    const ours = ourVariantAssets(images, variant.firstOptionValue);
    if (existing) {
      variantIds[variant.sku] = existing.id;
      // Assets added in Vendure itself stay after ours; our earlier variant images the listing dropped go.
      const foreign = existing.assets.filter((a) => !isOurAsset(a) && !ours.includes(a.id)).map((a) => a.id);
      const assetIds = [...ours, ...foreign];
      const keptFeatured = existing.featuredAsset && !isOurAsset(existing.featuredAsset) ? existing.featuredAsset.id : undefined;
      const featuredAssetId = ours[0] ?? keptFeatured ?? foreign[0] ?? null;
      const same = isDefaultCurrency && existing.price === variant.price && existing.stockOnHand === variant.stockOnHand
        && sameTranslations(existing.translations, variant.translations, ['name'])
        && (existing.featuredAsset?.id ?? null) === featuredAssetId
        && sameList(existing.assets.map((a) => a.id), assetIds);
      if (!same) toUpdate.push({ id: existing.id, ...priceInput(variant.price), stockOnHand: variant.stockOnHand, translations: variant.translations, featuredAssetId, assetIds });
      continue;
    }
    const ids = plan.optionGroups.map((group, axis) => optionIds.get(group.code)?.get(variant.optionCodes[axis] ?? ''));
    if (ids.some((id) => id === undefined)) {
      return { ok: false, error: pushError('validation', `SKU ${variant.sku} uses an option value that is not on the option axes`, { fields: [{ field: `skus.${variant.sku}.optionValues`, message: 'unknown option value' }] }) };
    }
    const assetInput = ours.length > 0 ? { featuredAssetId: ours[0], assetIds: ours } : {};
    toCreate.push({ productId: product.id, sku: variant.sku, ...priceInput(variant.price), stockOnHand: variant.stockOnHand, translations: variant.translations, optionIds: ids, enabled: true, ...assetInput });
  }
  if (toUpdate.length > 0) {
    const updated = await client.request(UPDATE_VARIANTS, { input: toUpdate }, signal);
    if (!updated.ok) return updated;
  }
  if (toCreate.length > 0) {
    const created = await client.request<{ createProductVariants: ({ id: string; sku: string } | null)[] }>(CREATE_VARIANTS, { input: toCreate }, signal);
    if (!created.ok) return created;
    for (const v of created.value.createProductVariants) if (v) variantIds[v.sku] = v.id;
  }
  return { ok: true, value: variantIds };
}

export function createVendureConnector(options: VendureConnectorOptions): Connector {
  const languageMap = { ...DEFAULT_LANGUAGE_MAP, ...options.languageMap };
  const client = createVendureClient({
    adminApiUrl: options.adminApiUrl,
    auth: { username: options.username, password: options.password, token: options.token },
    timeoutMs: options.fetchTimeoutMs,
  });

  async function activeChannel(signal?: AbortSignal): Outcome<Channel> {
    const auth = await client.authenticate(signal);
    if (!auth.ok) return auth;
    const result = await client.request<{ activeChannel: Channel }>(ACTIVE_CHANNEL, {}, signal);
    return result.ok ? { ok: true, value: result.value.activeChannel } : result;
  }

  async function testConnection(signal?: AbortSignal): Outcome<ConnectionInfo> {
    const channel = await activeChannel(signal);
    return channel.ok ? { ok: true, value: { shopName: `${channel.value.code} (${channel.value.defaultCurrencyCode})` } } : channel;
  }

  async function push(request: PushRequest, signal?: AbortSignal): Outcome<PushResult> {
    const { listing } = request;
    const planned = planProduct(listing, request.locales, languageMap, request.sizeChartHtml);
    if (!planned.ok) return { ok: false, error: pushError('validation', planned.fields.map((f) => f.message).join('; '), { fields: planned.fields }) };
    const plan = planned.plan;
    const channel = await activeChannel(signal);
    if (!channel.ok) return channel;
    if (!channel.value.availableCurrencyCodes.includes(listing.currency)) {
      return { ok: false, error: pushError('validation', `the mall's channel does not sell in ${listing.currency} (it takes ${channel.value.availableCurrencyCodes.join(', ')})`, { fields: [{ field: 'currency', message: 'currency not enabled in the Vendure channel' }] }) };
    }
    const found = await loadProduct(client, PRODUCT_BY_SLUG, { slug: plan.slug }, signal);
    if (!found.ok) return found;
    const before = found.value;

    const imagePlan = planImages(request.images);
    const variantFiles = new Set([...imagePlan.byVariantValue.values()].flat());
    const wanted = request.images.filter((i) => imagePlan.ordered.includes(i.fileName) || variantFiles.has(i.fileName));
    const knownAssets = [...(before?.assets ?? []), ...(before?.variants ?? []).flatMap((v) => [...v.assets, ...(v.featuredAsset ? [v.featuredAsset] : [])])];
    const assets = await ensureAssets(client, wanted, knownAssets, signal);
    if (!assets.ok) return assets;
    const languageCodes = plan.translations.map((t) => t.languageCode);
    const tagValues = await ensureTagValues(client, plan.tagCodes, languageCodes, signal);
    if (!tagValues.ok) return tagValues;

    const assetIds = imagePlan.ordered.map((name) => assets.value.get(name)).filter((id): id is string => id !== undefined);
    // Assets someone added in Vendure itself stay, after ours; our earlier images that the listing dropped go.
    const foreignAssets = (before?.assets ?? []).filter((a) => !isOurAsset(a) && !assetIds.includes(a.id)).map((a) => a.id);
    const allAssetIds = [...assetIds, ...foreignAssets];
    const featuredAssetId = imagePlan.featured ? assets.value.get(imagePlan.featured) : undefined;
    const otherFacetValues = (before?.facetValues ?? []).filter((v) => v.facet.code !== TAGS_FACET_CODE).map((v) => v.id);
    const facetValueIds = [...otherFacetValues, ...tagValues.value];

    let productId: string;
    if (!before) {
      const created = await client.request<{ createProduct: { id: string } }>(CREATE_PRODUCT, {
        input: { enabled: true, translations: plan.translations, featuredAssetId, assetIds: allAssetIds, facetValueIds },
      }, signal);
      if (!created.ok) return created;
      productId = created.value.createProduct.id;
    } else {
      productId = before.id;
      const unchanged = sameTranslations(before.translations, plan.translations, ['name', 'slug', 'description'])
        && (before.featuredAsset?.id ?? undefined) === featuredAssetId
        && sameList(before.assets.map((a) => a.id), allAssetIds)
        && sameList(before.facetValues.map((v) => v.id).sort(), [...facetValueIds].sort());
      if (!unchanged) {
        const updated = await client.request(UPDATE_PRODUCT, { input: { id: productId, translations: plan.translations, featuredAssetId, assetIds: allAssetIds, facetValueIds } }, signal);
        if (!updated.ok) return updated;
      }
    }
    let product = before;
    if (!product) {
      const loaded = await loadProduct(client, PRODUCT_BY_ID, { id: productId }, signal);
      if (!loaded.ok) return loaded;
      if (!loaded.value) return { ok: false, error: pushError('not-found', `product ${productId} vanished right after it was created`) };
      product = loaded.value;
    }
    const optionIds = await syncOptions(client, product, plan.optionGroups, signal);
    if (!optionIds.ok) return optionIds;
    const variantIds = await syncVariants(client, product, plan, optionIds.value, listing.currency, channel.value, { plan: imagePlan, assetIds: assets.value }, signal);
    if (!variantIds.ok) return variantIds;
    return { ok: true, value: { remoteId: productId, created: !before, variantIds: variantIds.value } };
  }

  return { channel: 'own-mall', testConnection, push };
}
