import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssetStore, type AssetStore } from '../../../electron/services/asset-store';
import { exportForChannel } from '../../../electron/services/channel-export';
import type { ImagePool } from '../../../electron/services/image-pool';
import { createLogger, type Logger } from '../../../electron/services/logger';
import { readFile } from 'node:fs/promises';
import { DEFAULT_MARKETS } from '../../../shared/markets/market';
import { createEmptyCopy, createListing } from '../../../shared/model/factory';
import { createSizeChart, setSizeChartCell } from '../../../shared/model/size-chart';
import type { ImageRef, Listing } from '../../../shared/model/listing';
import { noisy, startPool, WORKER_TEST_TIMEOUT_MS } from '../images/fixtures';

/* Export packages with real renditions: the store renders per channel rule through the worker pool. */

let dir: string;
let pool: ImagePool;
let store: AssetStore;
let logger: Logger;
const hashes: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shelfready-export-'));
  pool = startPool(2);
  logger = await createLogger({ stderr: false });
  store = createAssetStore({ dataDir: join(dir, 'data'), engine: pool, logger });
  const files = [join(dir, 'a.jpg'), join(dir, 'b.jpg'), join(dir, 'c.jpg')];
  await noisy(1600, 1200).jpeg().toFile(files[0] ?? '');
  await noisy(1000, 1000).jpeg().toFile(files[1] ?? '');
  await noisy(900, 1200).jpeg().toFile(files[2] ?? '');
  for (const r of await store.importPaths(files)) {
    if (!r.ok) throw new Error(r.error);
    hashes.push(r.meta.hash);
  }
}, WORKER_TEST_TIMEOUT_MS);

afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
}, WORKER_TEST_TIMEOUT_MS);

function listing(images: ImageRef[]): Listing {
  return createListing(Date.UTC(2026, 10, 25), {
    spuCode: 'DR26S-00001',
    brand: 'Lumière',
    categoryPath: ['女装', '连衣裙'],
    options: [{ id: 'c', name: '颜色', values: ['Red'] }],
    skus: [{ id: 's', code: 'DR26S-00001-RED', optionValues: ['Red'], price: '199', compareAtPrice: '299', cost: '80', stock: '5', barcode: '4006381333931' }],
    copy: {
      'zh-CN': { ...createEmptyCopy(), title: '法式碎花连衣裙', description: '轻盈雪纺' },
      'en-US': { ...createEmptyCopy(), title: 'Floral Chiffon Midi Dress', description: 'Light chiffon.' },
    },
    images,
  });
}

describe('export for a channel', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('renders each image to the channel rule and packages it under the channel name', async () => {
    const [main, gallery, white] = hashes as [string, string, string];
    const refs: ImageRef[] = [{ assetId: main, role: 'main', order: 0 }, { assetId: gallery, role: 'gallery', order: 1 }, { assetId: white, role: 'white', order: 2 }];
    const outcome = await exportForChannel({ assets: store, channel: 'taobao', listings: [listing(refs)], outDir: join(dir, 'out'), now: new Date(2026, 10, 25, 14, 5), logger });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.imageFailures).toEqual([]);
    const images = (await readdir(join(outcome.value.folder, 'images'))).sort();
    expect(images).toEqual(['DR26S-00001_1.jpg', 'DR26S-00001_2.jpg', 'DR26S-00001_white_1.jpg']);
    // Taobao main images are 800 × 800 (shared/rules/image-rules.ts), padded from the 4:3 photo.
    expect(await sharp(join(outcome.value.folder, 'images', 'DR26S-00001_1.jpg')).metadata()).toMatchObject({ width: 800, height: 800, format: 'jpeg' });
    expect(outcome.value.files).toContain('taobao-items.xlsx');
  });

  it('leaves an image it cannot render out, reports it, and still writes the package', async () => {
    const missing = 'f'.repeat(64);
    const refs: ImageRef[] = [{ assetId: hashes[0] ?? '', role: 'main', order: 0 }, { assetId: missing, role: 'gallery', order: 1 }];
    const outcome = await exportForChannel({ assets: store, channel: 'shopify', listings: [listing(refs)], outDir: join(dir, 'out2'), now: new Date(2026, 10, 25, 14, 6), logger });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.imageFailures).toEqual([{ listingId: expect.any(String), spuCode: 'DR26S-00001', assetId: missing, code: 'file-gone' }]);
    expect(await readdir(join(outcome.value.folder, 'images'))).toEqual(['DR26S-00001_1.jpg']);
  });

  it('sends the size chart as the last detail image, drawn at the channel width, and as a table in HTML descriptions', async () => {
    let chart = createSizeChart(['S', 'M'], ['胸围', '衣长']);
    chart = setSizeChartCell(setSizeChartCell(chart, 0, 0, '84-88'), 1, 1, '112');
    const withChart = { ...listing([{ assetId: hashes[0] ?? '', role: 'main', order: 0 }]), sizeChart: chart };
    const taobao = await exportForChannel({ assets: store, channel: 'taobao', listings: [withChart], outDir: join(dir, 'out3'), now: new Date(2026, 10, 25, 14, 7), logger, markets: DEFAULT_MARKETS });
    if (!taobao.ok) throw new Error(taobao.error.message);
    expect((await readdir(join(taobao.value.folder, 'images'))).sort()).toEqual(['DR26S-00001_1.jpg', 'DR26S-00001_detail_1.png']);
    // Taobao detail images are 750 px wide (shared/rules/image-rules.ts).
    expect(await sharp(join(taobao.value.folder, 'images', 'DR26S-00001_detail_1.png')).metadata()).toMatchObject({ width: 750, format: 'png' });

    const shopify = await exportForChannel({ assets: store, channel: 'shopify', listings: [withChart], outDir: join(dir, 'out4'), now: new Date(2026, 10, 25, 14, 8), logger, markets: DEFAULT_MARKETS });
    if (!shopify.ok) throw new Error(shopify.error.message);
    const csv = await readFile(join(shopify.value.folder, 'shopify-products.csv'), 'utf8');
    // The US market reads inches: 84-88 cm is 33.1-34.6 in.
    expect(csv).toContain('<table');
    expect(csv).toContain('33.1');

    // And as data: size-charts.csv, one line per size × filled column, in the package's market unit.
    const charts = (name: string) => readFile(join(name, 'size-charts.csv'), 'utf8').then((text) => text.replace(/^\uFEFF/, '').trim().split('\r\n'));
    expect(await charts(shopify.value.folder)).toEqual([
      'spu_code,size,column_id,column_label,value,unit',
      'DR26S-00001,S,chest,Chest,33.1-34.6,in',
      'DR26S-00001,M,length,Length,44.1,in',
    ]);
    expect(shopify.value.files).toContain('size-charts.csv');
    const taobaoLines = await charts(taobao.value.folder);
    expect(taobaoLines[1]).toBe('DR26S-00001,S,chest,胸围,84-88,cm');
    expect(taobaoLines).toHaveLength(3);
  });

  it('writes no size-charts.csv when no listing has a chart', async () => {
    const outcome = await exportForChannel({ assets: store, channel: 'jd', listings: [listing([{ assetId: hashes[0] ?? '', role: 'main', order: 0 }])], outDir: join(dir, 'out5'), now: new Date(2026, 10, 25, 14, 9), logger, markets: DEFAULT_MARKETS });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.value.files).not.toContain('size-charts.csv');
  });
});
