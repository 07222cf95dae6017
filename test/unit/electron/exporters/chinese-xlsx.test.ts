import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportPackage, type ExportChannel } from '../../../../electron/services/exporters';
import { generateSampleListings } from '../../../../shared/sample/generate';
import { useTempDirs } from '../temp-dir';
import { NOW, handBuiltItem, sampleItem, zipEntries } from './fixtures';

const tempDir = useTempDirs();

interface Sheet {
  fields: string[];
  labels: string[];
  rows: Record<string, unknown>[];
  numFmt: (field: string) => string | undefined;
}

async function readSheet(path: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const all: unknown[][] = [];
  sheet.eachRow((row) => all.push((row.values as unknown[]).slice(1)));
  const [fields = [], labels = [], ...data] = all as string[][];
  return {
    fields,
    labels,
    rows: data.map((cells) => Object.fromEntries(fields.map((f, i) => [f, (cells as unknown[])[i] ?? '']))),
    numFmt: (field) => sheet.getRow(3).getCell(fields.indexOf(field) + 1).numFmt,
  };
}

const CASES: { channel: ExportChannel; file: string; fields: string[] }[] = [
  { channel: 'taobao', file: 'taobao-items.xlsx', fields: ['title', 'cid', 'type', 'stuff_status', 'price', 'num', 'desc', 'outer_id', 'sku_properties', 'sku_prices', 'sku_quantities', 'sku_outer_ids', 'sku_barcode', 'barcode', 'sell_point', 'item_weight', 'pic'] },
  { channel: 'tmall', file: 'tmall-items.xlsx', fields: ['title', 'cid', 'type', 'stuff_status', 'price', 'num', 'desc', 'outer_id', 'sku_properties', 'sku_prices', 'sku_quantities', 'sku_outer_ids', 'sku_barcode', 'barcode', 'sell_point', 'item_weight', 'pic'] },
  { channel: 'jd', file: 'jd-wares.xlsx', fields: ['title', 'categoryId', 'brandId', 'transportId', 'outerId', 'adWords', 'jdPrice', 'marketPrice', 'introduction', 'images', 'skus.outerId', 'skus.saleAttrs', 'skus.jdPrice', 'skus.stockNum', 'skus.barCode'] },
  { channel: 'pinduoduo', file: 'pinduoduo-goods.xlsx', fields: ['goods_name', 'cat_id', 'cost_template_id', 'out_goods_id', 'goods_desc', 'market_price', 'carousel_gallery', 'detail_gallery', 'sku_list.spec', 'sku_list.price', 'sku_list.multi_price', 'sku_list.quantity', 'sku_list.out_sku_sn', 'sku_list.thumb_url'] },
  { channel: 'douyin', file: 'douyin-products.xlsx', fields: ['name', 'category_leaf_id', 'outer_product_id', 'recommend_remark', 'pic', 'white_back_ground_pic_url', 'main_image_three_to_four', 'description', 'specs', 'reference_price', 'spec_prices.spec_detail_name1', 'spec_prices.spec_detail_name2', 'spec_prices.spec_detail_name3', 'spec_prices.price', 'spec_prices.stock_num', 'spec_prices.code', 'spec_pic'] },
];

const IMAGE_FILES = ['DR26S-00001_1.jpg', 'DR26S-00001_2.jpg', 'DR26S-00001_3.jpg', 'DR26S-00001_detail_1.jpg', 'DR26S-00001_white_1.jpg', 'DR26S-00001_白色.jpg', 'DR26S-00001_黑色.jpg'];

