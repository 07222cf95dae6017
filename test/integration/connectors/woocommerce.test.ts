import { describe, expect, it } from 'vitest';
import type { PushImage } from '../../../electron/services/connectors/types';
import { createWooCommerceConnector, type WooCommerceConfig } from '../../../electron/services/connectors/woocommerce';
import { readFile } from 'node:fs/promises';
import { refusedUrl, startFakeServer, testListing, writeTestImages } from './fake-server';
import { KEY, SECRET, startFakeWoo } from './woocommerce-fake';
import { singleAccountService } from '../../../electron/cli/account-file';
import { createAssetStore } from '../../../electron/services/asset-store';
import { createLogger } from '../../../electron/services/logger';
import { pushListing } from '../../../electron/services/publish';
import { DEFAULT_MARKETS } from '../../../shared/markets/market';
import { TOP_CHART } from '../../fixtures/size-chart/charts';
import { createFakeEngine } from '../../unit/electron/fake-image-engine';
import { useTempDirs } from '../../unit/electron/temp-dir';

/* The WooCommerce connector against a local REST v3 server that checks every request (§7.3). */

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
      // The variant image (Blue) is the Blue variation's image, by the id WooCommerce gave it.
      { sku: 'DR-BLUE-S', image: { id: 101 }, regular_price: '1299.50', sale_price: '', manage_stock: true, stock_quantity: 20, attributes: [{ name: 'Colour', option: 'Blue' }, { name: 'Size', option: 'S' }] },
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

describe('pushing a listing with a size chart through the publish service', () => {
  const dirs = useTempDirs();

  it('sends the chart in the US market’s inches and English labels inside the description', async () => {
    const { server, products } = await startFakeWoo();
    const dataDir = await dirs();
    const logger = await createLogger({ stderr: false });
    const account = { endpoint: { target: 'woocommerce' as const, baseUrl: server.url }, secret: { consumerKey: KEY, consumerSecret: SECRET } };
    const deps = {
      assets: createAssetStore({ dataDir, engine: createFakeEngine(), logger }),
      accounts: singleAccountService(account),
      logger,
      markets: () => DEFAULT_MARKETS,
    };
    const listing = testListing({ sizeChart: TOP_CHART, categoryPath: ['Women', 'Tops'] });
    const outcome = await pushListing(deps, { target: 'woocommerce', listing, idempotencyKey: 'listing-1:3:woocommerce' });
    expect(outcome.ok).toBe(true);
    expect(server.violations).toEqual([]);
    const description = String(products[0]?.body.description ?? '');
    expect(description.startsWith('<p>Light chiffon.</p>')).toBe(true);
    expect(description).toContain('<table');
    expect(description).toMatch(/Chest/);
    expect(description).toMatch(/37\.8/);

    // With no market selling on WooCommerce the chart falls back to the pack's locale; still one table, never two.
    const again = await pushListing({ ...deps, markets: () => [] }, { target: 'woocommerce', listing, idempotencyKey: 'listing-1:4:woocommerce' });
    expect(again.ok).toBe(true);
    expect(String(products[0]?.body.description ?? '').match(/<table/g)).toHaveLength(1);
  });
});
