import { join } from 'node:path';
import { expect, test } from '../fixtures';

/*
 * The size chart as a channel gets it: a chart started from the tops template, filled in, then
 * drawn for Taobao (750 px, cm, Chinese labels as the China market reads it) and for Amazon
 * (1000 px, inches, English for the US market). Changing the channel marks the drawn image as out
 * of date until it is drawn again. Both UI languages, screenshots at two window sizes.
 */
const OUT = join(import.meta.dirname, '../../../test-results/screenshots');

const LANGUAGES = [
  {
    lang: 'en', os: 'en-US', newListing: 'New listing', template: 'Size chart template', start: 'Start from template', chestS: 'Chest, size S', chestM: 'Chest, size M', lengthS: 'Length, size S',
    channel: 'Channel', draw: 'Draw image', redraw: 'Draw again', taobaoAlt: 'Size chart image for Taobao', amazonAlt: 'Size chart image for Amazon',
    taobaoCaption: /^Taobao: 750 × \d+ px, cm, labels in Chinese$/, amazonCaption: /^Amazon: 1000 × \d+ px, inches, labels in English$/, stale: /has changed since this image was drawn/,
  },
  {
    lang: 'zh-CN', os: 'zh-CN', newListing: '新建商品', template: '尺码表模板', start: '从模板开始', chestS: '胸围，尺码 S', chestM: '胸围，尺码 M', lengthS: '衣长，尺码 S',
    channel: '渠道', draw: '生成图片', redraw: '重新生成', taobaoAlt: '淘宝 尺码图', amazonAlt: '亚马逊 尺码图',
    taobaoCaption: /^淘宝：750 × \d+ 像素，厘米，标签语言：中文$/, amazonCaption: /^亚马逊：1000 × \d+ 像素，英寸，标签语言：英文$/, stale: /已更改/,
  },
] as const;

for (const l of LANGUAGES) {
  test.describe(`size chart image (${l.lang})`, () => {
    test.use({ harnessOptions: { osLocale: l.os, locale: l.lang, viewport: { width: 1440, height: 900 } } });

    test('draws the chart for a channel in its market’s unit and language, and marks it out of date after a change', async ({ app }) => {
      const { page } = app;
      await page.getByRole('button', { name: l.newListing }).first().click();
      await page.getByRole('combobox', { name: l.template, exact: true }).selectOption('tops');
      await page.getByRole('button', { name: l.start }).click();
      await page.getByRole('textbox', { name: l.chestS, exact: true }).fill('88-92');
      await page.getByRole('textbox', { name: l.chestM, exact: true }).fill('96');
      await page.getByRole('textbox', { name: l.lengthS, exact: true }).fill('62');

      await page.getByRole('button', { name: l.draw }).click();
      const taobao = page.getByRole('img', { name: l.taobaoAlt });
      await expect(taobao).toBeVisible();
      await expect(page.locator('.size-chart-image-figure figcaption')).toHaveText(l.taobaoCaption);
      expect(await taobao.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(750);
      await taobao.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: join(OUT, `size-chart-taobao-${l.lang}.png`) });

      await page.locator('section.size-chart-image').getByRole('combobox', { name: l.channel, exact: true }).selectOption('amazon');
      await expect(page.getByText(l.stale)).toBeVisible();
      await page.getByRole('button', { name: l.redraw }).click();
      const amazon = page.getByRole('img', { name: l.amazonAlt });
      await expect(amazon).toBeVisible();
      await expect(page.getByText(l.stale)).toHaveCount(0);
      await expect(page.locator('.size-chart-image-figure figcaption')).toHaveText(l.amazonCaption);
      expect(await amazon.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1000);
      await page.setViewportSize({ width: 1280, height: 800 });
      await amazon.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: join(OUT, `size-chart-amazon-1280-${l.lang}.png`) });

      // An edit to the chart after drawing marks the image as out of date too.
      await page.getByRole('textbox', { name: l.chestM, exact: true }).fill('97');
      await expect(page.getByText(l.stale)).toBeVisible();
    });
  });
}
