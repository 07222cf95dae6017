import { z } from 'zod';
import { check, expectThat, HANG, jsonOf, startFakeServer, type FakeResponse, type RecordedRequest } from './fake-server';

/*
 * A local WooCommerce REST v3 server that checks every request (channel-rules.md §7.3), plus the
 * WordPress core media endpoint (/wp-json/wp/v2/media) the connector uploads images to with a
 * WordPress user + application password: Basic auth, raw body with Content-Type and
 * Content-Disposition, answered as WordPress does (201 attachment; 401 incorrect_password /
 * rest_cannot_create; 400 rest_upload_*; a web server's 413 page). Products and attachments share
 * one id counter, as they share wp_posts.
 */

export const KEY = 'ck_0123456789abcdef';
export const SECRET = 'cs_fedcba9876543210';
const BASIC = `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`;
export const WP_USER = 'shelfready-bot';
/** As WordPress shows it: six groups of four, spaces included (WordPress ignores the spaces). */
export const APP_PASSWORD = 'abcd EFGH 1234 ijkl MNOP 5678';
const WP_BASIC = `Basic ${Buffer.from(`${WP_USER}:${APP_PASSWORD}`).toString('base64')}`;

export interface Attachment { id: number; title: string; fileName: string; mimeType: string; altText: string; bytes: Buffer }

const price = z.string().regex(/^(\d+(\.\d+)?)?$/);
export const imageInput = z.union([z.object({ id: z.number(), alt: z.string() }).strict(), z.object({ src: z.string(), alt: z.string(), name: z.string() }).strict()]);
const productInput = z
  .object({
    name: z.string().min(1),
    type: z.enum(['simple', 'variable']),
    status: z.enum(['draft', 'pending', 'private', 'publish']),
    sku: z.string(),
    description: z.string(),
    short_description: z.string(),
    regular_price: price.optional(),
    sale_price: price.optional(),
    manage_stock: z.boolean().optional(),
    stock_quantity: z.number().int().optional(),
    // Optional, as in WooCommerce: left out, the product keeps its images.
    images: z.array(imageInput).optional(),
    attributes: z.array(z.object({ name: z.string(), position: z.number().int(), visible: z.boolean(), variation: z.boolean(), options: z.array(z.string()) }).strict()),
  })
  .strict();
const variationInput = z
  .object({ sku: z.string(), image: z.object({ id: z.number() }).strict().optional(), regular_price: price, sale_price: price, manage_stock: z.boolean(), stock_quantity: z.number().int().optional(), attributes: z.array(z.object({ name: z.string(), option: z.string() }).strict()) })
  .strict();

interface Variation { id: number; sku: string; body: z.infer<typeof variationInput> }
interface Product { id: number; sku: string; body: z.infer<typeof productInput>; images: { id: number; name: string; src: string; alt: string }[]; variations: Variation[] }

type Fault = 'none' | 'hang' | 'malformed' | '429';
export type MediaFault = 'none' | '413' | 'sideload' | 'no-upload-rights';

