import { createHash } from 'node:crypto';
import { z } from 'zod';
import { kindOfStatus, parseRetryAfter, pushError, type FieldError, type PushError } from '../../../shared/publish/push-error';
import { DEFAULT_TIMEOUT_MS, requestJson } from './http';
import { shopifyHandle, toProductSetInput, type FileSetInput, type ShopifyFileSource } from './listing-to-shopify';
import { PRODUCT_BY_HANDLE, PRODUCT_SET, SHOP_NAME, STAGED_UPLOADS_CREATE } from './shopify-queries';
import type { ConnectionInfo, Connector, PushImage, PushOutcome, PushRequest, PushResult } from './types';
import { readPushImage } from './read-image';

/*
 * Shopify Admin GraphQL (channel-rules.md §6.4): images go through stagedUploadsCreate + a
 * multipart POST to the staged target, then one synchronous productSet carries the whole product.
 * productSet is not idempotent by key (reliability-notes.md §5), so the product is looked up by its
 * handle first and updated by id: pushing twice updates, never duplicates.
 *
 * Images are idempotent by content: each file is named "<name>-<sha256 of the bytes, 12 hex>.<ext>"
 * (e.g. DR26S-00001_1-3f2a9c0d1e4b.jpg). The handle lookup also reads the product's media
 * (MediaImage id + image.url; the CDN url keeps the uploaded file name, possibly with a suffix
 * Shopify adds on a name clash, so the match is on the "-<hash>" part of the url's last segment).
 * An image whose hash is already on the product is sent as FileSetInput { id } and keeps that file;
 * only the others go through stagedUploadsCreate. A MediaImage still processing (image null) does
 * not match and is uploaded again; productSet then drops the unmatched old one.
 * Variant images (role "variant", variantValue = a value of the first option axis) are in the
 * product's files, and every variant with that first option value gets the same FileSetInput as
 * its `file` (§6.4: a variant's file must also be in the product's files).
 *
 * Rate limits: the GraphQL cost bucket is read from every answer's extensions.cost.throttleStatus;
 * when it runs low the next call waits until enough points are restored. A THROTTLED answer or an
 * HTTP 429 ends the push as rate-limited (retryable) with the wait the outbox should honour.
 */

export interface ShopifyConfig {
  /** "my-shop" or "my-shop.myshopify.com"; or baseUrl instead (tests, proxies). */
  shopDomain?: string;
  baseUrl?: string;
  accessToken: string;
  apiVersion?: string;
  fetchTimeoutMs?: number;
  /** Location for inventoryQuantities; without one, stock is not sent. */
  locationId?: string;
  /** Points to keep in the bucket before a call; Shopify's product mutations cost ~10–50. */
  minAvailableCost?: number;
  /** Injectable wait (tests record it instead of sleeping). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Injectable clock in ms, for the bucket refill estimate. */
  now?: () => number;
}

export const SHOPIFY_API_VERSION = '2025-07';
const MAX_THROTTLE_WAIT_MS = 60_000;

const throttleStatusSchema = z.object({ maximumAvailable: z.number(), currentlyAvailable: z.number(), restoreRate: z.number() });
const costSchema = z.object({ requestedQueryCost: z.number().nullish(), throttleStatus: throttleStatusSchema }).partial();
const graphqlAnswerSchema = z.object({
  data: z.unknown().optional(),
  errors: z.array(z.object({ message: z.string(), extensions: z.object({ code: z.string().optional() }).passthrough().optional() })).optional(),
  extensions: z.object({ cost: costSchema.optional() }).passthrough().optional(),
});
const userErrorsSchema = z.array(z.object({ field: z.array(z.string()).nullish(), message: z.string() }));

const shopSchema = z.object({ shop: z.object({ name: z.string() }) });
const mediaNodeSchema = z.object({ id: z.string().optional(), image: z.object({ url: z.string() }).nullish() });
const productByHandleSchema = z.object({
  productByIdentifier: z.object({ id: z.string(), media: z.object({ nodes: z.array(mediaNodeSchema) }).optional() }).nullable(),
});
const stagedSchema = z.object({
  stagedUploadsCreate: z.object({
    stagedTargets: z.array(z.object({ url: z.string(), resourceUrl: z.string(), parameters: z.array(z.object({ name: z.string(), value: z.string() })) })),
    userErrors: userErrorsSchema,
  }),
});
const productSetSchema = z.object({
  productSet: z.object({
    product: z.object({ id: z.string(), variants: z.object({ nodes: z.array(z.object({ id: z.string(), sku: z.string().nullable() })) }) }).nullable(),
    userErrors: userErrorsSchema,
  }),
});

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}

