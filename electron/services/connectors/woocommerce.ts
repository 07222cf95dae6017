import { z } from 'zod';
import { pushError, type FieldError } from '../../../shared/publish/push-error';
import { DEFAULT_TIMEOUT_MS, requestJson, type HttpRequest } from './http';
import { toWooBodies, type WooImage } from './listing-to-woocommerce';
import { checkSecureEndpoint, joinUrl } from './secure-endpoint';
import type { ConnectionInfo, Connector, PushImage, PushOutcome, PushRequest, PushResult, PushWarning } from './types';
import { createWordPressMedia } from './woocommerce-media';

/*
 * WooCommerce REST v3 (channel-rules.md §7.3): find the product by SKU (the SPU code), create or
 * update it, then its variations by SKU. Finding first is what makes a second push an update.
 *
 * Auth is HTTP Basic with the consumer key and secret, which WooCommerce accepts over HTTPS only
 * (over plain http it wants OAuth 1.0a signatures). Real shops must use https://; plain http is
 * refused before any request unless the host is loopback (tests, a local shop).
 *
 * Images, in order of preference:
 * 1. `wordpress` (user name + application password): each rendition is uploaded to
 *    /wp-json/wp/v2/media before the product call and referenced as { id }, idempotently by
 *    content hash (woocommerce-media.ts). Consumer keys cannot do this: they only authenticate
 *    the wc/ namespace.
 * 2. `publicUrlFor(image)`: a URL WooCommerce sideloads `images[].src` from. On an update, an image
 *    whose name (file name without extension, which WooCommerce keeps as the attachment title) is
 *    already on the product is referenced by id, so re-pushing does not sideload it again.
 * 3. Neither: the product is pushed without touching its images (`images` left out, not [] which
 *    would delete them) and the result carries an `images-not-sent` warning saying what to set up.
 * A variant image (role "variant", variantValue = a value of the first option axis) also becomes
 * the `image` of every variation with that first option value, as Shopify's connector does.
 */

export interface WooCommerceConfig {
  baseUrl: string;
  consumerKey: string;
  consumerSecret: string;
  /** WordPress user + application password: images are uploaded to /wp/v2/media. Preferred. */
  wordpress?: { username: string; applicationPassword: string };
  /** A URL WooCommerce can download the rendition from (the account's image address). */
  publicUrlFor?: (image: PushImage, signal?: AbortSignal) => Promise<PushOutcome<string>>;
  /** Why images cannot be sent when neither of the above is given; worded for the user. */
  noImagesReason?: string;
  fetchTimeoutMs?: number;
}

const API = '/wp-json/wc/v3';

const productSchema = z.object({ id: z.number(), sku: z.string(), images: z.array(z.object({ id: z.number(), name: z.string(), src: z.string().optional() })).default([]) });