export async function startFakeWoo() {
  const products: Product[] = [];
  const sideloads: string[] = [];
  const takenSkus = new Set<string>(['TAKEN-SKU']);
  let nextId = 100;
  const state = { fault: 'none' as Fault, mediaFault: 'none' as MediaFault };
  const media: Attachment[] = [];
  const uploads: string[] = [];
  const notFound: FakeResponse = { status: 404, body: { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } } };

  const srcOf = (m: Attachment) => `${server.url}/wp-content/uploads/2026/11/${m.fileName}`;
  const mediaView = (m: Attachment) => ({
    id: m.id, date: '2026-11-25T14:31:12', slug: m.title.toLowerCase(), status: 'inherit', type: 'attachment',
    title: { rendered: m.title }, alt_text: m.altText, media_type: 'image', mime_type: m.mimeType, source_url: srcOf(m), media_details: { filesize: m.bytes.length, sizes: {} },
  });
  const wpError = (status: number, code: string, message: string): FakeResponse => ({ status, body: { code, message, data: { status } } });

  /** WordPress core's REST routes the connector uses, signed in with the application password. */
  function wordpress(req: RecordedRequest, url: URL): FakeResponse {
    const auth = req.headers.authorization;
    // A Basic header with unknown credentials fails every route, reads included (rest_authentication_errors).
    if (auth !== undefined && auth !== WP_BASIC) return wpError(401, 'incorrect_password', 'The provided password is an invalid application password.');
    if (url.pathname === '/wp-json/wp/v2/users/me') {
      if (auth === undefined) return wpError(401, 'rest_not_logged_in', 'You are not currently logged in.');
      return { status: 200, body: { id: 7, name: WP_USER, capabilities: { upload_files: state.mediaFault !== 'no-upload-rights' } } };
    }
    if (url.pathname !== '/wp-json/wp/v2/media') return wpError(404, 'rest_no_route', 'No route was found matching the URL and request method.');
    if (req.method === 'GET') {
      const search = url.searchParams.get('search') ?? '';
      expectThat(search !== '', 'media lookup without search');
      return { status: 200, body: media.filter((m) => m.title.includes(search) || m.fileName.includes(search)).map(mediaView) };
    }
    expectThat(req.method === 'POST', `media ${req.method}`);
    if (auth === undefined) return wpError(401, 'rest_cannot_create', 'Sorry, you are not allowed to create posts as this user.');
    if (state.mediaFault === 'no-upload-rights') return wpError(400, 'rest_cannot_create', 'Sorry, you are not allowed to upload media on this site.');
    if (state.mediaFault === '413') return { status: 413, headers: { 'content-type': 'text/html' }, body: '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>' };
    if (req.body.length === 0) return wpError(400, 'rest_upload_no_data', 'No data supplied.');
    const type = String(req.headers['content-type'] ?? '');
    if (type === '') return wpError(400, 'rest_upload_no_content_type', 'No Content-Type supplied.');
    const disposition = /^attachment; filename="([^"]+)"$/.exec(String(req.headers['content-disposition'] ?? ''));
    if (!disposition?.[1]) return wpError(400, 'rest_upload_no_content_disposition', 'No Content-Disposition supplied.');
    expectThat(/^image\/(jpeg|png|webp)$/.test(type), `media content-type ${type}`);
    if (state.mediaFault === 'sideload') return wpError(500, 'rest_upload_sideload_error', 'Sorry, you are not allowed to upload this file type.');
    const fileName = disposition[1];
    const attachment: Attachment = { id: nextId++, title: url.searchParams.get('title') || fileName.replace(/\.[^.]+$/, ''), fileName, mimeType: type, altText: url.searchParams.get('alt_text') ?? '', bytes: req.body };
    media.push(attachment);
    uploads.push(fileName);
    return { status: 201, headers: { location: `${server.url}/wp-json/wp/v2/media/${attachment.id}` }, body: mediaView(attachment) };
  }

  const server = await startFakeServer(async (req) => {
    if (state.fault === 'hang') return HANG;
    if (state.fault === 'malformed') return { status: 200, body: '<html>Error establishing a database connection' };
    if (state.fault === '429') return { status: 429, headers: { 'retry-after': '7' }, body: { code: 'too_many_requests', message: 'Too many requests.', data: { status: 429 } } };
    const url = new URL(req.url, 'http://x');
    if (req.method === 'GET' && url.pathname === '/wp-json/') return { status: 200, body: { name: 'Lumière Woo', description: 'Just another WordPress site', url: server.url } };
    if (url.pathname.startsWith('/wp-json/wp/v2/')) return wordpress(req, url);
    if (req.headers.authorization !== BASIC) return { status: 401, body: { code: 'woocommerce_rest_authentication_error', message: 'Consumer key is invalid.', data: { status: 401 } } };
    const body = req.body.length ? jsonOf(req) : undefined;
    if (body !== undefined) expectThat(String(req.headers['content-type']).startsWith('application/json'), 'content-type is not JSON');
    const path = url.pathname.replace(/^\/wp-json\/wc\/v3/, '');
    if (req.method === 'GET' && path === '/system_status') return { status: 200, body: { environment: { site_url: server.url, version: '9.4.0' } } };
    const view = (p: Product) => ({ id: p.id, sku: p.sku, type: p.body.type, name: p.body.name, images: p.images });
    if (req.method === 'GET' && path === '/products') {
      const sku = url.searchParams.get('sku');
      expectThat(sku !== null, 'product lookup without sku');
      return { status: 200, body: products.filter((p) => p.sku === sku).map(view) };
    }
    const sideload = async (images: z.infer<typeof imageInput>[], owner?: Product) => {
      const out: Product['images'] = [];
      for (const [i, image] of images.entries()) {
        if ('id' in image) {
          const attachment = media.find((m) => m.id === image.id);
          const known = owner?.images.find((x) => x.id === image.id) ?? (attachment && { id: attachment.id, name: attachment.title, src: srcOf(attachment), alt: image.alt });
          if (!known) return { bad: { status: 400, body: { code: 'woocommerce_product_invalid_image_id', message: `#${image.id} is an invalid image ID.`, data: { status: 400 } } } as FakeResponse };
          out.push({ ...known, alt: image.alt });
          continue;
        }
        if (!/^https?:\/\//.test(image.src)) {
          const message = `images[${i}][src] is not a valid URL.`;
          return { bad: { status: 400, body: { code: 'rest_invalid_param', message: 'Invalid parameter(s): images', data: { status: 400, params: { images: message }, details: { images: { code: 'rest_invalid_url', message, data: null } } } } } as FakeResponse };
        }
        // WooCommerce downloads the picture itself.
        const got = await fetch(image.src);
        expectThat(got.ok && (got.headers.get('content-type') ?? '').startsWith('image/'), `could not sideload ${image.src}`);
        sideloads.push(image.src);
        out.push({ id: nextId++, name: image.name, src: `${server.url}/wp-content/uploads/${image.name}`, alt: image.alt });
      }
      return { images: out };
    };
    if ((req.method === 'POST' && path === '/products') || (req.method === 'PUT' && /^\/products\/\d+$/.test(path))) {
      const input = check(productInput, body, `${req.method} ${path}`);
      const owner = req.method === 'PUT' ? products.find((p) => p.id === Number(path.split('/')[2])) : undefined;
      if (req.method === 'PUT' && !owner) return { status: 404, body: { code: 'woocommerce_rest_product_invalid_id', message: 'Invalid ID.', data: { status: 404 } } };
      if (input.type === 'variable') expectThat(input.regular_price === undefined && input.attributes.some((a) => a.variation), 'variable product with a price or without variation attributes');
      if (products.some((p) => p.sku === input.sku && p !== owner)) {
        return { status: 400, body: { code: 'product_invalid_sku', message: 'Invalid or duplicated SKU.', data: { status: 400, resource_id: 1, unique_sku: input.sku } } };
      }
      const loaded = await sideload(input.images ?? [], owner);
      if ('bad' in loaded && loaded.bad) return loaded.bad;
      const sent = 'images' in loaded && loaded.images ? loaded.images : [];
      const images = input.images === undefined ? (owner?.images ?? []) : sent;
      if (owner) {
        Object.assign(owner, { body: input, images });
        return { status: 200, body: view(owner) };
      }
      const created: Product = { id: nextId++, sku: input.sku, body: input, images, variations: [] };
      products.push(created);
      return { status: 201, body: view(created) };
    }
    const variationsMatch = /^\/products\/(\d+)\/variations(?:\/(\d+))?$/.exec(path);
    if (variationsMatch) {
      const product = products.find((p) => p.id === Number(variationsMatch[1]));
      if (!product) return { status: 404, body: { code: 'woocommerce_rest_product_invalid_id', message: 'Invalid ID.', data: { status: 404 } } };
      const variationId = variationsMatch[2] === undefined ? undefined : Number(variationsMatch[2]);
      if (req.method === 'GET' && variationId === undefined) return { status: 200, body: product.variations.map((v) => ({ id: v.id, sku: v.sku })) };
      if (req.method === 'DELETE' && variationId !== undefined) {
        expectThat(url.searchParams.get('force') === 'true', 'variations are deleted with force=true');
        const gone = product.variations.find((v) => v.id === variationId);
        product.variations = product.variations.filter((v) => v.id !== variationId);
        return gone ? { status: 200, body: { id: gone.id, sku: gone.sku } } : notFound;
      }
      const input = check(variationInput, body, `${req.method} ${path}`);
      if (input.image) expectThat(media.some((m) => m.id === input.image?.id) || product.images.some((i) => i.id === input.image?.id), `variation image #${input.image.id} is not an attachment`);
      for (const a of input.attributes) expectThat(product.body.attributes.some((pa) => pa.name === a.name && pa.variation && pa.options.includes(a.option)), `variation option ${a.name}=${a.option} not on the product`);
      if (takenSkus.has(input.sku)) return { status: 400, body: { code: 'product_invalid_sku', message: 'Invalid or duplicated SKU.', data: { status: 400, resource_id: 42, unique_sku: input.sku } } };
      if (req.method === 'POST' && variationId === undefined) {
        const v = { id: nextId++, sku: input.sku, body: input };
        product.variations.push(v);
        return { status: 201, body: { id: v.id, sku: v.sku } };
      }
      const v = product.variations.find((x) => x.id === variationId);
      if (req.method === 'PUT' && v) {
        Object.assign(v, { sku: input.sku, body: input });
        return { status: 200, body: { id: v.id, sku: v.sku } };
      }
    }
    return notFound;
  });
  return { server, products, sideloads, state, media, uploads };
}

