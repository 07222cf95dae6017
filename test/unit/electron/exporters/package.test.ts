import { readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPackage, packageStamp } from '../../../../electron/services/exporters';
import { useTempDirs } from '../temp-dir';
import { NOW, handBuiltItem, handBuiltListing } from './fixtures';

const tempDir = useTempDirs();

describe('exportPackage', () => {
  it('a missing image rendition leaves no folder, zip or temp file behind and says which file', async () => {
    const dir = await tempDir();
    const outDir = join(dir, 'out');
    const item = await handBuiltItem(dir);
    const missing = item.images[4]?.filePath ?? '';
    await rm(missing);
    const result = await exportPackage({ channel: 'shopify', items: [item], outDir, now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('missing-image');
    expect(result.error.path).toBe(missing);
    expect(await readdir(outDir)).toEqual([]);
  });

  it('a package that cannot be written is a write-failed value, not a throw', async () => {
    const dir = await tempDir();
    const blocked = join(dir, 'not-a-folder');
    await writeFile(blocked, 'x');
    const result = await exportPackage({ channel: 'jd', items: [await handBuiltItem(dir)], outDir: blocked, now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('write-failed');
  });

  it('skips listings without SKUs, title or a valid price with warnings and exports the rest', async () => {
    const dir = await tempDir();
    const good = await handBuiltItem(dir);
    const noSkus = { listing: { ...handBuiltListing(), id: 'no-skus', spuCode: 'X1', skus: [] }, images: [] };
    const base = handBuiltListing();
    const noTitle = { listing: { ...base, id: 'no-title', spuCode: 'X2', copy: { 'zh-CN': base.copy['zh-CN'] } }, images: [] };
    const badPrice = { listing: { ...base, id: 'bad-price', spuCode: 'X3', skus: base.skus.map((s, i) => (i === 1 ? { ...s, price: 'abc' } : s)) }, images: [] };
    const result = await exportPackage({ channel: 'woocommerce', items: [noSkus, good, noTitle, badPrice], outDir: dir, now: NOW });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.warnings.map((w) => [w.code, w.listingId])).toEqual([['no-skus', 'no-skus'], ['no-title', 'no-title'], ['invalid-price', 'bad-price']]);
    expect(result.value.warnings[1]?.message).toContain('en-US');
  });

  it('a non-CNY listing is skipped for the Chinese marketplaces', async () => {
    const dir = await tempDir();
    const usd = { listing: { ...handBuiltListing(), currency: 'USD' as const }, images: [] };
    const result = await exportPackage({ channel: 'taobao', items: [usd], outDir: dir, now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('nothing-to-export');
    expect(result.warnings.map((w) => w.code)).toEqual(['currency']);
    expect(await readdir(dir)).toEqual([]);
  });

  it('names the folder <channel>-<yyyyMMdd-HHmm> and never overwrites an export of the same minute', async () => {
    const dir = await tempDir();
    const outDir = join(dir, 'out');
    expect(packageStamp(new Date(2026, 0, 2, 3, 4))).toBe('20260102-0304');
    const first = await exportPackage({ channel: 'douyin', items: [await handBuiltItem(dir)], outDir, now: NOW });
    const second = await exportPackage({ channel: 'douyin', items: [await handBuiltItem(dir)], outDir, now: NOW });
    if (!first.ok || !second.ok) throw new Error('export failed');
    expect(basename(first.value.folder)).toBe('douyin-20260915-0930');
    expect(basename(second.value.folder)).toBe('douyin-20260915-0930-2');
    expect(second.value.zipPath).toBe(join(outDir, 'douyin-20260915-0930-2.zip'));
    expect((await readdir(outDir)).sort()).toEqual(['douyin-20260915-0930', 'douyin-20260915-0930-2', 'douyin-20260915-0930-2.zip', 'douyin-20260915-0930.zip']);
  });
});
