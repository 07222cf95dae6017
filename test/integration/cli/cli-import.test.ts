import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, removeDir, runCli, tempDir } from './cli-process';

/*
 * `shelfready import`: the documented template plus a product with a bad row. The bad product is
 * reported row by row and left out whole; the others become a bundle that `check` can read.
 */

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

describe('shelfready import', () => {
  it('writes a bundle from a sheet, reports bad rows and exits 1', async () => {
    const dir = await tempDir('import');
    dirs.push(dir);
    const cacheDir = join(dir, 'cache');
    const template = await readFile(join(ROOT, 'resources/import-template.csv'), 'utf8');
    const header = template.split(/\r?\n/)[0] ?? '';
    const columns = header.replace(/^\uFEFF/, '').split(',');
    const row = (cells: Record<string, string>) => columns.map((c) => cells[c] ?? '').join(',');
    const bad = [
      row({ spu: 'BAD-01', 'title.zh-CN': '坏价格的商品', sku: 'BAD-01-A', price: 'abc', stock: '5' }),
      row({ spu: 'BAD-01', sku: 'BAD-01-B', price: '99', stock: '5' }),
    ];
    const sheet = join(dir, 'sheet.csv');
    // The template has Windows line ends (as Excel writes them); papaparse keeps to the first kind.
    await writeFile(sheet, `${template.replace(/\s+$/, '')}\r\n${bad.join('\r\n')}\r\n`);
    const images = join(dir, 'photos');
    await mkdir(images);
    await sharp({ create: { width: 900, height: 900, channels: 3, background: '#ffffff' } }).jpeg().toFile(join(images, 'DR-2407_main.jpg'));

    const out = join(dir, 'bundle');
    const run = await runCli(['import', sheet, '--images', images, '--out', out, '--json'], { cacheDir });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      summary: { listings: number; rejected: number; rowErrors: number };
      listings: { spuCode: string; images: number }[];
      rowErrors: { row: number; column: string; code: string; message: string }[];
    };
    expect(json.summary.rejected).toBe(1);
    expect(json.listings.map((l) => l.spuCode)).not.toContain('BAD-01');
    expect(json.listings.find((l) => l.spuCode === 'DR-2407')?.images).toBe(1);
    const lines = template.split(/\r?\n/).length; // header + rows (one quoted cell spans lines)
    expect(json.rowErrors[0]).toMatchObject({ column: 'price', code: 'import.badPrice' });
    expect(json.rowErrors[0]?.row).toBeGreaterThan(1);
    expect(json.rowErrors[0]?.row).toBeLessThanOrEqual(lines + 1);
    expect(json.rowErrors[0]?.message).toMatch(/^row \d+, column price: not a valid price \(“abc”\)$/);

    const human = await runCli(['import', sheet, '--out', join(dir, 'bundle2'), '--lang', 'zh-CN'], { cacheDir });
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/第 \d+ 行，price 列：价格无效/);

    const check = await runCli(['check', out, '--channel', 'shopify', '--json'], { cacheDir });
    expect([0, 1]).toContain(check.code);
    expect((JSON.parse(check.stdout) as { summary: { listings: number } }).summary.listings).toBe(json.summary.listings);
  }, 120_000);

  it('refuses a file that is not a sheet (exit 2)', async () => {
    const dir = await tempDir('import-bad');
    dirs.push(dir);
    const file = join(dir, 'sheet.xlsx');
    await writeFile(file, 'not a zip');
    const run = await runCli(['import', file, '--out', join(dir, 'b')], { cacheDir: join(dir, 'cache') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a CSV or XLSX spreadsheet');
  }, 60_000);
});
