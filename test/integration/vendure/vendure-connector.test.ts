import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushImage, PushRequest, PushResult } from '../../../electron/services/connectors/types';
import { createVendureConnector } from '../../../electron/services/connectors/vendure';
import type { Listing } from '../../../shared/model/listing';
import { dressListing, writeImages, writeVariantImage } from './vendure-fixtures';
import { freePort, startVendure, SUPERADMIN, VENDURE_BOOT_TIMEOUT_MS, type VendureTestServer } from './vendure-server';

/*
 * The own-mall connector against a real Vendure 3 (sql.js, loopback, telemetry off), read back
 * through the Admin API itself. The tests share one server and run in order: first push, re-push,
 * edit, then the failure cases.
 */

const READ_BACK = `
  query ReadBack($slug: String!) {
    product(slug: $slug) {
      id
      translations { languageCode name slug description }
      featuredAsset { id name }
      assets { id name }
      facetValues { code name facet { code } }
      variants { id sku price currencyCode stockOnHand options { code } translations { languageCode name } featuredAsset { id name } assets { id name } }
    }
    products(options: { take: 100 }) { totalItems }
    assets(options: { take: 100 }) { totalItems }
  }
`;

interface ReadBack {
  product: {
    id: string;
    translations: { languageCode: string; name: string; slug: string; description: string }[];
    featuredAsset: { id: string; name: string } | null;
    assets: { id: string; name: string }[];
    facetValues: { code: string; name: string; facet: { code: string } }[];
    variants: {
      id: string; sku: string; price: number; currencyCode: string; stockOnHand: number; options: { code: string }[]; translations: { languageCode: string; name: string }[];
      featuredAsset: { id: string; name: string } | null; assets: { id: string; name: string }[];
    }[];
  } | null;
  products: { totalItems: number };
  assets: { totalItems: number };
}

let server: VendureTestServer;
let imageDir: string;
let images: PushImage[];
let adminToken = '';

