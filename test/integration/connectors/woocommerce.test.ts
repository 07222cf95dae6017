import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { PushImage } from '../../../electron/services/connectors/types';
import { createWooCommerceConnector, type WooCommerceConfig } from '../../../electron/services/connectors/woocommerce';
import { readFile } from 'node:fs/promises';
import { check, expectThat, HANG, jsonOf, refusedUrl, startFakeServer, testListing, writeTestImages, type FakeResponse } from './fake-server';

/* The WooCommerce connector against a local REST v3 server that checks every request (§7.3). */

const KEY = 'ck_0123456789abcdef';
const SECRET = 'cs_fedcba9876543210';
const BASIC = `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`;

const price = z.string().regex(/^(\d+(\.\d+)?)?$/);
const imageInput = z.union([z.object({ id: z.number(), alt: z.string() }).strict(), z.object({ src: z.string(), alt: z.string(), name: z.string() }).strict()]);
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
    images: z.array(imageInput),
    attributes: z.array(z.object({ name: z.string(), position: z.number().int(), visible: z.boolean(), variation: z.boolean(), options: z.array(z.string()) }).strict()),
  })
  .strict();
const variationInput = z
  .object({ sku: z.string(), regular_price: price, sale_price: price, manage_stock: z.boolean(), stock_quantity: z.number().int().optional(), attributes: z.array(z.object({ name: z.string(), option: z.string() }).strict()) })
  .strict();

interface Variation { id: number; sku: string; body: z.infer<typeof variationInput> }
interface Product { id: number; sku: string; body: z.infer<typeof productInput>; images: { id: number; name: string; src: string; alt: string }[]; variations: Variation[] }

type Fault = 'none' | 'hang' | 'malformed' | '429';

