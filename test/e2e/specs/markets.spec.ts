import { join } from 'node:path';
import { expect, test } from '../fixtures';

/*
 * Settings → Markets, Exchange rates and rounding, Glossary, then the SKU table's prices in the
 * markets' other currencies: a duplicate market name is refused and a new market saved; a new USD
 * rate moves the live example (rounded up to .99); a glossary term is saved; in the editor a SKU's
 * USD price is worked out from the new rate, set by hand, and cleared back. Both UI languages,
 * with screenshots at two window sizes for people to look at.
 */
const OUT = join(import.meta.dirname, '../../../test-results/screenshots');

const LANGUAGES = [
  {
    lang: 'en', os: 'en-US', settings: 'Settings', catalog: 'Catalog', newListing: 'New listing', addSku: 'Add SKU', price: 'Price, SKU #1',
    addMarket: 'Add market', nameRow4: 'Market name, row 4', duplicate: 'Another market already has this name.', saveMarkets: 'Save markets',
    fixFirst: 'Not saved: fix the marked names first.', saved: 'Saved', japanChannels: 'Channels selling in Japan', currencyUk: 'Currency for United Kingdom',
    usdRate: 'USD per 1 CNY', exampleBefore: /^CN¥199\.00 → \$27\.99/, exampleAfter: /^CN¥199\.00 → \$29\.99/, badRate: 'Enter a number such as 0.138 (no signs or spaces).',
    saveRates: 'Save rates', exampleNote: /These are example rates/, updated: /^Rates last updated on /,
    addTerm: 'Add term', term1: 'Term, row 1', termEn: '纯棉 in English (US)', japanese: 'Japanese', saveGlossary: 'Save glossary',
    toggle: 'Prices in USD · JPY · GBP', usdOwn: 'USD price, SKU #1', useDerived: 'Use the worked-out USD price for SKU #1',
  },
  {
    lang: 'zh-CN', os: 'zh-CN', settings: '设置', catalog: '商品库', newListing: '新建商品', addSku: '添加 SKU', price: '售价，SKU #1',
    addMarket: '添加市场', nameRow4: '市场名称，第 4 行', duplicate: '已有同名的市场。', saveMarkets: '保存市场',
    fixFirst: '未保存：请先修正标出的名称。', saved: '已保存', japanChannels: '在Japan销售的渠道', currencyUk: 'United Kingdom的币种',
    usdRate: '1 CNY 可兑换的 USD', exampleBefore: /^¥199\.00 → US\$27\.99/, exampleAfter: /^¥199\.00 → US\$29\.99/, badRate: '请输入数字，例如 0.138（不含符号或空格）。',
    saveRates: '保存汇率', exampleNote: /当前是示例汇率/, updated: /^汇率最近更新于 /,
    addTerm: '添加术语', term1: '术语，第 1 行', termEn: '纯棉的英语（美国）译法', japanese: '日语', saveGlossary: '保存术语表',
    toggle: 'USD · JPY · GBP 价格', usdOwn: 'USD 售价，SKU #1', useDerived: 'SKU #1 改用换算的 USD 价格',
  },
] as const;