async function readBack(slug = 'dr26s-00001'): Promise<ReadBack> {
  if (!adminToken) {
    const login = await fetch(server.adminApiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }', variables: { u: SUPERADMIN.username, p: SUPERADMIN.password } }),
    });
    adminToken = login.headers.get('vendure-auth-token') ?? '';
  }
  const response = await fetch(server.adminApiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: READ_BACK, variables: { slug } }),
  });
  const body = (await response.json()) as { data: ReadBack; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

function request(listing: Listing): PushRequest {
  return { listing, images, idempotencyKey: `${listing.id}:${listing.revision}:own-mall`, locales: ['zh-CN', 'en-US'] };
}

function connector(password = SUPERADMIN.password, adminApiUrl = server.adminApiUrl) {
  return createVendureConnector({ adminApiUrl, username: SUPERADMIN.username, password, fetchTimeoutMs: 10_000 });
}

async function pushOk(listing: Listing, extraImages: readonly PushImage[] = []): Promise<PushResult> {
  const outcome = await connector().push({ ...request(listing), images: [...images, ...extraImages] });
  if (!outcome.ok) throw new Error(`push failed: ${outcome.error.kind} ${outcome.error.message}`);
  return outcome.value;
}

beforeAll(async () => {
  server = await startVendure({ currency: 'CNY' });
  imageDir = await mkdtemp(join(tmpdir(), 'shelfready-vendure-images-'));
  images = await writeImages(imageDir, dressListing());
}, VENDURE_BOOT_TIMEOUT_MS);

afterAll(async () => {
  await server?.stop();
  if (imageDir) await rm(imageDir, { recursive: true, force: true });
}, VENDURE_BOOT_TIMEOUT_MS);

describe('Vendure connector against a real Vendure 3', { timeout: 30_000 }, () => {
  let first: PushResult;

  it('tests the connection with the channel and its currency', async () => {
    const outcome = await connector().testConnection();
    expect(outcome).toEqual({ ok: true, value: { shopName: '__default_channel__ (CNY)' } });
  });

  it('creates the product with both translations, 4 variants, prices in fen, stock, images and tags', async () => {
    first = await pushOk(dressListing());
    expect(first.created).toBe(true);
    expect(Object.keys(first.variantIds).sort()).toEqual(dressListing().skus.map((s) => s.code).sort());

    const { product, products, assets } = await readBack();
    if (!product) throw new Error('product not found by slug');
    expect(product.id).toBe(first.remoteId);
    expect(products.totalItems).toBe(1);
    const byLang = Object.fromEntries(product.translations.map((t) => [t.languageCode, t]));
    expect(byLang.zh_Hans).toMatchObject({ name: '法式碎花连衣裙 夏季', slug: 'dr26s-00001', description: '<p>轻薄透气。</p><p>适合通勤</p><ul><li>100% 棉</li></ul>' });
    expect(byLang.en).toMatchObject({ name: 'Floral Dress — Own Mall', slug: 'dr26s-00001', description: '<p>Light &amp; airy &lt;cotton&gt;.</p>' });

    const variants = Object.fromEntries(product.variants.map((v) => [v.sku, v]));
    expect(product.variants).toHaveLength(4);
    expect(variants['DR26S-00001-RED-S']).toMatchObject({ price: 19900, currencyCode: 'CNY', stockOnHand: 10 });
    expect(variants['DR26S-00001-BLK-M']).toMatchObject({ price: 20950, stockOnHand: 0 });
    expect(variants['DR26S-00001-RED-M']?.translations.find((t) => t.languageCode === 'zh_Hans')?.name).toBe('法式碎花连衣裙 夏季 红色 / M');
    for (const [sku, id] of Object.entries(first.variantIds)) expect(variants[sku]?.id).toBe(id);

    expect(product.assets.map((a) => a.name)).toEqual(['DR26S-00001_1.jpg', 'DR26S-00001_2.jpg', 'DR26S-00001_3.jpg']);
    expect(product.featuredAsset?.id).toBe(product.assets[0]?.id);
    expect(assets.totalItems).toBe(3);
    expect(product.facetValues.every((v) => v.facet.code === 'tags')).toBe(true);
    expect(product.facetValues.map((v) => v.name).sort()).toEqual(['summer', '新品'].sort());
  });

  it('pushing the same listing again changes nothing: one product, same variants, no new assets', async () => {
    const before = await readBack();
    const sent: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      if (typeof init?.body === 'string') sent.push(init.body);
      return realFetch(input, init);
    };
    let again: PushResult;
    try {
      again = await pushOk(dressListing());
    } finally {
      globalThis.fetch = realFetch;
    }
    // Only look-ups: everything already matches, so a re-push writes nothing (login aside).
    expect(sent.filter((body) => body.includes('mutation') && !body.includes('ShelfReadyLogin'))).toEqual([]);
    expect(again).toEqual({ ...first, created: false });
    const after = await readBack();
    expect(after.products.totalItems).toBe(1);
    expect(after.assets.totalItems).toBe(3);
    expect(after.product?.assets.map((a) => a.id)).toEqual(before.product?.assets.map((a) => a.id));
    expect(after.product?.variants.map((v) => v.id).sort()).toEqual(before.product?.variants.map((v) => v.id).sort());
  });

  it('an edited price and title update the existing product and variant', async () => {
    const edited = dressListing();
    edited.revision = 2;
    const sku = edited.skus[0];
    const zh = edited.copy['zh-CN'];
    if (!sku || !zh) throw new Error('fixture changed');
    sku.price = '¥1,099.9';
    sku.stock = '7';
    zh.title = '法式碎花连衣裙 新款';
    const result = await pushOk(edited);
    expect(result.created).toBe(false);
    expect(result.remoteId).toBe(first.remoteId);

    const { product, products, assets } = await readBack();
    expect(products.totalItems).toBe(1);
    expect(assets.totalItems).toBe(3);
    expect(product?.translations.find((t) => t.languageCode === 'zh_Hans')?.name).toBe('法式碎花连衣裙 新款');
    const variant = product?.variants.find((v) => v.sku === sku.code);
    expect(variant).toMatchObject({ id: first.variantIds[sku.code], price: 109990, stockOnHand: 7 });
    expect(product?.variants.find((v) => v.sku === 'DR26S-00001-BLK-M')?.price).toBe(20950);
  });

  describe('variant images and removed SKUs', () => {
    let redImage: PushImage;
    let withImage: PushResult;
    const RED = ['DR26S-00001-RED-S', 'DR26S-00001-RED-M'];
    const BLACK = ['DR26S-00001-BLK-S', 'DR26S-00001-BLK-M'];

    /** Mutations a push sends (login aside). */
    async function mutationsOf(run: () => Promise<unknown>): Promise<string[]> {
      const sent: string[] = [];
      const realFetch = globalThis.fetch;
      globalThis.fetch = (input, init) => {
        if (typeof init?.body === 'string') sent.push(init.body);
        return realFetch(input, init);
      };
      try {
        await run();
      } finally {
        globalThis.fetch = realFetch;
      }
      return sent.filter((body) => body.includes('mutation') && !body.includes('ShelfReadyLogin'));
    }

    it('a variant image for 红色 becomes the featured asset of the red variants only', async () => {
      redImage = await writeVariantImage(imageDir, dressListing(), '红色', 3);
      withImage = await pushOk(dressListing(), [redImage]);
      expect(withImage.created).toBe(false);

      const { product, assets } = await readBack();
      if (!product) throw new Error('product not found by slug');
      expect(assets.totalItems).toBe(4);
      // The variant image belongs to the variants, not the product gallery.
      expect(product.assets.map((a) => a.name)).toEqual(['DR26S-00001_1.jpg', 'DR26S-00001_2.jpg', 'DR26S-00001_3.jpg']);
      const variants = Object.fromEntries(product.variants.map((v) => [v.sku, v]));
      for (const sku of RED) {
        expect(variants[sku]?.featuredAsset?.name).toBe(redImage.fileName);
        expect(variants[sku]?.assets.map((a) => a.name)).toEqual([redImage.fileName]);
      }
      expect(variants[RED[0] ?? '']?.featuredAsset?.id).toBe(variants[RED[1] ?? '']?.featuredAsset?.id);
      for (const sku of BLACK) {
        expect(variants[sku]?.featuredAsset).toBeNull();
        expect(variants[sku]?.assets).toEqual([]);
      }
    });

    it('pushing it again uploads nothing and sends no changes', async () => {
      const before = await readBack();
      let again: PushResult | undefined;
      const mutations = await mutationsOf(async () => { again = await pushOk(dressListing(), [redImage]); });
      expect(mutations).toEqual([]);
      expect(again).toEqual(withImage);
      const after = await readBack();
      expect(after.assets.totalItems).toBe(4);
      expect(after.product?.variants).toEqual(before.product?.variants);
    });

    it('a SKU removed from the listing is deleted in the mall; the other variants keep their ids', async () => {
      const before = await readBack();
      const idsBefore = Object.fromEntries((before.product?.variants ?? []).map((v) => [v.sku, v.id]));
      const shorter = dressListing();
      shorter.revision = 3;
      shorter.skus = shorter.skus.filter((s) => s.code !== 'DR26S-00001-BLK-M');
      const result = await pushOk(shorter, [redImage]);
      expect(Object.keys(result.variantIds).sort()).toEqual(['DR26S-00001-BLK-S', ...RED].sort());

      const { product, products, assets } = await readBack();
      expect(products.totalItems).toBe(1);
      expect(assets.totalItems).toBe(4);
      expect(product?.variants.map((v) => v.sku).sort()).toEqual(['DR26S-00001-BLK-S', ...RED].sort());
      for (const variant of product?.variants ?? []) {
        expect(variant.id).toBe(idsBefore[variant.sku]);
        expect(result.variantIds[variant.sku]).toBe(variant.id);
      }
      expect(product?.variants.find((v) => v.sku === RED[0])?.featuredAsset?.name).toBe(redImage.fileName);

      // And the shorter listing is now stable too.
      expect(await mutationsOf(() => pushOk(shorter, [redImage]))).toEqual([]);
    });

    it('a new product gets its variant images on create, reusing the uploaded asset', async () => {
      const other = dressListing();
      other.spuCode = 'DR26S-00003';
      for (const sku of other.skus) sku.code = sku.code.replace('DR26S-00001', 'DR26S-00003');
      const result = await pushOk(other, [{ ...redImage, variantValue: '黑色' }]);
      expect(result.created).toBe(true);
      const { product, assets } = await readBack('dr26s-00003');
      expect(assets.totalItems).toBe(4);
      const variants = Object.fromEntries((product?.variants ?? []).map((v) => [v.sku, v]));
      expect(variants['DR26S-00003-BLK-S']?.featuredAsset?.name).toBe(redImage.fileName);
      expect(variants['DR26S-00003-BLK-M']?.assets.map((a) => a.name)).toEqual([redImage.fileName]);
      expect(variants['DR26S-00003-RED-S']?.featuredAsset).toBeNull();
    });
  });

  it('a wrong password is an auth error that is not retried', async () => {
    const outcome = await connector('not-the-password').push(request(dressListing()));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ kind: 'auth', retryable: false });
    expect(outcome.error.message).toContain('INVALID_CREDENTIALS_ERROR');
  });

  it('an unparseable price stops the push before any request, with the field named', async () => {
    const broken = dressListing();
    const sku = broken.skus[1];
    if (!sku) throw new Error('fixture changed');
    sku.price = 'abc';
    const outcome = await connector().push(request(broken));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ kind: 'validation', retryable: false, fields: [{ field: 'skus[1].price' }] });
  });

  it('an upload Vendure refuses (MimeTypeError result) is a validation error naming the image', async () => {
    const other = dressListing();
    other.spuCode = 'DR26S-00002';
    const textPath = join(imageDir, 'notes.txt');
    await writeFile(textPath, 'not an image');
    const outcome = await connector().push({
      ...request(other),
      images: [{ assetId: 'a-txt', role: 'main', order: 0, filePath: textPath, fileName: 'notes.txt', mimeType: 'text/plain' }],
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ kind: 'validation', retryable: false, fields: [{ field: 'images.notes.txt' }] });
    expect(outcome.error.message).toContain('MIME_TYPE_ERROR');
    expect((await readBack('dr26s-00002')).product).toBeNull();
  });

  it('a refused connection is a network error that is retried', async () => {
    const port = await freePort();
    const outcome = await connector(SUPERADMIN.password, `http://127.0.0.1:${port}/admin-api`).testConnection();
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject({ kind: 'network', retryable: true });
  });
});
