import { randomBytes } from 'node:crypto';
import { truncate, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importSheet, MAX_SHEET_BYTES, readSheet } from '../../../electron/services/sheet-import';
import type { ColumnMapping } from '../../../shared/import/mapping';
import { hasErrors, validateListing } from '../../../shared/model/validate';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();

/** Node decodes GBK but cannot encode it: build the reverse table from the decoder once. */
function createGbkEncoder(): (text: string) => Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return (text) => {
    const bytes: number[] = [];
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x80) bytes.push(code);
      else {
        const pair = table.get(char);
        if (!pair) throw new Error(`not in GBK: ${char}`);
        bytes.push(...pair);
      }
    }
    return new Uint8Array(bytes);
  };
}

const CSV = ['spu,title.zh-CN,title.en-US,option.颜色,sku,price,stock,barcode', 'DR-1,连衣裙,Dress,红色,DR-1-R,"1,299.50",5,6901234567014', 'DR-1,,,蓝色,DR-1-B,¥99,6,'].join('\r\n');

describe('readSheet', () => {
  it('reads a UTF-8 CSV with a BOM', async () => {
    const dir = await makeDir();
    const path = join(dir, 'listings.csv');
    await writeFile(path, '\ufeff' + CSV + '\r\n');
    const read = await readSheet(path);
    expect(read).toMatchObject({ ok: true, format: 'csv', encoding: 'utf-8', headerRow: 1 });
    if (!read.ok) return;
    expect(read.headers[0]).toBe('spu'); // no BOM glued to the first header
    expect(read.rows).toEqual([['DR-1', '连衣裙', 'Dress', '红色', 'DR-1-R', '1,299.50', '5', '6901234567014'], ['DR-1', '', '', '蓝色', 'DR-1-B', '¥99', '6', '']]);
  });

  it('reads UTF-8 without a BOM, UTF-16 with one, and tab-separated text', async () => {
    const dir = await makeDir();
    const plain = join(dir, 'plain.csv');
    await writeFile(plain, CSV);
    expect(await readSheet(plain)).toMatchObject({ ok: true, encoding: 'utf-8', headers: ['spu', 'title.zh-CN', 'title.en-US', 'option.颜色', 'sku', 'price', 'stock', 'barcode'] });
    const unicode = join(dir, 'unicode.txt');
    await writeFile(unicode, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('spu\ttitle\r\nDR-1\t连衣裙\r\n', 'utf16le')]));
    expect(await readSheet(unicode)).toMatchObject({ ok: true, encoding: 'utf-16le', headers: ['spu', 'title'], rows: [['DR-1', '连衣裙']] });
  });

  it('reads a GBK CSV as Excel on Chinese Windows writes it', async () => {
    const dir = await makeDir();
    const path = join(dir, 'gbk.csv');
    const text = ['商品编码,标题,SKU编码,价格,库存,条码,规格.颜色', 'WM-9,羊毛针织开衫,WM-9-米,199,10,6901234567052,米白色', 'WM-9,,WM-9-灰,199,3,,烟灰色'].join('\r\n');
    await writeFile(path, createGbkEncoder()(text));
    const result = await importSheet(path, { now: 5 });
    expect(result).toMatchObject({ ok: true, errors: [], sheet: { encoding: 'gbk', format: 'csv' } });
    if (!result.ok) return;
    const [listing] = result.listings;
    expect(listing?.spuCode).toBe('WM-9');
    expect(listing?.copy['zh-CN']?.title).toBe('羊毛针织开衫');
    expect(listing?.options).toMatchObject([{ name: '颜色', values: ['米白色', '烟灰色'] }]);
    expect(listing?.skus.map((s) => [s.code, s.price, s.stock, s.barcode])).toEqual([['WM-9-米', '199', '10', '6901234567052'], ['WM-9-灰', '199', '3', '']]);
  });

  it('reads the first worksheet of an XLSX as text: numbers, rich text, formulas, dates, merged cells', async () => {
    const dir = await makeDir();
    const path = join(dir, 'listings.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('商品');
    workbook.addWorksheet('ignored').addRow(['not read']);
    sheet.addRow([]); // a blank row above the header
    sheet.addRow(['spu', 'title.zh-CN', 'option.Size', 'sku', 'price', 'cost', 'stock', 'barcode', 'spec.上市日期']);
    sheet.addRow(['XL-1', { richText: [{ text: '加绒', font: { bold: true } }, { text: '卫衣' }] }, 'S', 'XL-1-S', 129, { formula: 'E3*0.4', result: 51.6 }, 20, 6901234567014, new Date(Date.UTC(2026, 2, 1))]);
    sheet.addRow([null, null, 'M', 'XL-1-M', 129.5, 0.1 + 0.2, 7, 6901234567021]);
    sheet.mergeCells('A3:A4');
    await workbook.xlsx.writeFile(path);

    const read = await readSheet(path);
    expect(read).toMatchObject({ ok: true, format: 'xlsx', encoding: null, headerRow: 2 });
    if (!read.ok) return;
    expect(read.rows[0]).toEqual(['XL-1', '加绒卫衣', 'S', 'XL-1-S', '129', '51.6', '20', '6901234567014', '2026-03-01']);
    expect(read.rows[1]?.slice(0, 6)).toEqual(['XL-1', '', 'M', 'XL-1-M', '129.5', '0.3']);

    const result = await importSheet(path, { now: 1 });
    expect(result).toMatchObject({ ok: true, errors: [] });
    if (!result.ok) return;
    expect(result.listings[0]?.skus.map((s) => s.code)).toEqual(['XL-1-S', 'XL-1-M']);
    expect(result.listings[0]?.specs).toMatchObject([{ name: '上市日期', value: '2026-03-01' }]);
  });

  it('reports a broken XLSX, a binary CSV and a missing file as unreadable without throwing', async () => {
    const dir = await makeDir();
    const broken = join(dir, 'broken.xlsx');
    await writeFile(broken, randomBytes(4096));
    expect(await readSheet(broken)).toMatchObject({ ok: false, code: 'import.unreadable' });
    const fakeZip = join(dir, 'fake.xlsx');
    await writeFile(fakeZip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(512)]));
    expect(await readSheet(fakeZip)).toMatchObject({ ok: false, code: 'import.unreadable' });
    const binary = join(dir, 'photo.csv');
    await writeFile(binary, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a]));
    expect(await readSheet(binary)).toMatchObject({ ok: false, code: 'import.unreadable' });
    expect(await readSheet(join(dir, 'missing.csv'))).toMatchObject({ ok: false, code: 'import.unreadable' });
    expect(await importSheet(broken)).toMatchObject({ ok: false, code: 'import.unreadable' });
  });

  it('reports empty files and files over the size limit', async () => {
    const dir = await makeDir();
    const empty = join(dir, 'empty.csv');
    await writeFile(empty, '');
    expect(await readSheet(empty)).toMatchObject({ ok: false, code: 'import.empty' });
    const blank = join(dir, 'blank.csv');
    await writeFile(blank, '\ufeff\r\n,,\r\n');
    expect(await readSheet(blank)).toMatchObject({ ok: false, code: 'import.empty' });
    const emptyBook = join(dir, 'empty.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    await workbook.xlsx.writeFile(emptyBook);
    expect(await readSheet(emptyBook)).toMatchObject({ ok: false, code: 'import.empty' });
    const huge = join(dir, 'huge.csv');
    await writeFile(huge, 'spu\n');
    await truncate(huge, MAX_SHEET_BYTES + 1); // sparse: costs no disk
    expect(await readSheet(huge)).toMatchObject({ ok: false, code: 'import.tooLarge' });
  });

  it('refuses a sheet whose first row is data, not a header', async () => {
    const dir = await makeDir();
    const path = join(dir, 'no-header.csv');
    await writeFile(path, 'DR-1,连衣裙,299\nDR-2,衬衫,199\n');
    expect(await importSheet(path)).toMatchObject({ ok: false, code: 'import.noHeader' });
  });
});

