import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/handle';
import { createRegistry } from '../../../electron/main/ipc/register';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { createLogger } from '../../../electron/services/logger';
import type { IpcRegistry } from '../../../electron/main/ipc/handle';
import { webhookPayloadSchema, type WebhookPayload } from '../../../shared/publish/webhook-payload';
import { TOP_CHART } from '../../fixtures/size-chart/charts';
import { createStandInSecretBox } from '../../fixtures/secret-box';
import { noisy, startPool, WORKER_TEST_TIMEOUT_MS } from '../images/fixtures';
import { jsonOf, startFakeServer, testListing, type FakeServer } from './fake-server';

/* publish:push and accounts:test through the same IPC registry main registers, to a signed webhook. */

const SECRET = 'whsec_publish_ipc_7c1d';
let dir: string;
let services: AppServices;
let registry: IpcRegistry;
let imageHash: string;
const stored = new Map<string, { id: string; images: number; sizeChart?: WebhookPayload['listing']['sizeChart'] }>();

const invoke = (channel: string, input: unknown) => dispatch(registry, channel, input, 'app://shelfready/index.html');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shelfready-publish-'));
  services = await createAppServices({
    dataDir: join(dir, 'data'),
    logger: await createLogger({ stderr: false }),
    appInfo: () => ({ version: '0.1.0', osLocale: 'en-US', platform: 'linux' }),
    openExternal: async () => undefined,
    imageEngine: startPool(1),
    pickFiles: async () => [],
    pickFolder: async () => null,
    secretBox: createStandInSecretBox(),
  });
  registry = createRegistry(services);
  const photo = join(dir, 'DR26S-00001_1.jpg');
  await noisy(1200, 900).jpeg().toFile(photo);
  const [imported] = await services.assets.importPaths([photo]);
  if (!imported?.ok) throw new Error('import failed');
  imageHash = imported.meta.hash;
}, WORKER_TEST_TIMEOUT_MS);

afterAll(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
}, WORKER_TEST_TIMEOUT_MS);

/** A mall backend that checks the signature and stores one product per idempotency key (fake-server closes it after each test). */
function startReceiver(): Promise<FakeServer> {
  return startFakeServer((req) => {
    const signature = `sha256=${createHmac('sha256', SECRET).update(req.body).digest('hex')}`;
    if (req.headers['x-shelfready-signature'] !== signature) return { status: 401, body: { message: 'bad signature' } };
    const body = jsonOf(req) as { ping?: boolean };
    if (body.ping) return { status: 200, body: { ok: true } };
    const payload = webhookPayloadSchema.parse(body);
    const key = String(req.headers['idempotency-key']);
    const existing = stored.get(key);
    if (!existing) stored.set(key, { id: `mall-${stored.size + 1}`, images: payload.listing.images.length, sizeChart: payload.listing.sizeChart });
    return { status: existing ? 200 : 201, body: { id: stored.get(key)?.id } };
  });
}

describe('publishing over IPC', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('says there is no account before one is saved', async () => {
    const answer = await invoke('publish:push', { target: 'webhook', idempotencyKey: 'listing-1:1:webhook', listing: testListing() });
    expect(answer).toMatchObject({ ok: true, value: { ok: false, error: { kind: 'auth', retryable: false } } });
  });

  it('tests the saved account, then pushes the listing with its rendered image, once per key', async () => {
    const server = await startReceiver();
    const url = `${server.url}/hooks/shelfready`;
    expect(await invoke('accounts:save', { endpoint: { target: 'webhook', url }, secret: { secret: SECRET } })).toMatchObject({ ok: true });
    expect(await invoke('accounts:test', { target: 'webhook' })).toEqual({ ok: true, value: { ok: true, shopName: new URL(url).host } });

    const listing = testListing({ images: [{ assetId: imageHash, role: 'main', order: 0 }] });
    const first = await invoke('publish:push', { target: 'webhook', idempotencyKey: 'listing-1:1:webhook', listing });
    expect(server.violations).toEqual([]);
    expect(first).toEqual({ ok: true, value: { ok: true, remoteId: 'mall-1', created: true, imageFailures: [], warnings: [] } });
    expect([...stored.values()]).toEqual([{ id: 'mall-1', images: 1 }]);
    const again = await invoke('publish:push', { target: 'webhook', idempotencyKey: 'listing-1:1:webhook', listing });
    expect(again).toMatchObject({ ok: true, value: { ok: true, remoteId: 'mall-1' } });
    expect(stored.size).toBe(1);
  });

  it('sends the size chart as data, converted and labelled for the market that sells on the own mall', async () => {
    const server = await startReceiver();
    expect(await invoke('accounts:save', { endpoint: { target: 'webhook', url: `${server.url}/hooks/shelfready` }, secret: { secret: SECRET } })).toMatchObject({ ok: true });
    const listing = testListing({ sizeChart: TOP_CHART, categoryPath: ['女装', 'T恤'] });
    expect(await invoke('publish:push', { target: 'webhook', idempotencyKey: 'listing-1:9:webhook', listing })).toMatchObject({ ok: true, value: { ok: true } });
    const chart = stored.get('listing-1:9:webhook')?.sizeChart;
    expect(chart).toMatchObject({ unit: 'cm', locales: ['zh-CN', 'en-US'], title: ['尺码表', 'Size chart'] });
    expect(chart?.columns.map((c) => c.labels)).toEqual([['尺码', 'Size'], ['胸围', 'Chest'], ['衣长', 'Length'], ['肩宽', 'Shoulder']]);
    expect(chart?.rows[0]).toEqual(['S', '88-92', '60', '38']);
  });

  it('reports a wrong secret as an auth failure the outbox will not retry', async () => {
    const server = await startReceiver();
    await invoke('accounts:save', { endpoint: { target: 'webhook', url: `${server.url}/hooks/shelfready` }, secret: { secret: 'a-different-secret-123' } });
    expect(await invoke('publish:push', { target: 'webhook', idempotencyKey: 'listing-1:2:webhook', listing: testListing() }))
      .toMatchObject({ ok: true, value: { ok: false, error: { kind: 'auth', status: 401, retryable: false } } });
  });
});