function endpointOf(config: ShopifyConfig): string {
  const version = config.apiVersion ?? SHOPIFY_API_VERSION;
  if (config.baseUrl) return `${config.baseUrl.replace(/\/+$/, '')}/admin/api/${version}/graphql.json`;
  const domain = (config.shopDomain ?? '').trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  const host = domain.includes('.') ? domain : `${domain}.myshopify.com`;
  return `https://${host}/admin/api/${version}/graphql.json`;
}

/** Shopify's HTTP error bodies: {"errors": "…"} or {"errors": [{"message": "…"}]}. */
function readHttpErrors(body: unknown): { message?: string } {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (typeof errors === 'string') return { message: errors };
  if (Array.isArray(errors)) return { message: errors.map((e: { message?: unknown }) => String(e?.message ?? '')).join('; ') };
  return {};
}

function toFields(errors: z.infer<typeof userErrorsSchema>): FieldError[] {
  return errors.map((e) => ({ field: e.field?.length ? e.field.join('.') : 'input', message: e.message }));
}

type Fail = { ok: false; error: PushError };

/** First 12 hex digits of the SHA-256 of the bytes: the image's identity on Shopify. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** "DR26S-00001_1.jpg" + hash → "DR26S-00001_1-<hash>.jpg". */
export function hashedFileName(fileName: string, hash: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)}-${hash}${fileName.slice(dot)}` : `${fileName}-${hash}`;
}

/** The last path segment of a CDN url, without query string ("…/files/a-1.jpg?v=1" → "a-1.jpg"). */
function urlFileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function createShopifyConnector(config: ShopifyConfig): Connector {
  const url = endpointOf(config);
  const timeoutMs = config.fetchTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sleep = config.sleep ?? defaultSleep;
  const minAvailable = config.minAvailableCost ?? 50;
  const now = config.now ?? Date.now;
  let bucket: { available: number; restoreRate: number; at: number } | undefined;

  async function waitForBucket(signal?: AbortSignal): Promise<void> {
    if (!bucket || bucket.restoreRate <= 0) return;
    const restored = bucket.available + ((now() - bucket.at) / 1000) * bucket.restoreRate;
    if (restored >= minAvailable) return;
    await sleep(Math.min(MAX_THROTTLE_WAIT_MS, Math.ceil(((minAvailable - restored) / bucket.restoreRate) * 1000)), signal);
  }

  async function graphql<S extends z.ZodType>(query: string, variables: Record<string, unknown>, schema: S, signal?: AbortSignal): Promise<PushOutcome<z.infer<S>>> {
    await waitForBucket(signal);
    const answer = await requestJson<unknown>(
      { url, method: 'POST', headers: { 'X-Shopify-Access-Token': config.accessToken }, body: { query, variables }, timeoutMs, signal },
      readHttpErrors,
    );
    if (!answer.ok) return answer;
    const parsed = graphqlAnswerSchema.safeParse(answer.value.body);
    if (!parsed.success) return { ok: false, error: pushError('malformed-response', 'not a GraphQL answer', { status: answer.value.status }) };
    const { data, errors, extensions } = parsed.data;
    const status = extensions?.cost?.throttleStatus;
    if (status) bucket = { available: status.currentlyAvailable, restoreRate: status.restoreRate, at: now() };
    if (errors?.length) {
      const codes = errors.map((e) => e.extensions?.code);
      const message = errors.map((e) => e.message).join('; ');
      if (codes.includes('THROTTLED')) {
        const needed = extensions?.cost?.requestedQueryCost ?? minAvailable;
        const retryAfterMs = status && status.restoreRate > 0 ? Math.max(0, Math.ceil(((needed - status.currentlyAvailable) / status.restoreRate) * 1000)) : undefined;
        return { ok: false, error: pushError('rate-limited', message, { status: answer.value.status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) }) };
      }
      const kind = codes.includes('ACCESS_DENIED') ? 'auth' : codes.includes('INTERNAL_SERVER_ERROR') ? 'server' : 'validation';
      return { ok: false, error: pushError(kind, message, { status: answer.value.status }) };
    }
    const shaped = schema.safeParse(data);
    if (!shaped.success) return { ok: false, error: pushError('malformed-response', 'the GraphQL answer has an unexpected shape', { status: answer.value.status }) };
    return { ok: true, value: shaped.data };
  }

  async function upload(target: { url: string; parameters: { name: string; value: string }[] }, image: PushImage, bytes: Buffer, fileName: string, signal?: AbortSignal): Promise<Fail | undefined> {
    const form = new FormData();
    for (const p of target.parameters) form.append(p.name, p.value);
    // The file goes last: the storage service reads the policy fields before it.
    form.append('file', new Blob([new Uint8Array(bytes)], { type: image.mimeType }), fileName);
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await fetch(target.url, { method: 'POST', body: form, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      await response.arrayBuffer();
    } catch (error) {
      if (signal?.aborted) return { ok: false, error: pushError('cancelled', 'cancelled') };
      if (timeout.aborted) return { ok: false, error: pushError('timeout', `image upload: no answer within ${timeoutMs} ms`) };
      const cause = (error as { cause?: { code?: string } }).cause;
      return { ok: false, error: pushError('network', `image upload: ${cause?.code ?? (error as Error).message}`) };
    }
    const kind = kindOfStatus(response.status);
    if (!kind) return undefined;
    return {
      ok: false,
      error: pushError(kind, `image upload of ${fileName} answered ${response.status}`, {
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
      }),
    };
  }

  return {
    channel: 'shopify',

    async testConnection(signal?: AbortSignal): Promise<PushOutcome<ConnectionInfo>> {
      const answer = await graphql(SHOP_NAME, {}, shopSchema, signal);
      return answer.ok ? { ok: true, value: { shopName: answer.value.shop.name } } : answer;
    },

    async push(request: PushRequest, signal?: AbortSignal): Promise<PushOutcome<PushResult>> {
      const { listing } = request;
      // Check the listing before spending uploads on it.
      const dryRun = toProductSetInput(listing, request.locales, [], { locationId: config.locationId });
      if (!dryRun.ok) return dryRun;
      const handle = shopifyHandle(listing.spuCode);

      // Read every image first: the content hash names the file and decides whether to upload.
      const images: { image: PushImage; bytes: Buffer; hash: string; fileName: string }[] = [];
      for (const image of [...request.images].sort((a, b) => a.order - b.order)) {
        const read = await readPushImage(image);
        if (!read.ok) return read;
        const hash = contentHash(read.value);
        images.push({ image, bytes: read.value, hash, fileName: hashedFileName(image.fileName, hash) });
      }

      const existing = await graphql(PRODUCT_BY_HANDLE, { identifier: { handle } }, productByHandleSchema, signal);
      if (!existing.ok) return existing;
      const productId = existing.value.productByIdentifier?.id;
      const media = (existing.value.productByIdentifier?.media?.nodes ?? []).flatMap((n) => (n.id && n.image ? [{ id: n.id, name: urlFileName(n.image.url) }] : []));

      // Images already on the product keep their file ({ id }); each media file matches once.
      const used = new Set<string>();
      const inputs: (FileSetInput | undefined)[] = images.map(({ hash }) => {
        const match = media.find((m) => !used.has(m.id) && m.name.includes(`-${hash}`));
        if (!match) return undefined;
        used.add(match.id);
        return { id: match.id };
      });
      const toUpload = images.flatMap((entry, i) => (inputs[i] ? [] : [{ ...entry, index: i }]));
      if (toUpload.length > 0) {
        const staged = await graphql(
          STAGED_UPLOADS_CREATE,
          { input: toUpload.map(({ image, fileName }) => ({ resource: 'IMAGE', filename: fileName, mimeType: image.mimeType, httpMethod: 'POST' })) },
          stagedSchema,
          signal,
        );
        if (!staged.ok) return staged;
        const { stagedTargets, userErrors } = staged.value.stagedUploadsCreate;
        if (userErrors.length > 0) return { ok: false, error: pushError('validation', userErrors.map((e) => e.message).join('; '), { fields: toFields(userErrors) }) };
        if (stagedTargets.length !== toUpload.length) return { ok: false, error: pushError('malformed-response', `asked for ${toUpload.length} upload targets, got ${stagedTargets.length}`) };
        for (const [i, { image, bytes, fileName, index }] of toUpload.entries()) {
          const target = stagedTargets[i];
          if (!target) continue;
          const failed = await upload(target, image, bytes, fileName, signal);
          if (failed) return failed;
          inputs[index] = { originalSource: target.resourceUrl, contentType: 'IMAGE', alt: dryRun.value.title, filename: fileName };
        }
      }
      const files: ShopifyFileSource[] = images.flatMap(({ image }, i) => {
        const input = inputs[i];
        if (!input) return [];
        return [image.role === 'variant' && image.variantValue !== undefined ? { input, variantValue: image.variantValue } : { input }];
      });

      const input = toProductSetInput(listing, request.locales, files, { productId, locationId: config.locationId, sizeChartHtml: request.sizeChartHtml });
      if (!input.ok) return input;
      const saved = await graphql(PRODUCT_SET, { input: input.value, synchronous: true }, productSetSchema, signal);
      if (!saved.ok) return saved;
      const { product, userErrors } = saved.value.productSet;
      if (userErrors.length > 0) return { ok: false, error: pushError('validation', userErrors.map((e) => e.message).join('; '), { fields: toFields(userErrors) }) };
      if (!product) return { ok: false, error: pushError('malformed-response', 'productSet returned no product and no errors') };
      const variantIds: Record<string, string> = {};
      for (const node of product.variants.nodes) if (node.sku) variantIds[node.sku] = node.id;
      return { ok: true, value: { remoteId: product.id, created: productId === undefined, variantIds } };
    },
  };
}