describe('Chinese marketplace XLSX', () => {
  for (const { channel, file, fields } of CASES) {
    it(`${channel}: API field header, Chinese label row, one row per SKU, images and zip`, async () => {
      const dir = await tempDir();
      const result = await exportPackage({ channel, items: [await handBuiltItem(dir)], outDir: dir, now: NOW });
      if (!result.ok) throw new Error(result.error.message);
      const { folder, files, zipPath } = result.value;
      expect(basename(folder)).toBe(`${channel}-20260915-0930`);
      const sheet = await readSheet(join(folder, file));
      expect(sheet.fields).toEqual(fields);
      expect(sheet.labels).toHaveLength(fields.length);
      expect(sheet.labels.every((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
      expect(sheet.rows).toHaveLength(4);
      expect((await readdir(join(folder, 'images'))).sort()).toEqual(IMAGE_FILES);
      expect(await zipEntries(zipPath, basename(folder))).toEqual(files);
      expect(files).toEqual([file, ...IMAGE_FILES.map((f) => `images/${f}`)].sort());
    });
  }

  it('taobao: yuan with 2 decimals, SPU cells repeated, SKU cells per row, Chinese and newlines intact', async () => {
    const dir = await tempDir();
    const result = await exportPackage({ channel: 'taobao', items: [await handBuiltItem(dir)], outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const sheet = await readSheet(join(result.value.folder, 'taobao-items.xlsx'));
    expect(sheet.rows.map((r) => r.sku_prices)).toEqual([199, 199, 89.9, 89.9]);
    expect(sheet.numFmt('sku_prices')).toBe('0.00');
    expect(sheet.rows.map((r) => r.price)).toEqual([89.9, 89.9, 89.9, 89.9]);
    expect(sheet.rows.map((r) => r.num)).toEqual([46, 46, 46, 46]);
    expect(sheet.rows.map((r) => r.title)).toEqual(Array(4).fill('连衣裙, "法式" 碎花\n夏'));
    expect(sheet.rows.map((r) => r.sku_properties)).toEqual(['颜色:黑色;尺码:S', '颜色:黑色;尺码:M', '颜色:白色;尺码:S', '颜色:白色;尺码:M']);
    expect(sheet.rows[0]?.sku_barcode).toBe('6901234567892');
    expect(sheet.rows[0]?.pic).toBe('DR26S-00001_1.jpg,DR26S-00001_2.jpg,DR26S-00001_3.jpg');
  });

  it('jd: yuan prices, market price from the list price', async () => {
    const dir = await tempDir();
    const result = await exportPackage({ channel: 'jd', items: [await handBuiltItem(dir)], outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const sheet = await readSheet(join(result.value.folder, 'jd-wares.xlsx'));
    expect(sheet.rows.map((r) => r['skus.jdPrice'])).toEqual([199, 199, 89.9, 89.9]);
    expect(sheet.rows[0]?.jdPrice).toBe(89.9);
    expect(sheet.rows[0]?.marketPrice).toBe(259);
    expect(sheet.numFmt('skus.jdPrice')).toBe('0.00');
  });

  it('pinduoduo: all amounts in 分 as integers, gallery and SKU thumbnails', async () => {
    const dir = await tempDir();
    const result = await exportPackage({ channel: 'pinduoduo', items: [await handBuiltItem(dir)], outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const sheet = await readSheet(join(result.value.folder, 'pinduoduo-goods.xlsx'));
    expect(sheet.rows.map((r) => r['sku_list.price'])).toEqual([19900, 19900, 8990, 8990]);
    expect(sheet.rows.map((r) => r['sku_list.multi_price'])).toEqual([19900, 19900, 8990, 8990]);
    expect(sheet.rows[0]?.market_price).toBe(25900);
    expect(sheet.rows.map((r) => r['sku_list.thumb_url'])).toEqual(['DR26S-00001_黑色.jpg', 'DR26S-00001_黑色.jpg', 'DR26S-00001_白色.jpg', 'DR26S-00001_白色.jpg']);
    expect(sheet.rows[0]?.detail_gallery).toBe('DR26S-00001_detail_1.jpg');
  });

  it('douyin: specs string, 分 prices, |-separated images', async () => {
    const dir = await tempDir();
    const result = await exportPackage({ channel: 'douyin', items: [await handBuiltItem(dir)], outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const sheet = await readSheet(join(result.value.folder, 'douyin-products.xlsx'));
    expect(sheet.rows[0]?.specs).toBe('颜色|黑色,白色^尺码|S,M');
    expect(sheet.rows.map((r) => r['spec_prices.price'])).toEqual([19900, 19900, 8990, 8990]);
    expect(sheet.rows[0]?.reference_price).toBe(25900);
    expect(sheet.rows[0]?.pic).toBe('DR26S-00001_1.jpg|DR26S-00001_2.jpg|DR26S-00001_3.jpg');
    expect(sheet.rows[0]?.white_back_ground_pic_url).toBe('DR26S-00001_white_1.jpg');
    expect(sheet.rows[0]?.description).toBe('DR26S-00001_detail_1.jpg');
    expect(sheet.rows.map((r) => [r['spec_prices.spec_detail_name1'], r['spec_prices.spec_detail_name2']])).toEqual([['黑色', 'S'], ['黑色', 'M'], ['白色', 'S'], ['白色', 'M']]);
  });

  it('writes one row per SKU for generated listings, fen prices integral', async () => {
    const dir = await tempDir();
    const listings = generateSampleListings(8, { seed: 5 });
    const items = await Promise.all(listings.map((l) => sampleItem(dir, l)));
    const result = await exportPackage({ channel: 'pinduoduo', items, outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.warnings).toEqual([]);
    const sheet = await readSheet(join(result.value.folder, 'pinduoduo-goods.xlsx'));
    expect(sheet.rows).toHaveLength(listings.reduce((n, l) => n + l.skus.length, 0));
    for (const r of sheet.rows) expect(Number.isInteger(r['sku_list.price'])).toBe(true);
  });
});
