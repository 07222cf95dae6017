import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createEmptyCopy, createListing, type Listing } from '../../../shared/model';
import { expect, test } from '../fixtures';
import { seedListings } from '../harness/seed';

/*
 * A small launch in the app: create it (Shopify only), check readiness (two ready, two not),
 * let one not-ready listing go with a reason, run it (Shopify has no account here, so it goes out
 * as an export package under the launch's folder), see the progress reach the end, and read the
 * report saved as HTML and CSV. Both UI languages, screenshots at 1440×900.
 */
const OUT = join(import.meta.dirname, '../../../test-results/screenshots');
const NOW = Date.now();
const sku = (price: string, stock: string) => ({ id: 's1', code: 'S1', optionValues: [], price, compareAtPrice: '', cost: '', stock, barcode: '' });

function listing(minutesAgo: number, spuCode: string, zh: string, en: string, skus: Listing['skus']): Listing {
  return createListing(NOW - minutesAgo * 60_000, {
    spuCode, brand: '栖木', categoryPath: ['女装'], skus,
    copy: {
      'zh-CN': { ...createEmptyCopy(), title: zh, description: zh ? `${zh}，柔软舒适。` : '' },
      'en-US': { ...createEmptyCopy(), title: en, description: en ? `${en}: soft and comfortable.` : '' },
    },
  });
}

const LISTINGS = [
  listing(5, 'RDY-01', '羊毛混纺高领毛衣', 'Wool-Blend Turtleneck Sweater', [sku('399', '25')]),
  listing(30, 'RDY-02', '法式碎花连衣裙', 'Floral Midi Dress', [sku('259', '12')]),
  listing(90, 'NOT-03', '帆布托特包', 'Canvas Tote Bag', [sku('', '8')]),
  listing(120, 'NOT-04', '真丝印花方巾', 'Silk Square Scarf', []),
];

const LANGUAGES = [
  {
    lang: 'en', os: 'en-US', nav: 'Launches', name: 'Name', taobao: 'Taobao', amazon: 'Amazon', create: 'Create launch', check: 'Check readiness',
    checked: '0 done · 0 failed · 2 to go · 2 not ready', overridden: '0 done · 0 failed · 3 to go · 1 not ready',
    letGo: 'Let NOT-04 go to Shopify although it is not ready', reason: 'Reason (kept in the report)', confirm: 'Let it go', start: 'Start launch',
    finished: 'Finished', done: 'Done', blocked: 'Not ready', saved: /^Report saved to /, reasonText: 'Supplier confirmed stock arrives Monday',
    attention: 'Needs attention (2)', all: 'All listings (4)',
    exportBundle: 'Export as bundle…', bundleDone: /^4 listings and the launch plan written to /, back: '← All launches', open: 'Open Autumn drop', reportTitle: 'Launch report', csvHead: 'SPU,Title,Channel,Result,Detail,Where it went,Time',
  },
  {
    lang: 'zh-CN', os: 'zh-CN', nav: '批量上新', name: '名称', taobao: '淘宝', amazon: '亚马逊', create: '创建批次', check: '检查就绪情况',
    checked: '已完成 0 · 失败 0 · 待发送 2 · 未就绪 2', overridden: '已完成 0 · 失败 0 · 待发送 3 · 未就绪 1',
    letGo: '放行 NOT-04 到 Shopify（尚未就绪）', reason: '原因（记录在报告中）', confirm: '放行', start: '开始上新',
    finished: '已完成', done: '已完成', blocked: '未就绪', saved: /^报告已保存到 /, reasonText: '供应商确认周一到货',
    attention: '需要处理（2）', all: '全部商品（4）',
    exportBundle: '导出为上新包…', bundleDone: /^已将 4 个商品和批次计划写入 /, back: '← 全部批次', open: '打开 Autumn drop', reportTitle: '上新报告', csvHead: 'SPU,标题,渠道,结果,说明,发送位置,时间',
  },
] as const;

