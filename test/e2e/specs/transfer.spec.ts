import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createEmptyCopy, createListing } from '../../../shared/model';
import { expect, test } from '../fixtures';
import { seedListings } from '../harness/seed';

/*
 * Spreadsheets and launch bundles from the catalog: the template CSV through the column-mapping
 * dialog (one column re-mapped) into the catalog; a sheet with bad rows shows each row's
 * translated reason; the sample launch opened as a bundle, previewed (one conflict with a local
 * listing of the same SPU code) and imported; a bundle from a newer app refused in words; the
 * catalog exported as a bundle into a dated folder. Both UI languages at 1440×900, screenshots.
 */
const ROOT = join(import.meta.dirname, '../../..');
const OUT = join(ROOT, 'test-results/screenshots');
const TEMPLATE = join(ROOT, 'resources/import-template.csv');
const SAMPLE = join(ROOT, 'resources/sample-launch');

const LANGUAGES = [
  {
    lang: 'en', os: 'en-US', importSheet: 'Import spreadsheet…', openBundle: 'Open bundle…', exportBundle: 'Export bundle…',
    mappingTitle: 'Import spreadsheet: map the columns', importButton: 'Import', ignore: '— Ignore —', close: 'Close',
    imported: '2 listings imported; 0 rows rejected', badSummary: '1 listing imported; 2 rows rejected', badPrice: '“abc” is not an amount',
    previewTitle: 'Open bundle: choose what to import', counts: '11 new · 0 updated · 1 conflicting · 0 unchanged', countsAgain: '0 new · 0 updated · 1 conflicting · 11 unchanged', countsLater: '0 new · 1 updated · 1 conflicting · 10 unchanged', importOne: 'Import 1 listing', cancel: 'Cancel', importBundle: 'Import 11 listings',
    bundleImported: '11 listings imported from the bundle', refused: 'This bundle cannot be opened', newer: /Made by a newer ShelfReady \(bundle version 99/,
    exported: 'A bundle with 12 listings was written to this folder:',
  },
  {
    lang: 'zh-CN', os: 'zh-CN', importSheet: '导入表格…', openBundle: '打开上新包…', exportBundle: '导出上新包…',
    mappingTitle: '导入表格：对应列', importButton: '导入', ignore: '— 忽略 —', close: '关闭',
    imported: '已导入 2 个商品；拒绝 0 行', badSummary: '已导入 1 个商品；拒绝 2 行', badPrice: '“abc”不是有效金额',
    previewTitle: '打开上新包：选择要导入的商品', counts: '新增 11 · 更新 0 · 冲突 1 · 未变 0', countsAgain: '新增 0 · 更新 0 · 冲突 1 · 未变 11', countsLater: '新增 0 · 更新 1 · 冲突 1 · 未变 10', importOne: '导入 1 个商品', cancel: '取消', importBundle: '导入 11 个商品',
    bundleImported: '已从上新包导入 11 个商品', refused: '无法打开这个上新包', newer: /由更新版本的 ShelfReady 生成（上新包版本 99/,
    exported: '已将 12 个商品的上新包写入以下文件夹：',
  },
] as const;

/** A local listing with a sample-launch SPU code under another id: the bundle preview's conflict. */
const LOCAL = createListing(Date.now(), {
  spuCode: 'DR26A-001', brand: '本地',
  copy: { 'zh-CN': { ...createEmptyCopy(), title: '本地改过的连衣裙' } },
});

for (const l of LANGUAGES) {
  test.describe(`in ${l.lang}`, () => {
    test.use({ harnessOptions: { osLocale: l.os, locale: l.lang, viewport: { width: 1440, height: 900 } } });

    test('import the template spreadsheet through the mapping dialog; bad rows are listed with reasons', async ({ app }, testInfo) => {
      const { page } = app;
      await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
      app.services.pickSheetPath = TEMPLATE;
      await page.getByRole('button', { name: l.importSheet }).click();
      const mapping = page.getByRole('dialog', { name: l.mappingTitle });
      await expect(mapping).toBeVisible();
      await expect(mapping.getByText('import-template.csv')).toBeVisible();
      // Re-map one column: the tags are not wanted.
      const tags = mapping.getByRole('combobox', { name: /tags$/ });
      await tags.selectOption('ignore');
      await expect(tags.locator('option:checked')).toHaveText(l.ignore);
      await page.screenshot({ path: join(OUT, `transfer-sheet-mapping-${l.lang}.png`) });
      await mapping.getByRole('button', { name: l.importButton, exact: true }).click();

      await expect(page.getByText(l.imported)).toBeVisible();
      await page.screenshot({ path: join(OUT, `transfer-sheet-result-${l.lang}.png`) });
      await page.getByRole('button', { name: l.close }).click();
      const rows = page.getByTestId('catalog-row');
      await expect(rows.filter({ hasText: 'DR-2407' })).toBeVisible();
      await expect(rows.filter({ hasText: 'MUG-0815' })).toBeVisible();
      await expect(rows).toHaveCount(2);

      // A sheet with bad rows: the good product imports, the bad one is listed row by row.
      const bad = testInfo.outputPath('bad.csv');
      await writeFile(bad, ['spu,title,price,stock', 'OK-1,好物,12.5,3', 'BAD-2,坏价,abc,4', 'BAD-2,,10,lots'].join('\n'));
      app.services.pickSheetPath = bad;
      await page.getByRole('button', { name: l.importSheet }).click();
      await page.getByRole('dialog', { name: l.mappingTitle }).getByRole('button', { name: l.importButton, exact: true }).click();
      await expect(page.getByText(l.badSummary)).toBeVisible();
      const errorRow = page.getByRole('row').filter({ hasText: l.badPrice });
      await expect(errorRow).toContainText('3');
      await expect(errorRow).toContainText('price');
      await page.screenshot({ path: join(OUT, `transfer-sheet-errors-${l.lang}.png`) });
      await page.getByRole('button', { name: l.close }).click();
      await expect(rows).toHaveCount(3);
    });

    test('open the sample launch bundle: preview new and conflicting listings, import; a newer bundle is refused; export', async ({ app }, testInfo) => {
      test.setTimeout(90_000);
      const { page } = app;
      await seedListings(app, [LOCAL], '/');
      await expect(page.getByTestId('catalog-row')).toHaveCount(1);

      app.services.pickFolderPath = SAMPLE;
      await page.getByRole('button', { name: l.openBundle }).click();
      const preview = page.getByRole('dialog', { name: l.previewTitle });
      await expect(preview).toBeVisible({ timeout: 30_000 });
      await expect(preview.getByText(l.counts)).toBeVisible();
      await expect(preview.locator('tbody tr')).toHaveCount(12);
      await expect(preview.locator('tr[data-state="conflict"] input[type="checkbox"]')).not.toBeChecked();
      await page.screenshot({ path: join(OUT, `transfer-bundle-preview-${l.lang}.png`) });
      await preview.getByRole('button', { name: l.importBundle }).click();
      await expect(page.getByText(l.bundleImported)).toBeVisible();
      await page.getByRole('button', { name: l.close }).click();
      await expect(page.getByTestId('catalog-row')).toHaveCount(12);
      // The conflicting local listing was left as it was.
      await expect(page.getByTestId('catalog-row').filter({ hasText: '本地改过的连衣裙' })).toBeVisible();
      // Opened again, what was imported is unchanged and cannot be ticked.
      await page.getByRole('button', { name: l.openBundle }).click();
      await expect(preview.getByText(l.countsAgain)).toBeVisible({ timeout: 30_000 });
      await expect(preview.locator('tr[data-state="unchanged"] input[type="checkbox"]:disabled')).toHaveCount(11);
      await preview.getByRole('button', { name: l.cancel }).click();

      // A later copy of the bundle in which one listing was edited: that one is an update, ticked.
      const later = testInfo.outputPath('later');
      await cp(SAMPLE, later, { recursive: true });
      const listings = JSON.parse(await readFile(join(later, 'listings.json'), 'utf8')) as Array<{ spuCode: string; updatedAt: number; copy: Record<string, { title: string }> }>;
      const edited = listings.find((x) => x.spuCode === 'DR26A-002');
      if (!edited?.copy['zh-CN']) throw new Error('sample listing DR26A-002 missing');
      edited.updatedAt += 60_000;
      edited.copy['zh-CN'].title = '山屿亚麻衬衫连衣裙（改版）';
      await writeFile(join(later, 'listings.json'), JSON.stringify(listings));
      app.services.pickFolderPath = later;
      await page.getByRole('button', { name: l.openBundle }).click();
      await expect(preview.getByText(l.countsLater)).toBeVisible({ timeout: 30_000 });
      await expect(preview.locator('tr[data-state="updated"] input[type="checkbox"]')).toBeChecked();
      await page.screenshot({ path: join(OUT, `transfer-bundle-updated-${l.lang}.png`) });
      await preview.getByRole('button', { name: l.importOne }).click();
      await page.getByRole('button', { name: l.close }).click();
      await expect(page.getByTestId('catalog-row').filter({ hasText: '山屿亚麻衬衫连衣裙（改版）' })).toBeVisible();
      await expect(page.getByTestId('catalog-row')).toHaveCount(12);

      // A bundle from a newer ShelfReady.
      const newer = testInfo.outputPath('newer');
      await mkdir(newer, { recursive: true });
      await writeFile(join(newer, 'bundle.json'), JSON.stringify({ format: 'shelfready-bundle', version: 99, createdAt: '2026-11-20T08:00:00.000Z', appVersion: '9', images: {} }));
      await writeFile(join(newer, 'listings.json'), '[]');
      app.services.pickFolderPath = newer;
      await page.getByRole('button', { name: l.openBundle }).click();
      const refused = page.getByRole('alertdialog', { name: l.refused });
      await expect(refused).toContainText(l.newer);
      await page.screenshot({ path: join(OUT, `transfer-bundle-refused-${l.lang}.png`) });
      await refused.getByRole('button', { name: l.close }).click();

      // Export what the catalog shows: no filter, so all 12 (11 imported and the local one).
      const out = testInfo.outputPath('exports');
      await mkdir(out, { recursive: true });
      app.services.pickFolderPath = out;
      await page.getByRole('button', { name: l.exportBundle }).click();
      await expect(page.getByText(l.exported)).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText(/shelfready-bundle-\d{4}-\d{2}-\d{2}$/)).toBeVisible();
      await page.screenshot({ path: join(OUT, `transfer-bundle-exported-${l.lang}.png`) });
      const [folder] = await readdir(out);
      expect(folder).toMatch(/^shelfready-bundle-\d{4}-\d{2}-\d{2}$/);
      expect((await readdir(join(out, folder ?? ''))).sort()).toEqual(['bundle.json', 'images', 'listings.json']);
    });
  });
}
