import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportPackage } from '../../../../electron/services/exporters';
import { SHOPIFY_HEADER, shopifyHandle } from '../../../../electron/services/exporters/shopify-csv';
import { generateSampleListings } from '../../../../shared/sample/generate';
import { useTempDirs } from '../temp-dir';
import { NOW, handBuiltItem, sampleItem, zipEntries } from './fixtures';

const TEMPLATE_HEADER = 'Title,URL handle,Description,Vendor,Product category,Type,Tags,Published on online store,Status,SKU,Barcode,Option1 name,Option1 value,Option1 Linked To,Option2 name,Option2 value,Option2 Linked To,Option3 name,Option3 value,Option3 Linked To,Price,Compare-at price,Cost per item,Charge tax,Tax code,Unit price total measure,Unit price total measure unit,Unit price base measure,Unit price base measure unit,Inventory tracker,Inventory quantity,Continue selling when out of stock,Weight value (grams),Weight unit for display,Requires shipping,Fulfillment service,Product image URL,Image position,Image alt text,Variant image URL,Gift card,SEO title,SEO description,Color (product.metafields.shopify.color-pattern),Google Shopping / Google product category,Google Shopping / Gender,Google Shopping / Age group,Google Shopping / Manufacturer part number (MPN),Google Shopping / Ad group name,Google Shopping / Ads labels,Google Shopping / Condition,Google Shopping / Custom product,Google Shopping / Custom label 0,Google Shopping / Custom label 1,Google Shopping / Custom label 2,Google Shopping / Custom label 3,Google Shopping / Custom label 4';

const tempDir = useTempDirs();

async function readCsv(path: string) {
  const raw = await readFile(path);
  const text = raw.toString('utf8');
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  return { raw, text, rows: parsed.data, errors: parsed.errors };
}