describe('importSheet', () => {
  it('imports the committed template with no errors', async () => {
    const result = await importSheet(resolve(import.meta.dirname, '../../../resources/import-template.csv'), { now: 1 });
    expect(result).toMatchObject({ ok: true, errors: [], rejected: [], sheet: { encoding: 'utf-8' } });
    if (!result.ok) return;
    expect(result.mapping.unknown).toEqual([]);
    expect(result.listings.map((l) => [l.spuCode, l.skus.length])).toEqual([['DR-2407', 4], ['MUG-0815', 2]]);
    for (const listing of result.listings) {
      expect(hasErrors(validateListing(listing))).toBe(false);
      expect(listing.copy['zh-CN']?.title).not.toBe('');
      expect(listing.copy['en-US']?.title).not.toBe('');
    }
  });

  it('matches images in a folder and maps each placeholder to its absolute path', async () => {
    const dir = await makeDir();
    const images = await makeDir();
    const path = join(dir, 'listings.csv');
    await writeFile(path, '\ufeff' + CSV);
    for (const name of ['DR-1.jpg', 'dr-1_2.PNG', 'DR-1_红色.webp', 'DR-1_绿色.jpg', 'readme.txt']) await writeFile(join(images, name), 'x');

    const result = await importSheet(path, { now: 1, imagesDir: images });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const listing = result.listings[0];
    expect(listing?.images.map((r) => [r.role, r.order, r.variantValue])).toEqual([['main', 0, undefined], ['gallery', 0, undefined], ['variant', 0, '红色']]);
    expect(listing?.images.map((r) => result.imageFiles.get(r.assetId))).toEqual([join(images, 'DR-1.jpg'), join(images, 'dr-1_2.PNG'), join(images, 'DR-1_红色.webp')]);
    expect(result.images.unmatched).toEqual([{ file: 'DR-1_绿色.jpg', reason: 'unknown-role' }, { file: 'readme.txt', reason: 'extension' }]);
  });

  it('reports an images folder it cannot read', async () => {
    const dir = await makeDir();
    const path = join(dir, 'listings.csv');
    await writeFile(path, CSV);
    expect(await importSheet(path, { imagesDir: join(dir, 'nope') })).toMatchObject({ ok: false, code: 'import.imagesUnreadable' });
  });

  it('uses an edited mapping and numbers rows from the header row', async () => {
    const dir = await makeDir();
    const path = join(dir, 'edited.csv');
    await writeFile(path, '\n\nArtikel,Name,Preis\nA-1,Alpha,x\n');
    const first = await importSheet(path);
    expect(first).toMatchObject({ ok: false, code: 'import.noHeader' });
    const columns: ColumnMapping[] = [
      { index: 0, header: 'Artikel', target: { kind: 'listing', field: 'spu' } },
      { index: 1, header: 'Name', target: { kind: 'copy', field: 'title', locale: 'en-US' } },
      { index: 2, header: 'Preis', target: { kind: 'sku', field: 'price' } },
    ];
    const result = await importSheet(path, { columns });
    expect(result).toMatchObject({ ok: true, listings: [], errors: [{ row: 4, column: 'Preis', code: 'import.badPrice' }] });
  });
});