for (const l of LANGUAGES) {
  test.describe(`in ${l.lang}`, () => {
    test.use({ harnessOptions: { osLocale: l.os, locale: l.lang, viewport: { width: 1440, height: 900 } } });

    test('a small launch: readiness gate, an override with a reason, progress to the end, the report', async ({ app }, testInfo) => {
      const { page } = app;
      await seedListings(app, LISTINGS, '/');
      await page.getByRole('button', { name: l.nav, exact: true }).click();
      await expect(page.getByTestId('launches-page')).toBeVisible();

      await page.getByRole('textbox', { name: l.name }).fill('Autumn drop');
      await page.getByRole('checkbox', { name: l.taobao, exact: true }).uncheck();
      await page.getByRole('checkbox', { name: l.amazon, exact: true }).uncheck();
      await page.getByRole('button', { name: l.create }).click();
      await expect(page.getByTestId('launch-page')).toBeVisible();

      await page.getByRole('button', { name: l.check }).click();
      const counts = page.getByTestId('launch-counts');
      await expect(counts).toHaveText(l.checked);
      const notReady = page.locator('tr[data-listing="NOT-04"] .launch-item');
      await expect(notReady).toHaveAttribute('data-state', 'blocked');
      await page.screenshot({ path: join(OUT, `launch-gate-${l.lang}.png`) });

      // NOT-04 has no SKU at all: let it go anyway, with the reason the report will carry.
      await page.getByRole('button', { name: l.letGo }).click();
      await page.getByRole('textbox', { name: l.reason }).fill(l.reasonText);
      await page.getByRole('button', { name: l.confirm, exact: true }).click();
      await expect(counts).toHaveText(l.overridden);

      await page.getByRole('button', { name: l.start }).click();
      await expect(page.locator('.launch-header .launch-state')).toHaveText(l.finished, { timeout: 30_000 });
      await expect(page.locator('tr[data-listing="RDY-01"] .launch-item')).toHaveAttribute('data-state', 'done');
      await expect(page.locator('tr[data-listing="RDY-02"] .launch-item')).toHaveAttribute('data-state', 'done');
      await expect(page.locator('tr[data-listing="NOT-03"] .launch-item')).toHaveAttribute('data-state', 'blocked');
      await expect(page.getByRole('progressbar').first()).toHaveAttribute('value', '1');
      const saved = page.getByRole('status').filter({ hasText: l.saved });
      await expect(saved).toBeVisible();
      await page.screenshot({ path: join(OUT, `launch-done-${l.lang}.png`), fullPage: true });

      // Only what needs attention: NOT-03, still not ready, and NOT-04, let go but left out (no SKU); then all again.
      await page.getByRole('button', { name: l.attention }).click();
      await expect(page.locator('table.launch-items tbody tr')).toHaveCount(2);
      await expect(page.locator('tr[data-listing="NOT-03"]')).toBeVisible();
      await expect(page.locator('tr[data-listing="NOT-04"] .launch-item')).toHaveAttribute('data-state', 'failed');
      await page.getByRole('button', { name: l.all }).click();
      await expect(page.locator('table.launch-items tbody tr')).toHaveCount(4);
      const htmlPath = (await saved.innerText()).replace(l.saved, '').trim();

      // Hand the launch over as a bundle: its listings and its plan, readable by the CLI.
      const handOver = testInfo.outputPath('hand-over');
      await mkdir(handOver, { recursive: true });
      app.services.pickFolderPath = handOver;
      await page.getByRole('button', { name: l.exportBundle }).click();
      const written = page.getByRole('status').filter({ hasText: l.bundleDone });
      await expect(written).toBeVisible();
      const [folder] = await readdir(handOver);
      const manifest = JSON.parse(await readFile(join(handOver, folder ?? '', 'bundle.json'), 'utf8')) as { launch?: { name: string; channels: string[] } };
      expect(manifest.launch).toMatchObject({ name: 'Autumn drop', channels: ['shopify'] });
      await page.getByRole('button', { name: l.back }).click();
      await expect(page.getByRole('button', { name: l.open })).toBeVisible();
      await page.screenshot({ path: join(OUT, `launch-list-${l.lang}.png`) });

      // The report on disk, in the UI language: one row per listing × channel, the override's reason kept.
      expect(htmlPath.startsWith(testInfo.outputPath('data'))).toBe(true);
      const html = await readFile(htmlPath, 'utf8');
      expect(html).toContain(l.reportTitle);
      for (const code of ['RDY-01', 'RDY-02', 'NOT-03', 'NOT-04']) expect(html).toContain(code);
      expect(html).toContain(l.reasonText);
      const csv = await readFile(htmlPath.replace(/report\.html$/, 'report.csv'), 'utf8');
      expect(csv.startsWith(`\uFEFF${l.csvHead}`)).toBe(true);
      expect(csv.split('\r\n').filter(Boolean)).toHaveLength(5);
      await page.goto(`file://${htmlPath}`);
      await page.screenshot({ path: join(OUT, `launch-report-${l.lang}.png`) });
    });
  });
}
