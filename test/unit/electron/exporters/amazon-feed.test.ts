import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportPackage } from '../../../../electron/services/exporters';
import type { FeedMessage } from '../../../../electron/services/exporters/amazon-feed';
import { generateSampleListings } from '../../../../shared/sample/generate';
import { useTempDirs } from '../temp-dir';
import { NOW, handBuiltItem, sampleItem, zipEntries } from './fixtures';

const FLAT_HEADER = ['feed_product_type', 'item_sku', 'brand_name', 'item_name', 'external_product_id', 'external_product_id_type', 'item_type', 'standard_price', 'quantity', 'main_image_url', 'other_image_url1', 'other_image_url2', 'other_image_url3', 'other_image_url4', 'other_image_url5', 'other_image_url6', 'other_image_url7', 'other_image_url8', 'parent_child', 'parent_sku', 'relationship_type', 'variation_theme', 'update_delete', 'product_description', 'bullet_point1', 'bullet_point2', 'bullet_point3', 'bullet_point4', 'bullet_point5', 'generic_keywords', 'color_name', 'color_map', 'size_name', 'size_map', 'department_name', 'manufacturer', 'part_number', 'model'];

const tempDir = useTempDirs();

interface Feed {
  header: { sellerId: string; version: string; issueLocale: string };
  messages: FeedMessage[];
}

