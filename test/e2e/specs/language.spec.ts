import { expect, test } from '../fixtures';

test.describe('on a Chinese system', () => {
  test.use({ harnessOptions: { osLocale: 'zh-Hans-CN', locale: 'zh-CN' } });

  test('starts in 简体中文 and switches to English in settings without a restart', async ({ app }) => {
    const { page } = app;
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: '商品库' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

    await page.getByRole('button', { name: '设置' }).click();
    const before = await page.evaluate(() => performance.getEntriesByType('navigation').length + ':' + performance.timeOrigin);
    await page.getByLabel('界面语言').selectOption('en');

    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Catalog' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // Same document: the language changed in place, the page was not reloaded.
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length + ':' + performance.timeOrigin)).toBe(before);

    // The choice is kept: a reload (like the next start) opens in English although the OS is Chinese.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await page.getByLabel('Interface language').selectOption('system');
    await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  });
});

test.describe('on an English system', () => {
  test.use({ harnessOptions: { osLocale: 'en-GB', locale: 'en-GB' } });

  test('starts in English', async ({ app }) => {
    await expect(app.page.getByRole('heading', { name: 'Catalog' })).toBeVisible();
    await expect(app.page.getByRole('button', { name: 'New listing' }).first()).toBeVisible();
  });
});
