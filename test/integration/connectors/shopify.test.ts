import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createShopifyConnector, type ShopifyConfig } from '../../../electron/services/connectors/shopify';
import { check, expectThat, HANG, jsonOf, refusedUrl, startFakeServer, testListing, writeTestImages, type FakeResponse, type RecordedRequest } from './fake-server';

/* The Shopify connector against a local Admin GraphQL server that checks every request (§6.4). */

const TOKEN = 'shpat_test_token_0123456789';
const GRAPHQL_PATH = '/admin/api/2025-07/graphql.json';

const decimal = z.string().regex(/^\d+(\.\d+)?$/);
const fileSetInput = z.union([
  z.object({ originalSource: z.string().url(), contentType: z.literal('IMAGE'), alt: z.string(), filename: z.string() }).strict(),
  z.object({ id: z.string().startsWith('gid://shopify/') }).strict(),
]);
const variantSetInput = z
  .object({
    optionValues: z.array(z.object({ optionName: z.string(), name: z.string() }).strict()).min(1),
    price: z.string(),
    compareAtPrice: decimal.nullable(),
    sku: z.string(),
    barcode: z.string().nullable(),
    inventoryItem: z.object({ cost: decimal.nullable(), tracked: z.boolean().optional() }).strict(),
    inventoryQuantities: z.array(z.object({ locationId: z.string().startsWith('gid://shopify/Location/'), name: z.literal('available'), quantity: z.number().int() }).strict()).optional(),
    file: fileSetInput.optional(),
  })
  .strict();
const productSetInput = z
  .object({
    id: z.string().startsWith('gid://shopify/Product/').optional(),
    handle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(1).max(255),
    descriptionHtml: z.string(),
    vendor: z.string(),
    productType: z.string(),
    tags: z.array(z.string()),
    status: z.enum(['ACTIVE', 'DRAFT', 'ARCHIVED']),
    productOptions: z.array(z.object({ name: z.string(), position: z.number().int(), values: z.array(z.object({ name: z.string() }).strict()) }).strict()).min(1).max(3),
    variants: z.array(variantSetInput).min(1),
    files: z.array(fileSetInput),
  })
  .strict();

interface Product {
  id: string;
  input: z.infer<typeof productSetInput>;
  variants: { id: string; sku: string }[];
  /** The product's files (media) in order, as Shopify keeps them. */
  files: { id: string; filename: string }[];
  /** File id each variant shows, by SKU. */
  variantFiles: Record<string, string | undefined>;
}

type Fault = 'none' | 'throttled' | '429' | 'malformed' | 'hang';

