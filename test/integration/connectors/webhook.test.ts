import { createHmac, timingSafeEqual } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createWebhookConnector, signWebhookBody } from '../../../electron/services/connectors/webhook';
import type { PushImage } from '../../../electron/services/connectors/types';
import { webhookPayloadSchema, type WebhookPayload } from '../../../shared/publish/webhook-payload';
import { check, HANG, jsonOf, refusedUrl, startFakeServer, testListing, writeTestImages, type RecordedRequest } from './fake-server';

/* The webhook connector against a receiver that verifies signatures and deduplicates by key. */

const SECRET = 'whsec_test_3f9a';

/** The receiver as resources/webhook-payload.md tells integrators to write it. */
function verify(req: RecordedRequest, secret: string): boolean {
  const header = String(req.headers['x-shelfready-signature'] ?? '');
  const expected = `sha256=${createHmac('sha256', secret).update(req.body).digest('hex')}`;
  return header.length === expected.length && timingSafeEqual(Buffer.from(header), Buffer.from(expected));
}

async function startReceiver(options: { fault?: 'hang' | 'malformed' | '429' | '422' } = {}) {
  const stored = new Map<string, { status: number; body: unknown }>();
  const products = new Map<string, { id: string; payload: WebhookPayload }>();
  const server = await startFakeServer((req) => {
    if (options.fault === 'hang') return HANG;
    if (req.method !== 'POST' || req.url !== '/hooks/shelfready') return { status: 404, body: { message: 'not found' } };
    if (!verify(req, SECRET)) return { status: 401, body: { message: 'bad signature' } };
    if (options.fault === 'malformed') return { status: 200, body: '{"id": ' };
    if (options.fault === '429') return { status: 429, headers: { 'retry-after': '30' }, body: { message: 'slow down' } };
    if (options.fault === '422') return { status: 422, body: { message: 'unknown category', fields: [{ field: 'listing.categoryPath', message: 'no such category' }] } };
    const key = String(req.headers['idempotency-key'] ?? '');
    const replay = stored.get(key);
    if (replay) return replay;
    const body = jsonOf(req);
    if ((body as { ping?: unknown }).ping === true) return { status: 200, body: { ok: true } };
    const payload = check(webhookPayloadSchema, body, 'webhook payload');
    if (payload.idempotencyKey !== key || String(payload.sentAt) !== req.headers['x-shelfready-timestamp']) return { status: 400, body: { message: 'headers do not match body' } };
    const existing = products.get(payload.listing.spuCode);
    const id = existing?.id ?? `mall-${products.size + 1}`;
    products.set(payload.listing.spuCode, { id, payload });
    const answer = { status: existing ? 200 : 201, body: { id, created: !existing, variantIds: Object.fromEntries(payload.listing.skus.map((s, i) => [s.code, `${id}-v${i + 1}`])) } };
    stored.set(key, answer);
    return answer;
  });
  return { server, products, stored };
}

const hook = (url: string, secret = SECRET, fetchTimeoutMs = 5_000) => createWebhookConnector({ url: `${url}/hooks/shelfready`, secret, fetchTimeoutMs, now: () => 1_790_000_000 });
const request = (listing = testListing(), images: PushImage[] = [], key = 'listing-1:3:webhook') => ({ listing, images, idempotencyKey: key, locales: ['en-US', 'zh-CN'] as const });

