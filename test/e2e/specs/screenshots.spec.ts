import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { seedSampleCatalog } from '../harness/seed';

/*
 * Screenshots of the main screens in both UI languages at a real window size, written to
 * test-results/screenshots/ for people to look at (not compared pixel by pixel).
 */
const OUT = join(import.meta.dirname, '../../../test-results/screenshots');

const LANGUAGES = [
  { lang: 'zh-CN', catalog: '商品库', basics: '基本信息', skus: 'SKU 列表', copy: '多语言文案' },
  { lang: 'en', catalog: 'Catalog', basics: 'Basics', skus: 'SKUs', copy: 'Copy' },
] as const;

for (const l of LANGUAGES) {
  test.describe(`in ${l.lang}`, () => {
    test.use({ harnessOptions: { osLocale: l.lang === 'en' ? 'en-US' : 'zh-CN', locale: l.lang, viewport: { width: 1440, height: 900 } } });

    test('catalog and editor screenshots at 1440×900', async ({ app }) => {
      const { page } = app;
      await seedSampleCatalog(app, 500, { seed: 3 });
      await expect(page.getByRole('heading', { name: l.catalog })).toBeVisible();
      await expect(page.getByTestId('catalog-row').first()).toBeVisible();
      await page.screenshot({ path: join(OUT, `catalog-${l.lang}.png`) });

      await page.getByTestId('catalog-row').nth(2).click();
      await expect(page.getByRole('heading', { name: l.basics, exact: true })).toBeVisible();
      await page.screenshot({ path: join(OUT, `editor-${l.lang}.png`) });

      await page.getByRole('navigation', { name: /^(Sections|编辑分区)$/ }).getByRole('button', { name: new RegExp(`^${l.skus}`) }).click();
      await expect(page.getByRole('heading', { name: l.skus, exact: true })).toBeInViewport();
      await page.screenshot({ path: join(OUT, `editor-skus-${l.lang}.png`) });

      await page.getByRole('navigation', { name: /^(Sections|编辑分区)$/ }).getByRole('button', { name: new RegExp(`^${l.copy}`) }).click();
      await expect(page.getByRole('heading', { name: l.copy, exact: true })).toBeInViewport();
      await page.screenshot({ path: join(OUT, `editor-copy-${l.lang}.png`) });
    });
  });
}
