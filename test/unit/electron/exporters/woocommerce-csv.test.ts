import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportPackage } from '../../../../electron/services/exporters';
import { generateSampleListings } from '../../../../shared/sample/generate';
import { useTempDirs } from '../temp-dir';
import { NOW, handBuiltItem, sampleItem, zipEntries } from './fixtures';

const DEFAULT_COLUMNS = ['ID', 'Type', 'SKU', 'GTIN, UPC, EAN, or ISBN', 'Name', 'Published', 'Is featured?', 'Visibility in catalog', 'Short description', 'Description', 'Date sale price starts', 'Date sale price ends', 'Tax status', 'Tax class', 'In stock?', 'Stock', 'Low stock amount', 'Backorders allowed?', 'Sold individually?', 'Weight (kg)', 'Length (cm)', 'Width (cm)', 'Height (cm)', 'Allow customer reviews?', 'Purchase note', 'Sale price', 'Regular price', 'Categories', 'Tags', 'Shipping class', 'Images', 'Download limit', 'Download expiry days', 'Parent', 'Grouped products', 'Upsells', 'Cross-sells', 'External URL', 'Button text', 'Position'];
const ATTRIBUTE_COLUMNS = [1, 2, 3].flatMap((n) => [`Attribute ${n} name`, `Attribute ${n} value(s)`, `Attribute ${n} visible`, `Attribute ${n} global`]);

const tempDir = useTempDirs();

async function readCsv(path: string) {
  const raw = await readFile(path);
  const parsed = Papa.parse<string[]>(raw.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header = [], ...data] = parsed.data;
  const rows = data.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return { raw, header, rows, errors: parsed.errors };
}

describe('WooCommerce product CSV', () => {
  it('writes the importer default columns in order, a variable parent and one variation per SKU', async () => {
    const dir = await tempDir();
    const result = await exportPackage({ channel: 'woocommerce', items: [await handBuiltItem(dir)], outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const { folder, files, zipPath } = result.value;
    const { raw, header, rows, errors } = await readCsv(join(folder, 'woocommerce-products.csv'));
    expect(errors).toEqual([]);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header).toEqual([...DEFAULT_COLUMNS, ...ATTRIBUTE_COLUMNS]);
    // The one column whose name contains commas is quoted in the header line.
    expect(raw.toString('utf8')).toContain('ID,Type,SKU,"GTIN, UPC, EAN, or ISBN",Name');

    expect(rows).toHaveLength(1 + 4);
    const [parent, ...variations] = rows;
    if (!parent) throw new Error('no parent row');
    expect(parent.Type).toBe('variable');
    expect(parent.SKU).toBe('DR26S-00001');
    expect(parent.Name).toBe('Floral dress, "French" style');
    expect(parent.Categories).toBe('女装 > 连衣裙');
    expect(parent.Tags).toBe('夏季, new\\, hot');
    expect(parent.Images).toBe('DR26S-00001_1.jpg, DR26S-00001_2.jpg, DR26S-00001_3.jpg');
    expect(parent['Attribute 1 name']).toBe('颜色');
    expect(parent['Attribute 1 value(s)']).toBe('黑色, 白色');
    expect(parent['Attribute 2 value(s)']).toBe('S, M');
    expect(parent['Attribute 1 visible']).toBe('1');
    expect(parent['Attribute 1 global']).toBe('0');
    expect(parent['Regular price']).toBe('');

    expect(variations.map((v) => v.Type)).toEqual(Array(4).fill('variation'));
    expect(variations.map((v) => v.Parent)).toEqual(Array(4).fill('DR26S-00001'));
    expect(variations.map((v) => v['Attribute 1 value(s)'])).toEqual(['黑色', '黑色', '白色', '白色']);
    expect(variations.map((v) => v['Attribute 2 value(s)'])).toEqual(['S', 'M', 'S', 'M']);
    // On sale: regular = list price, sale = selling price; otherwise regular = selling price.
    expect(variations.map((v) => [v['Regular price'], v['Sale price']])).toEqual([['259.00', '199.00'], ['199.00', ''], ['89.90', ''], ['89.90', '']]);
    expect(variations.map((v) => v.Stock)).toEqual(['10', '11', '12', '13']);
    expect(variations[0]?.['GTIN, UPC, EAN, or ISBN']).toBe('6901234567892');
    expect(variations.map((v) => v.Images)).toEqual(['DR26S-00001_黑色.jpg', 'DR26S-00001_黑色.jpg', 'DR26S-00001_白色.jpg', 'DR26S-00001_白色.jpg']);
    expect(await zipEntries(zipPath, basename(folder))).toEqual(files);
  });

  it('writes a parent + variations per generated listing', async () => {
    const dir = await tempDir();
    const listings = generateSampleListings(5, { seed: 11 }).filter((l) => l.copy['en-US']?.title);
    const items = await Promise.all(listings.map((l) => sampleItem(dir, l)));
    const result = await exportPackage({ channel: 'woocommerce', items, outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const { rows } = await readCsv(join(result.value.folder, 'woocommerce-products.csv'));
    expect(rows).toHaveLength(listings.reduce((n, l) => n + 1 + l.skus.length, 0));
    expect(rows.filter((r) => r.Type === 'variable').map((r) => r.SKU)).toEqual(listings.map((l) => l.spuCode));
    for (const r of rows.filter((row) => row.Type === 'variation')) expect(r['Regular price']).toMatch(/^\d+\.\d{2}$/);
  });
});
