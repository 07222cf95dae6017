import { describe, expect, it } from 'vitest';
import { createWooCommerceConnector, type WooCommerceConfig } from '../../../electron/services/connectors/woocommerce';
import type { PushImage } from '../../../electron/services/connectors/types';
import { contentHash } from '../../../electron/services/connectors/shopify';
import { testListing, writeTestImages } from './fake-server';
import { APP_PASSWORD, KEY, SECRET, startFakeWoo, WP_USER } from './woocommerce-fake';
import { readFile } from 'node:fs/promises';

/*
 * WooCommerce images through WordPress's media library (/wp-json/wp/v2/media) with a WordPress
 * user + application password: uploaded once by content hash, referenced by id, and the ways it
 * fails (wrong password, the server's upload limit, WordPress refusing the file), plus an account
 * with no way to send images at all.
 */

function connector(url: string, over: Partial<WooCommerceConfig> = {}) {
  return createWooCommerceConnector({
    baseUrl: url, consumerKey: KEY, consumerSecret: SECRET, fetchTimeoutMs: 5_000,
    wordpress: { username: WP_USER, applicationPassword: APP_PASSWORD },
    ...over,
  });
}

const request = (images: PushImage[], listing = testListing()) => ({ listing, images, idempotencyKey: 'listing-1:3:woocommerce', locales: ['en-US'] as const });

async function hashesOf(images: PushImage[]): Promise<string[]> {
  return Promise.all(images.map(async (i) => contentHash(await readFile(i.filePath))));
}

const mediaRequests = (server: { requests: { url: string }[] }) => server.requests.filter((r) => r.url.startsWith('/wp-json/wp/v2/media'));