async function startFakeWoo() {
  const products: Product[] = [];
  const sideloads: string[] = [];
  const takenSkus = new Set<string>(['TAKEN-SKU']);
  let nextId = 100;
  const state = { fault: 'none' as Fault };
  const notFound: FakeResponse = { status: 404, body: { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } } };

  const server = await startFakeServer(async (req) => {
    if (state.fault === 'hang') return HANG;
    if (state.fault === 'malformed') return { status: 200, body: '<html>Error establishing a database connection' };
    if (state.fault === '429') return { status: 429, headers: { 'retry-after': '7' }, body: { code: 'too_many_requests', message: 'Too many requests.', data: { status: 429 } } };
    const url = new URL(req.url, 'http://x');
    if (req.method === 'GET' && url.pathname === '/wp-json/') return { status: 200, body: { name: 'Lumière Woo', description: 'Just another WordPress site', url: server.url } };
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
          const known = owner?.images.find((x) => x.id === image.id);
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
      const loaded = await sideload(input.images, owner);
      if ('bad' in loaded && loaded.bad) return loaded.bad;
      const images = 'images' in loaded && loaded.images ? loaded.images : [];
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
  return { server, products, sideloads, state };
}

/** Serves the rendition files, standing in for the outbox's later upload step. */
async function startImageHost(images: PushImage[]) {
  return startFakeServer(async (req) => {
    const image = images.find((i) => req.url === `/files/${i.fileName}`);
    if (!image) return { status: 404, body: 'no such file' };
    return { status: 200, headers: { 'content-type': image.mimeType }, body: await readFile(image.filePath) };
  });
}

function connector(url: string, host: string, over: Partial<WooCommerceConfig> = {}) {
  return createWooCommerceConnector({
    baseUrl: url, consumerKey: KEY, consumerSecret: SECRET, fetchTimeoutMs: 5_000,
    publicUrlFor: async (image) => ({ ok: true, value: `${host}/files/${image.fileName}` }),
    ...over,
  });
}

const request = (listing = testListing(), images: PushImage[] = []) => ({ listing, images, idempotencyKey: 'listing-1:3:woocommerce', locales: ['en-US'] as const });

describe('WooCommerce connector', () => {
  it('tests the connection with the site name', async () => {
    const { server } = await startFakeWoo();
    expect(await connector(server.url, '').testConnection()).toEqual({ ok: true, value: { shopName: 'Lumière Woo' } });
    expect(server.violations).toEqual([]);
  });

  it('creates a variable product with variations and sideloaded images', async () => {
    const { server, products, sideloads } = await startFakeWoo();
    const images = await writeTestImages();
    const host = await startImageHost(images);
    const result = await connector(server.url, host.url).push(request(testListing(), images));
    expect(server.violations).toEqual([]);
    expect(result).toEqual({ ok: true, value: { remoteId: '102', created: true, variantIds: { 'DR-RED-S': '103', 'DR-RED-M': '104', 'DR-BLUE-S': '105' } } });
    expect(sideloads).toEqual([`${host.url}/files/DR26S-00001_1.jpg`, `${host.url}/files/DR26S-00001_2.png`]);
    const product = products[0];
    expect(product?.body).toEqual({
      name: 'Floral Chiffon Midi Dress', type: 'variable', status: 'publish', sku: 'DR26S-00001',
      description: '<p>Light chiffon.</p>\n<p>Fitted &lt;waist&gt;.</p>',
      short_description: '<ul><li>Breathable</li><li>Slim fit</li></ul>',
      images: [
        { src: `${host.url}/files/DR26S-00001_1.jpg`, alt: 'Floral Chiffon Midi Dress', name: 'DR26S-00001_1' },
        { src: `${host.url}/files/DR26S-00001_2.png`, alt: 'Floral Chiffon Midi Dress', name: 'DR26S-00001_2' },
      ],
      attributes: [
        { name: 'Colour', position: 0, visible: true, variation: true, options: ['Red', 'Blue'] },
        { name: 'Size', position: 1, visible: true, variation: true, options: ['S', 'M'] },
        { name: 'Brand', position: 2, visible: true, variation: false, options: ['Lumière'] },
      ],
    });
    expect(product?.variations.map((v) => v.body)).toEqual([
      { sku: 'DR-RED-S', regular_price: '299', sale_price: '199', manage_stock: true, stock_quantity: 20, attributes: [{ name: 'Colour', option: 'Red' }, { name: 'Size', option: 'S' }] },
      { sku: 'DR-RED-M', regular_price: '299', sale_price: '199', manage_stock: true, stock_quantity: 20, attributes: [{ name: 'Colour', option: 'Red' }, { name: 'Size', option: 'M' }] },
      { sku: 'DR-BLUE-S', regular_price: '1299.50', sale_price: '', manage_stock: true, stock_quantity: 20, attributes: [{ name: 'Colour', option: 'Blue' }, { name: 'Size', option: 'S' }] },
    ]);
  });

  it('pushing twice leaves one product; an edit updates it and drops removed variations', async () => {
    const { server, products, sideloads } = await startFakeWoo();
    const images = await writeTestImages();
    const host = await startImageHost(images);
    const woo = connector(server.url, host.url);
    const first = await woo.push(request(testListing(), images));
    const second = await woo.push(request(testListing(), images));
    const base = testListing();
    const edited = testListing({ skus: base.skus.slice(0, 2).map((s) => ({ ...s, stock: '5', compareAtPrice: '' })) });
    const third = await woo.push(request(edited, images));
    expect(server.violations).toEqual([]);
    expect(first.ok && first.value.created).toBe(true);
    expect(second).toEqual({ ok: true, value: { remoteId: '102', created: false, variantIds: { 'DR-RED-S': '103', 'DR-RED-M': '104', 'DR-BLUE-S': '105' } } });
    expect(third).toEqual({ ok: true, value: { remoteId: '102', created: false, variantIds: { 'DR-RED-S': '103', 'DR-RED-M': '104' } } });
    expect(products).toHaveLength(1);
    // Images already on the product are referenced by id, not downloaded again.
    expect(sideloads).toHaveLength(2);
    expect(products[0]?.body.images).toEqual([{ id: 100, alt: 'Floral Chiffon Midi Dress' }, { id: 101, alt: 'Floral Chiffon Midi Dress' }]);
    expect(products[0]?.variations.map((v) => [v.sku, v.body.regular_price, v.body.sale_price, v.body.stock_quantity])).toEqual([['DR-RED-S', '199', '', 5], ['DR-RED-M', '199', '', 5]]);
  });

  it('a listing without options becomes a simple product with its price and stock', async () => {
    const { server, products } = await startFakeWoo();
    const base = testListing();
    const simple = testListing({ options: [], skus: [{ ...base.skus[0], optionValues: [], stock: '' } as (typeof base.skus)[number]] });
    const result = await connector(server.url, '').push(request(simple));
    expect(server.violations).toEqual([]);
    expect(result).toEqual({ ok: true, value: { remoteId: '100', created: true, variantIds: { 'DR-RED-S': '100' } } });
    expect(products[0]?.body).toMatchObject({ type: 'simple', regular_price: '299', sale_price: '199', manage_stock: false });
    expect(products[0]?.body.stock_quantity).toBeUndefined();
  });

  it('refuses plain http for a non-loopback shop before any request', async () => {
    const result = await connector('http://shop.example.com', '').testConnection();
    const message = 'needs an https:// address: credentials are never sent over plain http (only 127.0.0.1/localhost may use http)';
    expect(result).toEqual({ ok: false, error: { kind: 'validation', retryable: false, message: `baseUrl ${message}`, fields: [{ field: 'baseUrl', message }] } });
  });

  it('wrong keys: auth, not retryable', async () => {
    const { server } = await startFakeWoo();
    const result = await connector(server.url, '', { consumerSecret: 'cs_wrong' }).push(request());
    expect(result).toEqual({ ok: false, error: { kind: 'auth', retryable: false, status: 401, message: 'Consumer key is invalid.' } });
  });

  it('field errors: an invalid image URL and a duplicated variation SKU', async () => {
    const { server, products } = await startFakeWoo();
    const images = await writeTestImages();
    const badUrl = await connector(server.url, '', { publicUrlFor: async () => ({ ok: true, value: 'file:///tmp/x.jpg' }) }).push(request(testListing(), images));
    expect(badUrl).toEqual({ ok: false, error: { kind: 'validation', retryable: false, status: 400, message: 'Invalid parameter(s): images', fields: [{ field: 'images', message: 'images[0][src] is not a valid URL.' }] } });
    const taken = testListing({ skus: testListing().skus.map((s, i) => (i === 2 ? { ...s, code: 'TAKEN-SKU' } : s)) });
    const duplicated = await connector(server.url, '').push(request(taken));
    expect(duplicated).toEqual({ ok: false, error: { kind: 'validation', retryable: false, status: 400, message: 'Invalid or duplicated SKU.', fields: [{ field: 'sku', message: 'Invalid or duplicated SKU.' }] } });
    expect(server.violations).toEqual([]);
    expect(products).toHaveLength(1);
  });

  it('connection refused: network, retryable', async () => {
    expect(await connector(await refusedUrl(), '').push(request())).toEqual({ ok: false, error: { kind: 'network', retryable: true, message: 'ECONNREFUSED' } });
  });

  it('a server that never answers: timeout, retryable', async () => {
    const { server, state } = await startFakeWoo();
    state.fault = 'hang';
    expect(await connector(server.url, '', { fetchTimeoutMs: 150 }).push(request())).toEqual({ ok: false, error: { kind: 'timeout', retryable: true, message: 'no answer within 150 ms' } });
  });

  it('malformed JSON: malformed-response', async () => {
    const { server, state } = await startFakeWoo();
    state.fault = 'malformed';
    expect(await connector(server.url, '').push(request())).toEqual({ ok: false, error: { kind: 'malformed-response', retryable: false, status: 200, message: 'not JSON: <html>Error establishing a database connection' } });
  });

  it('429 with Retry-After: rate-limited with the wait', async () => {
    const { server, state } = await startFakeWoo();
    state.fault = '429';
    expect(await connector(server.url, '').push(request())).toEqual({ ok: false, error: { kind: 'rate-limited', retryable: true, status: 429, retryAfterMs: 7000, message: 'Too many requests.' } });
  });
});