async function readSheet(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('Amazon package', () => {
  it('writes a JSON_LISTINGS_FEED with a parent and one child per SKU', async () => {
    const dir = await tempDir();
    const result = await exportPackage({ channel: 'amazon', items: [await handBuiltItem(dir)], outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const { folder, files, zipPath } = result.value;
    const feed = JSON.parse(await readFile(join(folder, 'amazon-listings-feed.json'), 'utf8')) as Feed;
    expect(feed.header).toEqual({ sellerId: '<SELLER_ID>', version: '2.0', issueLocale: 'en_US' });
    expect(feed.messages.map((m) => [m.messageId, m.sku])).toEqual([
      [1, 'DR26S-00001'], [2, 'DR26S-00001-BK-S'], [3, 'DR26S-00001-BK-M'], [4, 'DR26S-00001-WH-S'], [5, 'DR26S-00001-WH-M'],
    ]);
    for (const m of feed.messages) expect([m.operationType, m.productType, m.requirements]).toEqual(['UPDATE', 'PRODUCT', 'LISTING']);
    const [parent, child] = feed.messages;
    if (!parent || !child) throw new Error('messages missing');
    expect(parent.attributes.item_name).toEqual([{ value: 'Floral dress, "French" style', marketplace_id: 'ATVPDKIKX0DER', language_tag: 'en_US' }]);
    expect(parent.attributes.parentage_level).toEqual([{ value: 'parent', marketplace_id: 'ATVPDKIKX0DER' }]);
    expect(parent.attributes.variation_theme).toEqual([{ name: 'COLOR/SIZE' }]);
    expect(parent.attributes.purchasable_offer).toBeUndefined();
    expect(parent.attributes.bullet_point).toHaveLength(2);
    expect(parent.attributes.main_product_image_locator).toEqual([{ media_location: 'DR26S-00001.MAIN.jpg', marketplace_id: 'ATVPDKIKX0DER' }]);
    expect(parent.attributes.other_product_image_locator_1).toEqual([{ media_location: 'DR26S-00001.PT01.jpg', marketplace_id: 'ATVPDKIKX0DER' }]);
    expect(child.attributes.purchasable_offer).toEqual([{ currency: 'CNY', marketplace_id: 'ATVPDKIKX0DER', our_price: [{ schedule: [{ value_with_tax: 199 }] }] }]);
    expect(child.attributes.list_price).toEqual([{ currency: 'CNY', value_with_tax: 259, marketplace_id: 'ATVPDKIKX0DER' }]);
    expect(child.attributes.fulfillment_availability).toEqual([{ fulfillment_channel_code: 'DEFAULT', quantity: 10 }]);
    expect(child.attributes.externally_assigned_product_identifier).toEqual([{ type: 'ean', value: '6901234567892', marketplace_id: 'ATVPDKIKX0DER' }]);
    expect(child.attributes.child_parent_sku_relationship).toEqual([{ child_relationship_type: 'variation', parent_sku: 'DR26S-00001', marketplace_id: 'ATVPDKIKX0DER' }]);
    expect(child.attributes.color?.[0]?.value).toBe('黑色');
    expect(child.attributes.size?.[0]?.value).toBe('S');
    expect(child.attributes.main_product_image_locator?.[0]?.media_location).toBe('DR26S-00001-BK-S.MAIN.jpg');
    expect(feed.messages[3]?.attributes.main_product_image_locator?.[0]?.media_location).toBe('DR26S-00001-WH-S.MAIN.jpg');

    // Images named <SKU>.MAIN / .PTnn; variant images once per child SKU; detail images not copied.
    expect((await readdir(join(folder, 'images'))).sort()).toEqual([
      'DR26S-00001-BK-M.MAIN.jpg', 'DR26S-00001-BK-S.MAIN.jpg', 'DR26S-00001-WH-M.MAIN.jpg', 'DR26S-00001-WH-S.MAIN.jpg',
      'DR26S-00001.MAIN.jpg', 'DR26S-00001.PT01.jpg', 'DR26S-00001.PT02.jpg', 'DR26S-00001.PT03.jpg',
    ]);
    expect(await readFile(join(folder, 'images', 'DR26S-00001.PT03.jpg'), 'utf8')).toBe('jpeg:w');
    expect(await readFile(join(folder, 'images', 'DR26S-00001-WH-M.MAIN.jpg'), 'utf8')).toBe('jpeg:vw');
    expect(await zipEntries(zipPath, basename(folder))).toEqual(files);
    expect(files).toEqual(expect.arrayContaining(['amazon-listings-feed.json', 'amazon-flat-file.xlsx']));
  });

  it('writes the Seller Central flat file with the legacy columns', async () => {
    const dir = await tempDir();
    const result = await exportPackage({ channel: 'amazon', items: [await handBuiltItem(dir)], outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const rows = await readSheet(join(result.value.folder, 'amazon-flat-file.xlsx'));
    expect(rows[0]).toEqual(FLAT_HEADER);
    expect(rows).toHaveLength(1 + 1 + 4);
    const col = (row: unknown[] | undefined, name: string) => row?.[FLAT_HEADER.indexOf(name)];
    expect(col(rows[1], 'parent_child')).toBe('parent');
    expect(col(rows[1], 'variation_theme')).toBe('COLORSIZE');
    expect(col(rows[2], 'parent_sku')).toBe('DR26S-00001');
    expect(col(rows[2], 'standard_price')).toBe(199);
    expect(col(rows[4], 'standard_price')).toBe(89.9);
    expect(col(rows[2], 'external_product_id')).toBe('6901234567892');
    expect(col(rows[2], 'external_product_id_type')).toBe('EAN');
    expect(col(rows[5], 'color_name')).toBe('白色');
    expect(col(rows[5], 'size_name')).toBe('M');
  });

  it('numbers messages across generated listings', async () => {
    const dir = await tempDir();
    const listings = generateSampleListings(5, { seed: 3 }).filter((l) => l.copy['en-US']?.title);
    const items = await Promise.all(listings.map((l) => sampleItem(dir, l)));
    const result = await exportPackage({ channel: 'amazon', items, outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const feed = JSON.parse(await readFile(join(result.value.folder, 'amazon-listings-feed.json'), 'utf8')) as Feed;
    const expected = listings.reduce((n, l) => n + (l.skus.length > 1 ? 1 + l.skus.length : 1), 0);
    expect(feed.messages.map((m) => m.messageId)).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
  });
});