for (const l of LANGUAGES) {
  test.describe(`in ${l.lang}`, () => {
    test.use({ harnessOptions: { osLocale: l.os, locale: l.lang, viewport: { width: 1440, height: 900 } } });

    test('markets, rates with a live rounded example, glossary, and SKU prices per currency', async ({ app }) => {
      const { page } = app;
      await page.getByRole('button', { name: l.settings, exact: true }).click();

      // Markets: the defaults, a duplicate name refused, then a new market saved.
      const marketsCard = page.locator('section.markets-card');
      await expect(marketsCard.locator('tbody tr')).toHaveCount(3);
      await marketsCard.getByRole('group', { name: l.japanChannels }).getByRole('checkbox', { name: 'Shopify' }).check();
      await marketsCard.getByRole('button', { name: l.addMarket }).click();
      const name4 = marketsCard.getByRole('textbox', { name: l.nameRow4 });
      await expect(name4).toBeFocused();
      await name4.fill('China');
      await expect(marketsCard.getByText(l.duplicate)).toBeVisible();
      await marketsCard.getByRole('button', { name: l.saveMarkets }).click();
      await expect(marketsCard.getByText(l.fixFirst)).toBeVisible();
      await expect(name4).toBeFocused();
      await marketsCard.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(OUT, `markets-duplicate-${l.lang}.png`) });
      await name4.fill('United Kingdom');
      await marketsCard.getByRole('combobox', { name: l.currencyUk }).selectOption('GBP');
      await marketsCard.getByRole('button', { name: l.saveMarkets }).click();
      await expect(marketsCard.getByRole('status')).toHaveText(l.saved);
      await expect(marketsCard.getByText(l.duplicate)).toHaveCount(0);
      expect(app.services.app.settings.get().markets.map((m) => [m.name, m.currency])).toEqual([['China', 'CNY'], ['United States', 'USD'], ['Japan', 'JPY'], ['United Kingdom', 'GBP']]);
      expect(app.services.app.settings.get().markets[2]?.channels).toEqual(['shopify']);

      // Rates: the example follows the typed rate and is rounded up to .99; a bad rate is explained.
      const ratesCard = page.locator('section.rates-card');
      await expect(ratesCard.getByText(l.exampleNote)).toBeVisible();
      const usdExample = ratesCard.getByTestId('rate-example-USD');
      await expect(usdExample).toHaveText(l.exampleBefore);
      const usdRate = ratesCard.getByRole('textbox', { name: l.usdRate });
      await usdRate.fill('0.1x');
      await expect(ratesCard.getByText(l.badRate)).toBeVisible();
      await expect(ratesCard.getByRole('button', { name: l.saveRates })).toBeDisabled();
      await usdRate.fill('0.15');
      await expect(usdExample).toHaveText(l.exampleAfter);
      await ratesCard.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(OUT, `markets-rates-${l.lang}.png`) });
      await ratesCard.getByRole('button', { name: l.saveRates }).click();
      await expect(ratesCard.getByText(l.updated)).toBeVisible();
      expect(app.services.app.settings.get().rates.rates.USD).toBe('0.15');
      expect(app.services.app.settings.get().rates.updatedAt).not.toBeNull();
      await page.setViewportSize({ width: 1280, height: 800 });
      await ratesCard.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(OUT, `markets-rates-1280-${l.lang}.png`) });
      await marketsCard.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(OUT, `markets-1280-${l.lang}.png`) });
      await page.setViewportSize({ width: 1440, height: 900 });

      // Glossary: one column per market language; a term with its English form is saved.
      const glossaryCard = page.locator('section.glossary-card');
      await expect(glossaryCard.getByRole('button', { name: l.addTerm })).toBeVisible();
      await glossaryCard.getByRole('button', { name: l.addTerm }).click();
      await glossaryCard.getByRole('textbox', { name: l.term1 }).fill('纯棉');
      await glossaryCard.getByRole('textbox', { name: l.termEn }).fill('100% cotton');
      await expect(glossaryCard.getByRole('columnheader', { name: l.japanese })).toBeVisible();
      await glossaryCard.getByRole('button', { name: l.saveGlossary }).click();
      await expect(glossaryCard.getByRole('status')).toHaveText(l.saved);
      expect(app.services.app.settings.get().glossary).toEqual([{ term: '纯棉', translations: { 'en-US': '100% cotton' } }]);
      await glossaryCard.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(OUT, `markets-glossary-${l.lang}.png`) });

      // Editor: the SKU's USD price is worked out from the new rate, set by hand, then derived again.
      await page.getByRole('button', { name: l.catalog, exact: true }).click();
      await page.getByRole('button', { name: l.newListing }).first().click();
      await page.getByRole('button', { name: l.addSku }).click();
      await page.getByRole('textbox', { name: l.price, exact: true }).fill('199');
      await page.getByRole('button', { name: l.toggle }).click();
      await expect(page.getByRole('button', { name: l.toggle })).toHaveAttribute('aria-pressed', 'true');
      const usd = page.getByTestId('sku-price-0-USD');
      await expect(usd).toHaveAttribute('data-source', 'derived');
      await expect(usd).toHaveText('≈ 29.99');
      await expect(page.getByTestId('sku-price-0-JPY')).toHaveText('≈ 4179');
      await expect(page.getByTestId('sku-price-0-GBP')).toHaveText('≈ 21.99');
      await usd.getByRole('button').click();
      const own = page.getByRole('textbox', { name: l.usdOwn, exact: true });
      await expect(own).toBeFocused();
      await expect(own).toHaveValue('29.99');
      await own.fill('27.50');
      await expect(usd).toHaveAttribute('data-source', 'explicit');
      await expect(page.getByTestId('sku-price-0-JPY')).toHaveAttribute('data-source', 'derived');
      await usd.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: join(OUT, `markets-sku-prices-${l.lang}.png`) });
      await page.setViewportSize({ width: 1280, height: 800 });
      await usd.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: join(OUT, `markets-sku-prices-1280-${l.lang}.png`) });

      await page.getByRole('button', { name: l.useDerived }).click();
      await expect(usd).toHaveAttribute('data-source', 'derived');
      await expect(usd).toHaveText('≈ 29.99');
      await expect(usd.getByRole('button')).toBeFocused();
    });
  });
}
