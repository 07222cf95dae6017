import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, type IpcRegistry } from '../../../electron/main/ipc/handle';
import { createRegistry } from '../../../electron/main/ipc/register';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { createLogger } from '../../../electron/services/logger';
import { channels } from '../../../shared/ipc/contract';
import { SHOE_CHART, TOP_CHART } from '../../fixtures/size-chart/charts';
import { createStandInSecretBox } from '../../fixtures/secret-box';
import { startPool, WORKER_TEST_TIMEOUT_MS } from './fixtures';

/* sizeCharts:draw through the registry main registers: the merchant's markets, the real image worker. */

let dir: string;
let services: AppServices;
let registry: IpcRegistry;
const invoke = (input: unknown) => dispatch(registry, 'sizeCharts:draw', input, 'app://shelfready/index.html');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shelfready-chart-ipc-'));
  services = await createAppServices({
    dataDir: join(dir, 'data'),
    logger: await createLogger({ stderr: false }),
    appInfo: () => ({ version: '0.1.0', osLocale: 'zh-CN', platform: 'linux' }),
    openExternal: async () => undefined,
    imageEngine: startPool(1),
    pickFiles: async () => [],
    pickFolder: async () => null,
    secretBox: createStandInSecretBox(),
  });
  registry = createRegistry(services);
}, WORKER_TEST_TIMEOUT_MS);

afterAll(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
}, WORKER_TEST_TIMEOUT_MS);

describe('sizeCharts:draw', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('draws the chart at the channel’s detail width, in the unit and languages of its markets', async () => {
    const taobao = await invoke({ sizeChart: TOP_CHART, categoryPath: ['女装', 'T恤'], channel: 'taobao' });
    expect(taobao).toMatchObject({ ok: true, value: { status: 'drawn', mime: 'image/png', width: 750, unit: 'cm', locales: ['zh-CN'] } });
    const drawn = channels['sizeCharts:draw'].output.parse(taobao.ok ? taobao.value : null);
    if (drawn.status !== 'drawn') throw new Error('not drawn');
    expect(await sharp(drawn.bytes).metadata()).toMatchObject({ format: 'png', width: 750, height: drawn.height });

    const amazon = await invoke({ sizeChart: TOP_CHART, categoryPath: ['Women', 'Tops'], channel: 'amazon' });
    expect(amazon).toMatchObject({ ok: true, value: { status: 'drawn', width: 1000, unit: 'in', locales: ['en-US'] } });
  });

  it('follows the markets saved in settings', async () => {
    // Selling on Amazon from the China market too: both languages on the image, cm as China reads it first.
    const markets = services.settings.get().markets.map((m) => (m.id === 'cn' ? { ...m, channels: [...m.channels, 'amazon' as const] } : m));
    await services.settings.update({ markets });
    const amazon = await invoke({ sizeChart: SHOE_CHART, categoryPath: ['Shoes'], channel: 'amazon' });
    expect(amazon).toMatchObject({ ok: true, value: { status: 'drawn', unit: 'cm', locales: ['zh-CN', 'en-US'] } });
  });

  it('answers a chart that cannot be drawn with its problem, and refuses bad input', async () => {
    expect(await invoke({ sizeChart: { unit: 'cm', sizes: [], rows: [] }, categoryPath: [], channel: 'jd' })).toEqual({ ok: true, value: { status: 'problem', problem: 'empty' } });
    const tall = { unit: 'cm', sizes: Array.from({ length: 30 }, (_, i) => String(i)), rows: [{ id: 'a', name: '胸围', values: [] }] };
    expect(await invoke({ sizeChart: tall, categoryPath: [], channel: 'pinduoduo' })).toEqual({ ok: true, value: { status: 'problem', problem: 'too-tall' } });
    expect(await invoke({ sizeChart: TOP_CHART, categoryPath: [], channel: 'ebay' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // Just over a limit: the problem in words; far beyond: refused before any work.
    const wide = { unit: 'cm', sizes: Array.from({ length: 31 }, (_, i) => String(i)), rows: [{ id: 'a', name: '胸围', values: [] }] };
    expect(await invoke({ sizeChart: wide, categoryPath: [], channel: 'taobao' })).toEqual({ ok: true, value: { status: 'problem', problem: 'too-many-sizes' } });
    const huge = { unit: 'cm', sizes: ['S', 'M'], rows: [{ id: 'a', name: '胸围', values: Array.from({ length: 200_000 }, () => '90') }] };
    expect(await invoke({ sizeChart: huge, categoryPath: [], channel: 'taobao' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await invoke({ sizeChart: TOP_CHART, categoryPath: [], channel: 'taobao', path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