describe('Shopify product CSV', () => {
  it('writes the §6.3 header exactly, BOM, CRLF and one row per variant/image', async () => {
    const dir = await tempDir();
    const result = await exportPackage({ channel: 'shopify', items: [await handBuiltItem(dir)], outDir: join(dir, 'out'), now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const { folder, files, zipPath } = result.value;
    expect(basename(folder)).toBe('shopify-20260915-0930');
    const { raw, text, rows, errors } = await readCsv(join(folder, 'shopify-products.csv'));
    expect(errors).toEqual([]);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).split('\r\n')[0]).toBe(TEMPLATE_HEADER);
    expect(SHOPIFY_HEADER.join(',')).toBe(TEMPLATE_HEADER);
    // Records end in CRLF; the only bare LF is the one inside the quoted description.
    expect(text.split('\r\n')).toHaveLength(1 + 5 + 1);

    // 4 variants, 5 product images (main, 2 gallery, 2 variant) → 5 rows sharing the handle.
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r['URL handle'] === 'dr26s-00001')).toBe(true);
    const [first, ...rest] = rows;
    if (!first) throw new Error('no rows');
    expect(first.Title).toBe('Floral dress, "French" style');
    expect(first.Vendor).toBe('Acme, Inc.');
    expect(first.Tags).toBe('夏季, new, hot');
    // A single line break stays inside its paragraph, as the connectors send it (copy-html.ts).
    expect(first.Description).toBe('<p>第一段，含逗号, and &quot;quotes&quot;<br>第二段</p><ul><li>100% 棉, 亲肤</li><li>Says &quot;hi&quot;\nsecond line</li></ul>');
    expect(rest.every((r) => r.Title === '' && r.Vendor === '' && r.Description === '' && r.Status === '')).toBe(true);
    expect(rows.map((r) => r.SKU)).toEqual(['DR26S-00001-BK-S', 'DR26S-00001-BK-M', 'DR26S-00001-WH-S', 'DR26S-00001-WH-M', '']);
    expect(rows.map((r) => r['Option1 value'])).toEqual(['黑色', '黑色', '白色', '白色', '']);
    expect(rows.map((r) => r['Option2 value'])).toEqual(['S', 'M', 'S', 'M', '']);
    expect(first['Option1 name']).toBe('颜色');
    expect(rows.map((r) => r.Price)).toEqual(['199.00', '199.00', '89.90', '89.90', '']);
    expect(first['Compare-at price']).toBe('259.00');
    expect(first.Barcode).toBe('6901234567892');
    expect(rows.map((r) => r['Product image URL'])).toEqual([
      'DR26S-00001_1.jpg', 'DR26S-00001_2.jpg', 'DR26S-00001_3.jpg', 'DR26S-00001_黑色.jpg', 'DR26S-00001_白色.jpg',
    ]);
    expect(rows.map((r) => r['Image position'])).toEqual(['1', '2', '3', '4', '5']);
    expect(rows.map((r) => r['Variant image URL'])).toEqual(['DR26S-00001_黑色.jpg', 'DR26S-00001_黑色.jpg', 'DR26S-00001_白色.jpg', 'DR26S-00001_白色.jpg', '']);

    // Images copied with the documented names (detail and white too), and the zip holds the same files.
    expect((await readdir(join(folder, 'images'))).sort()).toEqual(
      ['DR26S-00001_1.jpg', 'DR26S-00001_2.jpg', 'DR26S-00001_3.jpg', 'DR26S-00001_detail_1.jpg', 'DR26S-00001_white_1.jpg', 'DR26S-00001_白色.jpg', 'DR26S-00001_黑色.jpg'],
    );
    expect(await readFile(join(folder, 'images', 'DR26S-00001_1.jpg'), 'utf8')).toBe('jpeg:m');
    expect(await readFile(join(folder, 'images', 'DR26S-00001_3.jpg'), 'utf8')).toBe('jpeg:g2');
    expect(await zipEntries(zipPath, basename(folder))).toEqual(files);
    expect(files).toContain('shopify-products.csv');
  });

  it('quotes commas, quotes and line breaks per RFC 4180', async () => {
    const dir = await tempDir();
    const result = await exportPackage({ channel: 'shopify', items: [await handBuiltItem(dir)], outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const text = await readFile(join(result.value.folder, 'shopify-products.csv'), 'utf8');
    expect(text).toContain('"Floral dress, ""French"" style"');
    expect(text).toContain('"Acme, Inc."');
    expect(text).toContain('<li>Says &quot;hi&quot;\nsecond line</li></ul>"');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('keeps a cell that looks like a formula from running in Excel (CSV injection)', async () => {
    const dir = await tempDir();
    const item = await handBuiltItem(dir);
    const listing = { ...item.listing, brand: '=HYPERLINK("http://evil.example","x")' };
    const result = await exportPackage({ channel: 'shopify', items: [{ ...item, listing }], outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    const { rows } = await readCsv(join(result.value.folder, 'shopify-products.csv'));
    expect(rows[0]?.Vendor).toBe(`'=HYPERLINK("http://evil.example","x")`);
  });

  it('exports generated listings with image base URL and lower-case dash handles', async () => {
    const dir = await tempDir();
    const listings = generateSampleListings(6, { seed: 7 }).filter((l) => l.copy['en-US']?.title);
    const items = await Promise.all(listings.map((l) => sampleItem(dir, l)));
    const result = await exportPackage({ channel: 'shopify', items, outDir: dir, now: NOW, imageBaseUrl: 'https://cdn.example.com/files/' });
    if (!result.ok) throw new Error(result.error.message);
    const { rows } = await readCsv(join(result.value.folder, 'shopify-products.csv'));
    const expected = listings.reduce((n, l) => n + Math.max(l.skus.length, 3 + (l.options[0]?.values.length ?? 0)), 0);
    expect(rows).toHaveLength(expected);
    for (const l of listings) expect(rows.filter((r) => r['URL handle'] === shopifyHandle(l.spuCode) && r.Title !== '')).toHaveLength(1);
    expect(rows.every((r) => /^[a-z0-9-]+$/.test(r['URL handle'] ?? ''))).toBe(true);
    expect(rows[0]?.['Product image URL']).toMatch(/^https:\/\/cdn\.example\.com\/files\/[A-Z0-9]+-\d{5}_1\.jpg$/);
  });
});