export const NO_IMAGE_ROUTE = 'set a WordPress user name and application password (Settings → Channel accounts) so ShelfReady can upload them, or an image address WooCommerce can download them from';
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

  /** The media uploader when a WordPress user and application password are configured. */
  function mediaClient() {
    if (!config.wordpress) return undefined;
    const endpoint = checkSecureEndpoint(config.baseUrl, 'baseUrl');
    if (!endpoint.ok) return endpoint;
    return { ok: true as const, value: createWordPressMedia({ baseUrl: endpoint.url, ...config.wordpress, timeoutMs }) };
  }

  return {
    channel: 'woocommerce',

    async testConnection(signal?: AbortSignal): Promise<PushOutcome<ConnectionInfo>> {
      // system_status needs valid keys with read access; the index then gives the site's name.
      const status = await call('GET', `${API}/system_status`, z.object({ environment: z.object({ site_url: z.string() }).partial().default({}) }), undefined, signal);
      if (!status.ok) return status;
      const media = mediaClient();
      if (media && !media.ok) return media;
      if (media) {
        const signedIn = await media.value.check(signal);
        if (!signedIn.ok) return signedIn;
      }
      const index = await call('GET', '/wp-json/', z.object({ name: z.string() }).partial(), undefined, signal);
      if (!index.ok) return index;
      return { ok: true, value: { shopName: index.value.name || status.value.environment.site_url || config.baseUrl } };
    },

    async push(request: PushRequest, signal?: AbortSignal): Promise<PushOutcome<PushResult>> {
      const { listing } = request;
      const dryRun = toWooBodies(listing, request.locales, []);
      if (!dryRun.ok) return dryRun;
      const media = mediaClient();
      if (media && !media.ok) return media;

      const found = await call('GET', `${API}/products?sku=${encodeURIComponent(listing.spuCode)}`, z.array(productSchema), undefined, signal);
      if (!found.ok) return found;
      const existing = found.value.find((p) => p.sku === listing.spuCode);
      const alt = dryRun.value.product.name;

      const sorted = [...request.images].sort((a, b) => a.order - b.order);
      const warnings: PushWarning[] = [];
      /** Attachment ids known before the product call (uploads, or images already on the product). */
      const knownIds = new Map<PushImage, number>();
      let images: WooImage[] | undefined;
      if (media) {
        // Uploads happen before the product exists: a refused password creates no product.
        const resolved = await media.value.resolve(sorted, existing?.images ?? [], alt, signal);
        if (!resolved.ok) return resolved;
        for (const r of resolved.value) knownIds.set(r.image, r.id);
        images = resolved.value.map((r) => ({ id: r.id, alt }));
      } else if (config.publicUrlFor) {
        images = [];
        for (const image of sorted) {
          const name = stem(image.fileName);
          const already = existing?.images.find((i) => i.name === name);
          if (already) {
            knownIds.set(image, already.id);
            images.push({ id: already.id, alt });
            continue;
          }
          const src = await config.publicUrlFor(image, signal);
          if (!src.ok) return src;
          images.push({ src: src.value, alt, name });
        }
      } else if (sorted.length > 0) {
        const count = sorted.length === 1 ? '1 image was' : `${sorted.length} images were`;
        warnings.push({ code: 'images-not-sent', message: `WooCommerce: the product was saved but its ${count} not sent: ${config.noImagesReason ?? NO_IMAGE_ROUTE}.` });
      } else {
        images = [];
      }
      const bodies = toWooBodies(listing, request.locales, images, request.sizeChartHtml);
      if (!bodies.ok) return bodies;

      const saved = existing
        ? await call('PUT', `${API}/products/${existing.id}`, productSchema, bodies.value.product, signal)
        : await call('POST', `${API}/products`, productSchema, bodies.value.product, signal);
      if (!saved.ok) return saved;
      const productId = saved.value.id;

      // Sideloaded images get their ids from the saved product (matched by the name we gave them).
      const idOf = (image: PushImage): number | undefined => knownIds.get(image) ?? saved.value.images.find((i) => i.name === stem(image.fileName))?.id;
      const variantImage = (firstValue: string | undefined): { id: number } | undefined => {
        const image = sorted.find((i) => i.role === 'variant' && i.variantValue !== undefined && i.variantValue === firstValue);
        const id = image && images !== undefined ? idOf(image) : undefined;
        return id === undefined ? undefined : { id };
      };

      const variantIds: Record<string, string> = {};
      if (bodies.value.variations.length === 0) {
        const only = listing.skus[0];
        if (only) variantIds[only.code] = String(productId);
      } else {
        const base = `${API}/products/${productId}/variations`;
        const current = await call('GET', `${base}?per_page=100`, z.array(variationSchema), undefined, signal);
        if (!current.ok) return current;
        for (const body of bodies.value.variations) {
          const image = variantImage(listing.skus.find((s) => s.code === body.sku)?.optionValues[0]);
          const variation = image ? { ...body, image } : body;
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
      return { ok: true, value: { remoteId: String(productId), created: !existing, variantIds, ...(warnings.length ? { warnings } : {}) } };
    },
  };
}