/** A stateful fake of the parts of the Admin API the connector uses. */
async function startFakeShopify(options: { available?: number } = {}) {
  const products: Product[] = [];
  const uploads = new Map<string, { bytes: number; filename: string }>();
  let nextId = 1;
  // Files have their own counter so product and variant ids do not depend on image counts.
  let nextFileId = 1;
  const cdnUrl = (filename: string) => `https://cdn.shopify.com/s/files/1/0000/0001/files/${encodeURIComponent(filename)}?v=1764078165`;
  const state = { fault: 'none' as Fault, available: options.available ?? 1000 };
  const cost = () => ({ requestedQueryCost: 10, actualQueryCost: 10, throttleStatus: { maximumAvailable: 1000, currentlyAvailable: state.available, restoreRate: 50 } });
  const ok = (data: unknown): FakeResponse => ({ status: 200, body: { data, extensions: { cost: cost() } } });

  const server = await startFakeServer(async (req) => {
    if (req.url.startsWith('/staged/')) return stagedUpload(req);
    expectThat(req.method === 'POST' && req.url === GRAPHQL_PATH, `unexpected ${req.method} ${req.url}`);
    expectThat(String(req.headers['content-type']).startsWith('application/json'), 'content-type is not JSON');
    if (req.headers['x-shopify-access-token'] !== TOKEN) {
      return { status: 401, body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' } };
    }
    if (state.fault === 'hang') return HANG;
    if (state.fault === '429') return { status: 429, headers: { 'retry-after': '2' }, body: { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' } };
    if (state.fault === 'malformed') return { status: 200, body: '{"data": {"shop": ' };
    if (state.fault === 'throttled') {
      return { status: 200, body: { errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }], extensions: { cost: { ...cost(), actualQueryCost: null, throttleStatus: { maximumAvailable: 1000, currentlyAvailable: 4, restoreRate: 50 }, requestedQueryCost: 54 } } } };
    }
    const { query, variables } = check(z.object({ query: z.string(), variables: z.record(z.string(), z.unknown()) }).strict(), jsonOf(req), 'GraphQL body');
    if (/\{\s*shop\s*\{\s*name\s*\}\s*\}/.test(query)) return ok({ shop: { name: 'Lumière Test Shop' } });
    if (query.includes('productByIdentifier(identifier: $identifier)')) {
      const { identifier } = check(z.object({ identifier: z.object({ handle: z.string() }).strict() }), variables, 'productByIdentifier variables');
      const found = products.find((p) => p.input.handle === identifier.handle);
      // Media only when asked for, as GraphQL does; every file here is a MediaImage.
      const withMedia = /media\(first: \d+\)\s*\{\s*nodes\s*\{\s*\.\.\. on MediaImage \{ id image \{ url \} \}/.test(query);
      const media = (p: Product) => ({ media: { nodes: p.files.map((f) => ({ id: f.id, image: { url: cdnUrl(f.filename) } })) } });
      return ok({ productByIdentifier: found ? { id: found.id, ...(withMedia ? media(found) : {}) } : null });
    }
    if (query.includes('stagedUploadsCreate(input: $input)')) {
      const { input } = check(
        z.object({ input: z.array(z.object({ resource: z.literal('IMAGE'), filename: z.string(), mimeType: z.string().startsWith('image/'), httpMethod: z.literal('POST') }).strict()) }),
        variables,
        'stagedUploadsCreate variables',
      );
      return ok({
        stagedUploadsCreate: {
          stagedTargets: input.map((i) => {
            const key = `tmp/${nextId++}/${i.filename}`;
            return {
              url: `${server.url}/staged/${key}`,
              resourceUrl: `https://shopify-staged-uploads.storage.googleapis.com/${key}`,
              parameters: [{ name: 'Content-Type', value: i.mimeType }, { name: 'success_action_status', value: '201' }, { name: 'key', value: key }, { name: 'policy', value: 'cG9saWN5' }],
            };
          }),
          userErrors: [],
        },
      });
    }
    if (query.includes('productSet(input: $input, synchronous: $synchronous)')) {
      const { input } = check(z.object({ input: productSetInput, synchronous: z.literal(true) }).strict(), variables, 'productSet variables');
      const sameFile = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
      for (const f of input.files) {
        if ('id' in f) expectThat(products.some((p) => p.files.some((k) => k.id === f.id)), `file ${f.id} does not exist`);
        else expectThat(uploads.has(f.originalSource), `file ${f.originalSource} was never uploaded`);
      }
      for (const v of input.variants) if (v.file) expectThat(input.files.some((f) => sameFile(f, v.file)), `variant ${v.sku} file is not in the product's files`);
      const axes = input.productOptions.map((o) => o.name);
      for (const v of input.variants) expectThat(v.optionValues.map((o) => o.optionName).join() === axes.join(), `variant ${v.sku} options do not match productOptions`);
      const negative = input.variants.findIndex((v) => Number(v.price) < 0);
      if (negative >= 0) {
        return ok({ productSet: { product: null, userErrors: [{ field: ['input', 'variants', String(negative), 'price'], message: 'Price must be greater than or equal to 0', code: 'INVALID_VARIANT' }] } });
      }
      let product = input.id ? products.find((p) => p.id === input.id) : undefined;
      if (input.id && !product) return ok({ productSet: { product: null, userErrors: [{ field: ['input', 'id'], message: 'Product does not exist', code: 'PRODUCT_DOES_NOT_EXIST' }] } });
      if (!product) {
        // As Shopify does: a taken handle gets a suffix, which is how duplicates appear.
        const handle = products.some((p) => p.input.handle === input.handle) ? `${input.handle}-1` : input.handle;
        product = { id: `gid://shopify/Product/${nextId++}`, input: { ...input, handle }, variants: [], files: [], variantFiles: {} };
        products.push(product);
      }
      const previous = product.variants;
      product.input = { ...input, handle: product.input.handle };
      product.variants = input.variants.map((v) => previous.find((p) => p.sku === v.sku) ?? { id: `gid://shopify/ProductVariant/${nextId++}`, sku: v.sku });
      // files replace the list: { id } keeps that file, a new source becomes a new file (a name
      // already taken gets a suffix, as Shopify's default duplicateResolutionMode APPEND_UUID does).
      const allFiles = products.flatMap((p) => p.files);
      const resolved = input.files.map((f) => {
        if ('id' in f) return allFiles.find((k) => k.id === f.id) ?? { id: f.id, filename: '' };
        const dot = f.filename.lastIndexOf('.');
        const filename = allFiles.some((k) => k.filename === f.filename) ? `${f.filename.slice(0, dot)}_${nextFileId}0a1b2c${f.filename.slice(dot)}` : f.filename;
        return { id: `gid://shopify/MediaImage/${nextFileId++}`, filename };
      });
      product.files = resolved;
      product.variantFiles = Object.fromEntries(input.variants.map((v) => [v.sku, v.file ? resolved[input.files.findIndex((f) => sameFile(f, v.file))]?.id : undefined]));
      return ok({ productSet: { product: { id: product.id, variants: { nodes: product.variants } }, userErrors: [] } });
    }
    throw new Error(`unexpected query ${query.slice(0, 60)}`);
  });

  async function stagedUpload(req: RecordedRequest): Promise<FakeResponse> {
    expectThat(req.method === 'POST', 'staged upload must be POST');
    expectThat(req.headers['x-shopify-access-token'] === undefined, 'the access token must not go to the storage service');
    const form = await new Request('http://x', { method: 'POST', headers: { 'content-type': String(req.headers['content-type']) }, body: new Uint8Array(req.body) }).formData();
    const key = req.url.slice('/staged/'.length);
    expectThat(form.get('key') === key && form.get('policy') === 'cG9saWN5' && form.get('success_action_status') === '201', 'staged parameters missing');
    const file = form.get('file');
    expectThat(file instanceof File && file.size > 0, 'no file part');
    const bytes = file instanceof File ? file.size : 0;
    uploads.set(`https://shopify-staged-uploads.storage.googleapis.com/${key}`, { bytes, filename: file instanceof File ? file.name : '' });
    return { status: 201, body: `<?xml version='1.0' encoding='UTF-8'?><PostResponse><Key>${key}</Key></PostResponse>` };
  }

  return { server, products, uploads, state };
}

function connector(url: string, over: Partial<ShopifyConfig> = {}) {
  return createShopifyConnector({ baseUrl: url, accessToken: TOKEN, apiVersion: '2025-07', fetchTimeoutMs: 5_000, ...over });
}

/** The 12-hex content hash the connector puts in file names, computed here independently. */
async function hashOf(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex').slice(0, 12);
}

/** The two test images plus a red variant image, in the same (cleaned-up) folder. */
async function writeVariantImages() {
  const [main, blue] = await writeTestImages();
  if (!main || !blue) throw new Error('test images missing');
  const redPath = join(dirname(main.filePath), 'DR26S-00001_3.jpg');
  await writeFile(redPath, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 7, 7, 7, 0xff, 0xd9]));
  const red = { assetId: 'c'.repeat(64), role: 'variant' as const, order: 2, variantValue: 'Red', filePath: redPath, fileName: 'DR26S-00001_3.jpg', mimeType: 'image/jpeg' };
  return [main, blue, red];
}

const isStaged = (r: RecordedRequest) => r.url.startsWith('/staged/') || r.body.toString('utf8').includes('stagedUploadsCreate');

const request = (listing = testListing(), images: Awaited<ReturnType<typeof writeTestImages>> = []) => ({ listing, images, idempotencyKey: 'listing-1:3:shopify', locales: ['en-US', 'zh-CN'] as const });

describe('Shopify connector', () => {
  it('tests the connection with the shop name', async () => {
    const { server } = await startFakeShopify();
    expect(await connector(server.url).testConnection()).toEqual({ ok: true, value: { shopName: 'Lumière Test Shop' } });
    expect(server.violations).toEqual([]);
  });

  it('uploads images to staged targets and creates the product with productSet', async () => {
    const { server, products, uploads } = await startFakeShopify();
    const images = await writeTestImages();
    const [h1, h2] = [await hashOf(images[0]?.filePath ?? ''), await hashOf(images[1]?.filePath ?? '')];
    const result = await connector(server.url, { locationId: 'gid://shopify/Location/7' }).push(request(testListing(), images));
    expect(server.violations).toEqual([]);
    expect(result).toEqual({ ok: true, value: { remoteId: 'gid://shopify/Product/3', created: true, variantIds: { 'DR-RED-S': 'gid://shopify/ProductVariant/4', 'DR-RED-M': 'gid://shopify/ProductVariant/5', 'DR-BLUE-S': 'gid://shopify/ProductVariant/6' } } });
    expect([...uploads.values()]).toEqual([{ bytes: 10, filename: `DR26S-00001_1-${h1}.jpg` }, { bytes: 10, filename: `DR26S-00001_2-${h2}.png` }]);
    expect(products).toHaveLength(1);
    const input = products[0]?.input;
    expect(input?.handle).toBe('dr26s-00001');
    expect(input?.title).toBe('Floral Chiffon Midi Dress');
    expect(input?.descriptionHtml).toBe('<p>Light chiffon.</p>\n<p>Fitted &lt;waist&gt;.</p>\n<ul><li>Breathable</li><li>Slim fit</li></ul>');
    expect(input?.vendor).toBe('Lumière');
    expect(input?.productType).toBe('Dresses');
    expect(input?.status).toBe('ACTIVE');
    expect(input?.productOptions).toEqual([
      { name: 'Colour', position: 1, values: [{ name: 'Red' }, { name: 'Blue' }] },
      { name: 'Size', position: 2, values: [{ name: 'S' }, { name: 'M' }] },
    ]);
    expect(input?.variants[2]).toEqual({
      optionValues: [{ optionName: 'Colour', name: 'Blue' }, { optionName: 'Size', name: 'S' }],
      price: '1299.50', compareAtPrice: null, sku: 'DR-BLUE-S', barcode: '4006381333931',
      inventoryItem: { cost: '80', tracked: true },
      inventoryQuantities: [{ locationId: 'gid://shopify/Location/7', name: 'available', quantity: 20 }],
      // The blue variant image, the same FileSetInput as in files.
      file: { originalSource: `https://shopify-staged-uploads.storage.googleapis.com/tmp/2/DR26S-00001_2-${h2}.png`, contentType: 'IMAGE', alt: 'Floral Chiffon Midi Dress', filename: `DR26S-00001_2-${h2}.png` },
    });
    expect(input?.variants[0]?.file).toBeUndefined();
    expect(input?.files).toEqual([
      { originalSource: `https://shopify-staged-uploads.storage.googleapis.com/tmp/1/DR26S-00001_1-${h1}.jpg`, contentType: 'IMAGE', alt: 'Floral Chiffon Midi Dress', filename: `DR26S-00001_1-${h1}.jpg` },
      { originalSource: `https://shopify-staged-uploads.storage.googleapis.com/tmp/2/DR26S-00001_2-${h2}.png`, contentType: 'IMAGE', alt: 'Floral Chiffon Midi Dress', filename: `DR26S-00001_2-${h2}.png` },
    ]);
  });

  it('variant images: every variant with that colour references the image, which is also in files', async () => {
    const { server, products } = await startFakeShopify();
    const images = await writeVariantImages();
    const result = await connector(server.url).push(request(testListing(), images));
    expect(server.violations).toEqual([]);
    expect(result.ok).toBe(true);
    const input = products[0]?.input;
    const redHash = await hashOf(images[2]?.filePath ?? '');
    const redFile = input?.files.find((f) => 'filename' in f && f.filename === `DR26S-00001_3-${redHash}.jpg`);
    expect(redFile).toBeDefined();
    expect(input?.variants.filter((v) => v.sku.startsWith('DR-RED-')).map((v) => v.file)).toEqual([redFile, redFile]);
    expect(input?.variants.find((v) => v.sku === 'DR-BLUE-S')?.file).toEqual(input?.files[1]);
    // On the fake's side: both red variants show the red file, blue the blue one.
    const [mainFile, blueFile, red] = products[0]?.files ?? [];
    expect(mainFile && blueFile && red).toBeTruthy();
    expect(products[0]?.variantFiles).toEqual({ 'DR-RED-S': red?.id, 'DR-RED-M': red?.id, 'DR-BLUE-S': blueFile?.id });
  });

  it('re-pushing unchanged images uploads nothing and keeps the same files; a changed image alone is uploaded', async () => {
    const { server, products, uploads } = await startFakeShopify();
    const images = await writeVariantImages();
    const shop = connector(server.url);
    expect((await shop.push(request(testListing(), images))).ok).toBe(true);
    const firstFiles = products[0]?.files.map((f) => f.id);
    expect(firstFiles).toHaveLength(3);
    const before = server.requests.length;

    expect((await shop.push(request(testListing(), images))).ok).toBe(true);
    expect(server.violations).toEqual([]);
    expect(server.requests.slice(before).filter(isStaged)).toEqual([]);
    expect(uploads.size).toBe(3);
    expect(products[0]?.files.map((f) => f.id)).toEqual(firstFiles);
    expect(products[0]?.input.files).toEqual(firstFiles?.map((id) => ({ id })));
    // Variant files are the same { id } entries as in files.
    expect(products[0]?.input.variants.map((v) => v.file)).toEqual([{ id: firstFiles?.[2] }, { id: firstFiles?.[2] }, { id: firstFiles?.[1] }]);
    expect(products[0]?.variantFiles).toEqual({ 'DR-RED-S': firstFiles?.[2], 'DR-RED-M': firstFiles?.[2], 'DR-BLUE-S': firstFiles?.[1] });

    // A new red rendition: only it is uploaded, the others keep their ids.
    await writeFile(images[2]?.filePath ?? '', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 8, 8, 8, 8, 0xff, 0xd9]));
    const newRed = await hashOf(images[2]?.filePath ?? '');
    const middle = server.requests.length;
    expect((await shop.push(request(testListing(), images))).ok).toBe(true);
    expect(server.violations).toEqual([]);
    expect(server.requests.slice(middle).filter((r) => r.url.startsWith('/staged/'))).toHaveLength(1);
    expect([...uploads.values()].at(-1)).toEqual({ bytes: 10, filename: `DR26S-00001_3-${newRed}.jpg` });
    const files = products[0]?.files ?? [];
    expect(files.slice(0, 2).map((f) => f.id)).toEqual(firstFiles?.slice(0, 2));
    expect(files[2]?.id).not.toBe(firstFiles?.[2]);
    expect(products[0]?.variantFiles['DR-RED-S']).toBe(files[2]?.id);
  });

  it('pushing twice leaves one product, and an edit updates it', async () => {
    const { server, products } = await startFakeShopify();
    const shop = connector(server.url);
    const first = await shop.push(request());
    const second = await shop.push(request());
    const edited = testListing({ skus: testListing().skus.map((s) => ({ ...s, price: '149' })), copy: { 'en-US': { ...testListing().copy['en-US'], title: 'Floral Dress', bullets: [], description: '', keywords: [], subtitle: '', primaryKeywords: [], titleOverrides: { shopify: 'Floral Midi Dress (Shopify)' } } } });
    const third = await shop.push(request(edited));
    expect(server.violations).toEqual([]);
    expect(first.ok && first.value.created).toBe(true);
    expect(second).toEqual({ ok: true, value: { remoteId: 'gid://shopify/Product/1', created: false, variantIds: first.ok ? first.value.variantIds : {} } });
    expect(third.ok && third.value.remoteId).toBe('gid://shopify/Product/1');
    expect(products).toHaveLength(1);
    expect(products[0]?.input.title).toBe('Floral Midi Dress (Shopify)');
    expect(products[0]?.input.variants.map((v) => v.price)).toEqual(['149', '149', '149']);
    // No location configured: stock is not sent.
    expect(products[0]?.input.variants[0]?.inventoryQuantities).toBeUndefined();
  });

  it('a listing without options gets Shopify default option', async () => {
    const { server, products } = await startFakeShopify();
    const simple = testListing({ options: [], skus: [{ ...testListing().skus[0], optionValues: [] } as ReturnType<typeof testListing>['skus'][number]] });
    expect((await connector(server.url).push(request(simple))).ok).toBe(true);
    expect(server.violations).toEqual([]);
    expect(products[0]?.input.productOptions).toEqual([{ name: 'Title', position: 1, values: [{ name: 'Default Title' }] }]);
    expect(products[0]?.input.variants[0]?.optionValues).toEqual([{ optionName: 'Title', name: 'Default Title' }]);
  });

  it('refuses a listing with an unreadable price before any request', async () => {
    const { server } = await startFakeShopify();
    const bad = testListing({ skus: [{ ...testListing().skus[0], price: 'abc' } as ReturnType<typeof testListing>['skus'][number]] });
    const result = await connector(server.url).push(request(bad));
    expect(result).toEqual({ ok: false, error: { kind: 'validation', retryable: false, message: 'the listing cannot be sent to Shopify as it is', fields: [{ field: 'skus[0].price', message: 'not a price: "abc"' }] } });
    expect(server.requests).toEqual([]);
  });

  it('wrong access token: auth, not retryable, token not in the message', async () => {
    const { server } = await startFakeShopify();
    const result = await connector(server.url, { accessToken: 'shpat_wrong' }).testConnection();
    expect(result).toEqual({ ok: false, error: { kind: 'auth', retryable: false, status: 401, message: '[API] Invalid API key or access token (unrecognized login or wrong password)' } });
  });

  it('productSet userErrors become validation errors with fields', async () => {
    const { server, products } = await startFakeShopify();
    const negative = testListing({ skus: testListing().skus.map((s, i) => (i === 1 ? { ...s, price: '-5' } : s)) });
    const result = await connector(server.url).push(request(negative));
    expect(server.violations).toEqual([]);
    expect(result).toEqual({ ok: false, error: { kind: 'validation', retryable: false, message: 'Price must be greater than or equal to 0', fields: [{ field: 'input.variants.1.price', message: 'Price must be greater than or equal to 0' }] } });
    expect(products).toEqual([]);
  });

  it('connection refused: network, retryable', async () => {
    const result = await connector(await refusedUrl()).push(request());
    expect(result).toEqual({ ok: false, error: { kind: 'network', retryable: true, message: 'ECONNREFUSED' } });
  });

  it('a server that never answers: timeout, retryable', async () => {
    const { server, state } = await startFakeShopify();
    state.fault = 'hang';
    const result = await connector(server.url, { fetchTimeoutMs: 150 }).testConnection();
    expect(result).toEqual({ ok: false, error: { kind: 'timeout', retryable: true, message: 'no answer within 150 ms' } });
  });

  it('malformed JSON: malformed-response', async () => {
    const { server, state } = await startFakeShopify();
    state.fault = 'malformed';
    const result = await connector(server.url).testConnection();
    expect(result).toEqual({ ok: false, error: { kind: 'malformed-response', retryable: false, status: 200, message: 'not JSON: {"data": {"shop": ' } });
  });

  it('HTTP 429 with Retry-After: rate-limited with the wait', async () => {
    const { server, state } = await startFakeShopify();
    state.fault = '429';
    const result = await connector(server.url).push(request());
    expect(result).toEqual({ ok: false, error: { kind: 'rate-limited', retryable: true, status: 429, retryAfterMs: 2000, message: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' } });
  });

  it('THROTTLED: rate-limited, waiting until the bucket holds the requested cost', async () => {
    const { server, state, products } = await startFakeShopify();
    state.fault = 'throttled';
    const result = await connector(server.url).push(request());
    // (54 requested − 4 available) / 50 per second = 1 s
    expect(result).toEqual({ ok: false, error: { kind: 'rate-limited', retryable: true, status: 200, retryAfterMs: 1000, message: 'Throttled' } });
    expect(products).toEqual([]);
  });

  it('waits before the next call when the cost bucket runs low', async () => {
    const { server, state } = await startFakeShopify({ available: 20 });
    const waits: number[] = [];
    const shop = connector(server.url, { minAvailableCost: 50, now: () => 1_000, sleep: async (ms) => { waits.push(ms); state.available = 1000; } });
    expect((await shop.push(request())).ok).toBe(true);
    // After the lookup the bucket shows 20 of 50 needed at 50/s: (50 − 20) / 50 = 600 ms, once.
    expect(waits).toEqual([600]);
    expect(server.violations).toEqual([]);
  });
});