describe('webhook connector', () => {
  it('posts the signed, documented payload with images inline', async () => {
    const { server, products } = await startReceiver();
    const images = await writeTestImages();
    const result = await hook(server.url).push(request(testListing(), images));
    expect(server.violations).toEqual([]);
    expect(result).toEqual({ ok: true, value: { remoteId: 'mall-1', created: true, variantIds: { 'DR-RED-S': 'mall-1-v1', 'DR-RED-M': 'mall-1-v2', 'DR-BLUE-S': 'mall-1-v3' } } });
    const req = server.requests[0];
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers['idempotency-key']).toBe('listing-1:3:webhook');
    expect(req?.headers['x-shelfready-timestamp']).toBe('1790000000');
    expect(req?.headers['x-shelfready-signature']).toBe(signWebhookBody(SECRET, req?.body ?? ''));
    const payload = products.get('DR26S-00001')?.payload;
    expect(payload?.schemaVersion).toBe(1);
    expect(payload?.listing.skus[2]).toEqual({
      code: 'DR-BLUE-S', options: { Colour: 'Blue', Size: 'S' }, price: { amount: '1299.50', currency: 'USD' }, compareAtPrice: null,
      cost: { amount: '80', currency: 'USD' }, stock: 20, barcode: '4006381333931',
    });
    expect(Object.keys(payload?.listing.copy ?? {})).toEqual(['en-US', 'zh-CN']);
    expect(payload?.listing.images).toEqual([
      { fileName: 'DR26S-00001_1.jpg', mimeType: 'image/jpeg', role: 'main', order: 0, sha256: 'c8271e7a7c627a582c7743c59388e95ade120b2b83b707e8d2a8b443e7147e3e', byteLength: 10, dataBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]).toString('base64') },
      { fileName: 'DR26S-00001_2.png', mimeType: 'image/png', role: 'variant', order: 1, variantValue: 'Blue', sha256: 'c492668d4187451f1d1fcac2ec118c8a72064a650512facf59303e48bd839110', byteLength: 10, dataBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]).toString('base64') },
    ]);
  });

  it('the same idempotency key twice is stored once; an edit with a new key updates', async () => {
    const { server, products, stored } = await startReceiver();
    const connector = hook(server.url);
    const first = await connector.push(request());
    const again = await connector.push(request());
    const edited = await connector.push(request(testListing({ brand: 'Lumière Paris', revision: 4 }), [], 'listing-1:4:webhook'));
    expect(server.violations).toEqual([]);
    expect(again).toEqual(first);
    expect(edited).toEqual({ ok: true, value: { remoteId: 'mall-1', created: false, variantIds: { 'DR-RED-S': 'mall-1-v1', 'DR-RED-M': 'mall-1-v2', 'DR-BLUE-S': 'mall-1-v3' } } });
    expect(stored.size).toBe(2);
    expect(products.size).toBe(1);
    expect(products.get('DR26S-00001')?.payload.listing.brand).toBe('Lumière Paris');
  });

  it('the receiver rejects a tampered body under the original signature', async () => {
    const { server, products } = await startReceiver();
    await hook(server.url).push(request());
    const original = server.requests[0];
    const tampered = original?.body.toString('utf8').replace('"amount":"199"', '"amount":"1"') ?? '';
    expect(tampered).not.toBe(original?.body.toString('utf8'));
    const answer = await fetch(`${server.url}/hooks/shelfready`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'forged', 'x-shelfready-signature': String(original?.headers['x-shelfready-signature']), 'x-shelfready-timestamp': '1790000000' },
      body: tampered,
    });
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual({ message: 'bad signature' });
    expect(products.get('DR26S-00001')?.payload.listing.skus[0]?.price).toEqual({ amount: '199', currency: 'USD' });
  });

  it('a wrong secret: auth, not retryable, secret not in the message', async () => {
    const { server, products } = await startReceiver();
    expect(await hook(server.url, 'whsec_wrong').push(request())).toEqual({ ok: false, error: { kind: 'auth', retryable: false, status: 401, message: 'bad signature' } });
    expect(products.size).toBe(0);
  });

  it('test connection sends a signed ping', async () => {
    const { server } = await startReceiver();
    expect(await hook(server.url).testConnection()).toEqual({ ok: true, value: { shopName: new URL(server.url).host } });
    expect(server.violations).toEqual([]);
  });

  it('receiver field errors (422): validation with fields', async () => {
    const { server } = await startReceiver({ fault: '422' });
    expect(await hook(server.url).push(request())).toEqual({ ok: false, error: { kind: 'validation', retryable: false, status: 422, message: 'unknown category', fields: [{ field: 'listing.categoryPath', message: 'no such category' }] } });
  });

  it('connection refused, timeout, malformed JSON and 429 map to their kinds', async () => {
    expect(await hook(await refusedUrl()).push(request())).toEqual({ ok: false, error: { kind: 'network', retryable: true, message: 'ECONNREFUSED' } });
    const slow = await startReceiver({ fault: 'hang' });
    expect(await hook(slow.server.url, SECRET, 150).push(request())).toEqual({ ok: false, error: { kind: 'timeout', retryable: true, message: 'no answer within 150 ms' } });
    const broken = await startReceiver({ fault: 'malformed' });
    expect(await hook(broken.server.url).push(request())).toEqual({ ok: false, error: { kind: 'malformed-response', retryable: false, status: 200, message: 'not JSON: {"id": ' } });
    const busy = await startReceiver({ fault: '429' });
    expect(await hook(busy.server.url).push(request())).toEqual({ ok: false, error: { kind: 'rate-limited', retryable: true, status: 429, retryAfterMs: 30_000, message: 'slow down' } });
  });

  it('refuses an unreadable stock figure before sending', async () => {
    const { server } = await startReceiver();
    const bad = testListing({ skus: testListing().skus.map((s, i) => (i === 0 ? { ...s, stock: '2.5' } : s)) });
    expect(await hook(server.url).push(request(bad))).toEqual({ ok: false, error: { kind: 'validation', retryable: false, message: 'the listing cannot be sent as it is', fields: [{ field: 'skus[0].stock', message: 'not a whole number: "2.5"' }] } });
    expect(server.requests).toEqual([]);
  });
});
