import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Locator } from '@playwright/test';
import { createEmptyCopy, createListing, type Listing } from '../../../shared/model';
import { expect, test } from '../fixtures';
import { seedListings } from '../harness/seed';

/*
 * Readiness in the catalog: each row's channel chips come from the summary's stored readiness,
 * and "Ready for: <channel>" narrows the list to the listings ready for it, with the other
 * filters. A photo dropped on the catalog makes a listing ready for the own mall (whose main image
 * is a blocker): the image import path recomputes the summary. Screenshots in both languages.
 */
const OUT = join(import.meta.dirname, '../../../test-results/screenshots');

const NOW = Date.now();
const sku = (price: string, stock: string) => ({ id: 's1', code: 'S1', optionValues: [], price, compareAtPrice: '', cost: '', stock, barcode: '' });

/** `minutesAgo` orders the rows newest first as listed. */
function listing(minutesAgo: number, spuCode: string, zh: string, en: string, skus: Listing['skus'], tags: string[] = []): Listing {
  return createListing(NOW - minutesAgo * 60_000, {
    spuCode, brand: '栖木', tags, categoryPath: ['女装'], skus,
    copy: {
      'zh-CN': { ...createEmptyCopy(), title: zh, description: zh ? `${zh}，柔软舒适。` : '' },
      'en-US': { ...createEmptyCopy(), title: en, description: en ? `${en}: soft and comfortable.` : '' },
    },
  });
}

/** Sellable on the web stores (titles, a priced SKU in stock); none has a photo yet. */
const READY = [
  listing(5, 'RDY-OM-01', '羊毛混纺高领毛衣', 'Wool-Blend Turtleneck Sweater', [sku('399', '25')], ['秋冬']),
  listing(30, 'RDY-WEB-02', '法式碎花连衣裙', 'Floral Midi Dress', [sku('259', '12')], ['新品']),
];
/** Not ready anywhere: no English title and an unpriced SKU; no SKU at all. */
const NOT_READY = [
  listing(90, 'NOT-03', '帆布托特包', '', [sku('', '8')], ['新品']),
  listing(60 * 26, 'NOT-04', '真丝印花方巾', 'Silk Square Scarf', []),
];

const LANGUAGES = [
  {
    lang: 'en', os: 'en-US', readyFor: /^Ready for/, status: /^Status/, report: 'Imported images',
    readyShopify: 'Ready for Shopify', notReadyShopify: /^Not ready for Shopify — score \d+$/,
    readyOwnMall: 'Ready for Own mall', notReadyOwnMall: /^Not ready for Own mall — score \d+$/, count: '2 of 4 listings',
  },
  {
    lang: 'zh-CN', os: 'zh-CN', readyFor: /^可上架/, status: /^状态/, report: '图片导入结果',
    readyShopify: '可上架Shopify', notReadyShopify: /^未达Shopify上架要求，得分 \d+$/,
    readyOwnMall: '可上架自建商城', notReadyOwnMall: /^未达自建商城上架要求，得分 \d+$/, count: '2 / 4 个商品',
  },
] as const;

const codesOf = (rows: Locator) => rows.locator('.col-code').allInnerTexts();

for (const l of LANGUAGES) {
  test.describe(`in ${l.lang}`, () => {
    test.use({ harnessOptions: { osLocale: l.os, locale: l.lang, viewport: { width: 1440, height: 900 } } });

    test('channel chips on each row, "Ready for" filters the list, a dropped photo makes a listing ready for the own mall', async ({ app }, testInfo) => {
      test.setTimeout(90_000);
      const { page } = app;
      await seedListings(app, [...READY, ...NOT_READY], '/');
      const rows = page.getByTestId('catalog-row');
      await expect(rows).toHaveCount(4);

      // Nine chips per row; a ready channel and a not-ready one say so, with the score.
      const first = rows.filter({ hasText: 'RDY-OM-01' });
      await expect(first.locator('.ready-chip')).toHaveCount(9);
      await expect(first.getByRole('img', { name: l.readyShopify, exact: true })).toBeVisible();
      await expect(first.getByRole('img', { name: l.notReadyOwnMall })).toBeVisible();
      await expect(rows.filter({ hasText: 'NOT-03' }).getByRole('img', { name: l.notReadyShopify })).toBeVisible();

      const readyFor = page.getByRole('combobox', { name: l.readyFor });
      await readyFor.selectOption('shopify');
      await expect.poll(() => codesOf(rows)).toEqual(['RDY-OM-01', 'RDY-WEB-02']);
      await expect(page.locator('.catalog-count')).toContainText(l.count);
      for (const row of await rows.all()) await expect(row.getByRole('img', { name: l.readyShopify, exact: true })).toBeVisible();

      // Combined with the other filters: a tag only one ready listing carries.
      await page.getByRole('combobox', { name: l.lang === 'en' ? /^Tag/ : /^标签/ }).selectOption('新品');
      await expect.poll(() => codesOf(rows)).toEqual(['RDY-WEB-02']);
      await page.getByRole('combobox', { name: l.lang === 'en' ? /^Tag/ : /^标签/ }).selectOption('');

      await page.screenshot({ path: join(OUT, `catalog-readiness-${l.lang}.png`) });

      // Nothing is ready for the own mall yet: no photos.
      await readyFor.selectOption('own-mall');
      await expect(rows).toHaveCount(0);
      await readyFor.selectOption('');
      await expect(rows).toHaveCount(4);

      // A main photo dropped on the catalog goes through the image import, which saves the
      // listing: its summary is recomputed with the photo's measured facts.
      const dir = testInfo.outputPath('photos');
      await mkdir(dir, { recursive: true });
      const photo = join(dir, 'RDY-OM-01_1.jpg');
      const product = await sharp({ create: { width: 700, height: 800, channels: 3, background: '#2c3e66' } }).png().toBuffer();
      await sharp({ create: { width: 1000, height: 1000, channels: 3, background: '#ffffff' } })
        .composite([{ input: product, gravity: 'centre' }]).jpeg({ quality: 88 }).toFile(photo);
      await app.registerDropFile(photo, 'RDY-OM-01_1.jpg');
      await page.getByTestId('catalog-drop-target').evaluate((el) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array([0])], 'RDY-OM-01_1.jpg', { type: 'image/jpeg' }));
        for (const type of ['dragenter', 'dragover', 'drop']) el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      });
      await expect(page.getByRole('status', { name: l.report })).toBeVisible({ timeout: 30_000 });
      await expect(rows.filter({ hasText: 'RDY-OM-01' }).getByRole('img', { name: l.readyOwnMall, exact: true })).toBeVisible({ timeout: 15_000 });
      await readyFor.selectOption('own-mall');
      await expect.poll(() => codesOf(rows)).toEqual(['RDY-OM-01']);
      await page.screenshot({ path: join(OUT, `catalog-readiness-own-mall-${l.lang}.png`) });

      // A narrow window: the chips shrink to squares and keep their names.
      await readyFor.selectOption('');
      await page.setViewportSize({ width: 1024, height: 700 });
      await expect(rows.filter({ hasText: 'RDY-OM-01' }).getByRole('img', { name: l.readyOwnMall, exact: true })).toBeVisible();
      await page.screenshot({ path: join(OUT, `catalog-readiness-narrow-${l.lang}.png`) });
    });
  });
}