describe('WooCommerce connector: images via the WordPress media library', () => {
  it('first push uploads every image, named by content hash, and the product references them by id', async () => {
    const { server, products, media, uploads, sideloads } = await startFakeWoo();
    const images = await writeTestImages();
    const [h1, h2] = await hashesOf(images);
    const result = await connector(server.url).push(request(images));
    expect(server.violations).toEqual([]);
    expect(result).toEqual({ ok: true, value: { remoteId: '102', created: true, variantIds: { 'DR-RED-S': '103', 'DR-RED-M': '104', 'DR-BLUE-S': '105' } } });
    expect(uploads).toEqual([`DR26S-00001_1-${h1}.jpg`, `DR26S-00001_2-${h2}.png`]);
    expect(sideloads).toEqual([]);
    // Title set explicitly to the hashed name (so an embedded IPTC title cannot hide the hash); alt from the product name.
    expect(media.map((m) => [m.id, m.title, m.mimeType, m.altText, m.bytes.length > 0])).toEqual([
      [100, `DR26S-00001_1-${h1}`, 'image/jpeg', 'Floral Chiffon Midi Dress', true],
      [101, `DR26S-00001_2-${h2}`, 'image/png', 'Floral Chiffon Midi Dress', true],
    ]);
    const product = products[0];
    expect(product?.body.images).toEqual([{ id: 100, alt: 'Floral Chiffon Midi Dress' }, { id: 101, alt: 'Floral Chiffon Midi Dress' }]);
    // The variant image (first option value Blue) is the Blue variation's image.
    expect(product?.variations.map((v) => [v.sku, v.body.image])).toEqual([['DR-RED-S', undefined], ['DR-RED-M', undefined], ['DR-BLUE-S', { id: 101 }]]);
    // Each upload was preceded by a library lookup for its hash.
    expect(mediaRequests(server).map((r) => r.url.replace(/&.*$/, ''))).toEqual([
      `/wp-json/wp/v2/media?search=${h1}`, `/wp-json/wp/v2/media?title=DR26S-00001_1-${h1}`,
      `/wp-json/wp/v2/media?search=${h2}`, `/wp-json/wp/v2/media?title=DR26S-00001_2-${h2}`,
    ]);
  });

  it('a second push uploads nothing and keeps the same attachments', async () => {
    const { server, products, media, uploads } = await startFakeWoo();
    const images = await writeTestImages();
    const woo = connector(server.url);
    await woo.push(request(images));
    const before = mediaRequests(server).length;
    const second = await woo.push(request(images));
    expect(server.violations).toEqual([]);
    expect(second).toEqual({ ok: true, value: { remoteId: '102', created: false, variantIds: { 'DR-RED-S': '103', 'DR-RED-M': '104', 'DR-BLUE-S': '105' } } });
    expect(uploads).toHaveLength(2);
    expect(media).toHaveLength(2);
    // Found on the product itself: not even a library lookup.
    expect(mediaRequests(server)).toHaveLength(before);
    expect(products).toHaveLength(1);
    expect(products[0]?.body.images).toEqual([{ id: 100, alt: 'Floral Chiffon Midi Dress' }, { id: 101, alt: 'Floral Chiffon Midi Dress' }]);
  });

  it('an upload left behind by a failed push is found in the library, not uploaded again', async () => {
    const { server, products, uploads, state } = await startFakeWoo();
    const images = await writeTestImages();
    // Both images upload, then the product call fails (a taken variation SKU).
    const taken = testListing({ skus: testListing().skus.map((s, i) => (i === 2 ? { ...s, code: 'TAKEN-SKU' } : s)) });
    const failed = await connector(server.url).push(request(images, taken));
    expect(failed.ok).toBe(false);
    expect(uploads).toHaveLength(2);
    state.fault = 'none';
    // Another product with the same pictures: both are found by hash in the library.
    const other = await connector(server.url).push(request(images, testListing({ spuCode: 'DR26S-00002' })));
    expect(server.violations).toEqual([]);
    expect(other.ok).toBe(true);
    expect(uploads).toHaveLength(2);
    expect(products.find((p) => p.sku === 'DR26S-00002')?.body.images).toEqual([{ id: 100, alt: 'Floral Chiffon Midi Dress' }, { id: 101, alt: 'Floral Chiffon Midi Dress' }]);
  });

  it('changed image bytes are a new upload', async () => {
    const { server, uploads } = await startFakeWoo();
    const images = await writeTestImages();
    const woo = connector(server.url);
    await woo.push(request(images));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(images[0]?.filePath ?? '', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 9, 9, 9, 9, 0xff, 0xd9]));
    const again = await woo.push(request(images));
    expect(server.violations).toEqual([]);
    expect(again.ok).toBe(true);
    expect(uploads).toHaveLength(3);
  });

  it('wrong application password: a plain auth error naming it, and no product created', async () => {
    const { server, products, uploads } = await startFakeWoo();
    const images = await writeTestImages();
    const result = await connector(server.url, { wordpress: { username: WP_USER, applicationPassword: 'wrong wrong wrong wrong' } }).push(request(images));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'auth', retryable: false, status: 401 });
    expect(result.error.message).toContain('WordPress user name and application password');
    expect(result.error.message).toContain('The provided password is an invalid application password.');
    expect(products).toEqual([]);
    expect(uploads).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it('a user without upload rights (WordPress answers 400 rest_cannot_create) is an auth error too', async () => {
    const { server, products, state } = await startFakeWoo();
    state.mediaFault = 'no-upload-rights';
    const result = await connector(server.url).push(request(await writeTestImages()));
    expect(result.ok || result.error).toMatchObject({ kind: 'auth', retryable: false, status: 400 });
    expect(products).toEqual([]);
    // Test connection says so before any push.
    const tested = await connector(server.url).testConnection();
    expect(tested.ok || tested.error).toMatchObject({ kind: 'auth', retryable: false });
  });

  it('413 from the web server: "image too large for the server\'s upload limit", not retried', async () => {
    const { server, products, state } = await startFakeWoo();
    state.mediaFault = '413';
    const result = await connector(server.url).push(request(await writeTestImages()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'validation', retryable: false, status: 413, fields: [{ field: 'images', message: "image too large for the server's upload limit" }] });
    expect(result.error.message).toMatch(/^upload of DR26S-00001_1\.jpg \(1 KB\): image too large for the server's upload limit\./);
    expect(result.error.message).not.toContain('<html>');
    expect(products).toEqual([]);
  });

  it('WordPress refusing the file (500 rest_upload_sideload_error) is not retried', async () => {
    const { server, state } = await startFakeWoo();
    state.mediaFault = 'sideload';
    const result = await connector(server.url).push(request(await writeTestImages()));
    expect(result.ok || result.error).toMatchObject({ kind: 'validation', retryable: false, status: 500, message: 'WordPress could not store upload of DR26S-00001_1.jpg. WordPress said: Sorry, you are not allowed to upload this file type.' });
  });

  it('test connection signs in to WordPress when a user and application password are set', async () => {
    const { server } = await startFakeWoo();
    expect(await connector(server.url).testConnection()).toEqual({ ok: true, value: { shopName: 'Lumière Woo' } });
    const wrong = await connector(server.url, { wordpress: { username: WP_USER, applicationPassword: 'nope' } }).testConnection();
    expect(wrong.ok || wrong.error).toMatchObject({ kind: 'auth', status: 401 });
    expect(server.violations).toEqual([]);
  });

  it('no application password and no image address: the product is pushed, images reported as not sent', async () => {
    const { server, products, uploads, sideloads } = await startFakeWoo();
    const images = await writeTestImages();
    const woo = connector(server.url, { wordpress: undefined });
    const result = await woo.push(request(images));
    expect(server.violations).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ remoteId: '100', created: true });
    expect(result.value.warnings).toEqual([{
      code: 'images-not-sent',
      message: 'WooCommerce: the product was saved but its 2 images were not sent: set a WordPress user name and application password (Settings → Channel accounts) so ShelfReady can upload them, or an image address WooCommerce can download them from.',
    }]);
    expect(uploads).toEqual([]);
    expect(sideloads).toEqual([]);
    // `images` is left out, so an update never wipes pictures already on the product.
    expect(products[0]?.body).not.toHaveProperty('images');
    // Nothing to send, nothing to warn about.
    const bare = await woo.push(request([]));
    expect(bare.ok && bare.value.warnings).toBeUndefined();
  });
});
