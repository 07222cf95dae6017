import { z } from 'zod';
import { pushError, type FieldError } from '../../../shared/publish/push-error';
import { DEFAULT_TIMEOUT_MS, requestJson, type HttpRequest } from './http';
import { toWooBodies, type WooImage } from './listing-to-woocommerce';
import { checkSecureEndpoint, joinUrl } from './secure-endpoint';
import type { ConnectionInfo, Connector, PushImage, PushOutcome, PushRequest, PushResult } from './types';

/*
 * WooCommerce REST v3 (channel-rules.md §7.3): find the product by SKU (the SPU code), create or
 * update it, then its variations by SKU. Finding first is what makes a second push an update.
 *
 * Auth is HTTP Basic with the consumer key and secret, which WooCommerce accepts over HTTPS only
 * (over plain http it wants OAuth 1.0a signatures). Real shops must use https://; plain http is
 * refused before any request unless the host is loopback (tests, a local shop).
 *
 * Images: WooCommerce sideloads `images[].src` URLs itself, but the renditions are local files.
 * The connector takes `publicUrlFor(image)` rather than uploading to /wp/v2/media because
 * consumer keys only authenticate the wc/ namespace: the media endpoint needs a WordPress
 * application password, a second credential the account store does not hold yet. The outbox will
 * provide a publicUrlFor that uploads (or serves) the rendition. On an update, an image whose
 * name (file name without extension, which WooCommerce keeps as the attachment title) is already on
 * the product is referenced by id, so re-pushing does not sideload the same picture again.
 */

export interface WooCommerceConfig {
  baseUrl: string;
  consumerKey: string;
  consumerSecret: string;
  /** A URL WooCommerce can download the rendition from. */
  publicUrlFor: (image: PushImage, signal?: AbortSignal) => Promise<PushOutcome<string>>;
  fetchTimeoutMs?: number;
}

const API = '/wp-json/wc/v3';

const productSchema = z.object({ id: z.number(), sku: z.string(), images: z.array(z.object({ id: z.number(), name: z.string() })).default([]) });
const variationSchema = z.object({ id: z.number(), sku: z.string() });

/** WooCommerce/WP error bodies: {code, message, data: {status, params?: {field: msg}, details?: {field: {message}}}}. */
export function readWooErrors(body: unknown): { message?: string; fields?: FieldError[] } {
  if (typeof body !== 'object' || body === null) return {};
  const { code, message, data } = body as { code?: unknown; message?: unknown; data?: { params?: unknown; details?: unknown } };
  const fields: FieldError[] = [];
  const details = data?.details;
  const params = data?.params;
  if (typeof details === 'object' && details !== null) {
    for (const [field, detail] of Object.entries(details)) {
      const text = (detail as { message?: unknown } | null)?.message;
      fields.push({ field, message: typeof text === 'string' ? text : String(code ?? 'invalid') });
    }
  } else if (typeof params === 'object' && params !== null) {
    for (const [field, text] of Object.entries(params)) fields.push({ field, message: String(text) });
  }
  if (fields.length === 0 && typeof code === 'string' && code.includes('sku') && typeof message === 'string') fields.push({ field: 'sku', message });
  return { ...(typeof message === 'string' ? { message } : {}), ...(fields.length ? { fields } : {}) };
}

function stem(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

export function createWooCommerceConnector(config: WooCommerceConfig): Connector {
  const timeoutMs = config.fetchTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const authorization = `Basic ${Buffer.from(`${config.consumerKey}:${config.consumerSecret}`).toString('base64')}`;

  async function call<S extends z.ZodType>(method: NonNullable<HttpRequest['method']>, path: string, schema: S, body?: unknown, signal?: AbortSignal): Promise<PushOutcome<z.infer<S>>> {
    const endpoint = checkSecureEndpoint(config.baseUrl, 'baseUrl');
    if (!endpoint.ok) return endpoint;
    const answer = await requestJson<unknown>({ url: joinUrl(endpoint.url, path), method, headers: { authorization }, body, timeoutMs, signal }, readWooErrors);
    if (!answer.ok) return answer;
    const parsed = schema.safeParse(answer.value.body);
    if (!parsed.success) return { ok: false, error: pushError('malformed-response', `unexpected answer to ${method} ${path.replace(/\?.*$/, '')}`, { status: answer.value.status }) };
    return { ok: true, value: parsed.data };
  }

  return {
    channel: 'woocommerce',

    async testConnection(signal?: AbortSignal): Promise<PushOutcome<ConnectionInfo>> {
      // system_status needs valid keys with read access; the index then gives the site's name.
      const status = await call('GET', `${API}/system_status`, z.object({ environment: z.object({ site_url: z.string() }).partial().default({}) }), undefined, signal);
      if (!status.ok) return status;
      const index = await call('GET', '/wp-json/', z.object({ name: z.string() }).partial(), undefined, signal);
      if (!index.ok) return index;
      return { ok: true, value: { shopName: index.value.name || status.value.environment.site_url || config.baseUrl } };
    },

    async push(request: PushRequest, signal?: AbortSignal): Promise<PushOutcome<PushResult>> {
      const { listing } = request;
      const dryRun = toWooBodies(listing, request.locales, []);
      if (!dryRun.ok) return dryRun;

      const found = await call('GET', `${API}/products?sku=${encodeURIComponent(listing.spuCode)}`, z.array(productSchema), undefined, signal);
      if (!found.ok) return found;
      const existing = found.value.find((p) => p.sku === listing.spuCode);

      const images: WooImage[] = [];
      for (const image of [...request.images].sort((a, b) => a.order - b.order)) {
        const name = stem(image.fileName);
        const already = existing?.images.find((i) => i.name === name);
        if (already) {
          images.push({ id: already.id, alt: dryRun.value.product.name });
          continue;
        }
        const src = await config.publicUrlFor(image, signal);
        if (!src.ok) return src;
        images.push({ src: src.value, alt: dryRun.value.product.name, name });
      }
      const bodies = toWooBodies(listing, request.locales, images);
      if (!bodies.ok) return bodies;

      const saved = existing
        ? await call('PUT', `${API}/products/${existing.id}`, productSchema, bodies.value.product, signal)
        : await call('POST', `${API}/products`, productSchema, bodies.value.product, signal);
      if (!saved.ok) return saved;
      const productId = saved.value.id;

      const variantIds: Record<string, string> = {};
      if (bodies.value.variations.length === 0) {
        const only = listing.skus[0];
        if (only) variantIds[only.code] = String(productId);
      } else {
        const base = `${API}/products/${productId}/variations`;
        const current = await call('GET', `${base}?per_page=100`, z.array(variationSchema), undefined, signal);
        if (!current.ok) return current;
        for (const variation of bodies.value.variations) {
          const match = current.value.find((v) => v.sku === variation.sku);
          const done = match
            ? await call('PUT', `${base}/${match.id}`, variationSchema, variation, signal)
            : await call('POST', base, variationSchema, variation, signal);
          if (!done.ok) return done;
          variantIds[variation.sku] = String(done.value.id);
        }
        // Variations whose SKU left the listing would stay purchasable: remove them.
        for (const stale of current.value.filter((v) => !(v.sku in variantIds))) {
          const removed = await call('DELETE', `${base}/${stale.id}?force=true`, variationSchema, undefined, signal);
          if (!removed.ok) return removed;
        }
      }
      return { ok: true, value: { remoteId: String(productId), created: !existing, variantIds } };
    },
  };
}
