import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';

/*
 * Issue 7: copy in two languages, the source beside the translation. Changing the Chinese title
 * marks the English one "source changed" until someone reviews it; the mark survives a reload and a
 * typo fix in the translation, and clears only on review. Both UI languages, 1440×900 and 1280×800.
 */

const OUT = join(import.meta.dirname, '../../../test-results/screenshots');

const LANGS = [
  {
    lang: 'en',
    osLocale: 'en-US',
    newListing: 'New listing',
    spu: 'SPU code',
    zhTitle: 'Title (Chinese (Simplified))',
    enTitle: 'Title (English (US))',
    sourceChanged: 'Source changed',
    oneToReview: '1 to review',
    reviewEnTitle: 'Mark Title (English (US)) reviewed',
    saved: /^Saved /,
    xliffButton: 'Translator files (XLIFF)…',
  },
  {
    lang: 'zh',
    osLocale: 'zh-CN',
    newListing: '新建商品',
    spu: 'SPU 编码',
    zhTitle: '标题（简体中文）',
    enTitle: '标题（英语（美国））',
    sourceChanged: '原文已改',
    oneToReview: '1 处待复核',
    reviewEnTitle: '将标题（英语（美国））标为已复核',
    saved: /^已保存/,
    xliffButton: '译员文件（XLIFF）…',
  },
] as const;

for (const l of LANGS) {
  test.describe(`translation review (${l.lang})`, () => {
    test.use({ harnessOptions: { osLocale: l.osLocale, locale: l.osLocale, viewport: { width: 1440, height: 900 } } });

    test('a source edit marks the translation until it is reviewed', async ({ app }) => {
      const { page } = app;
      await page.getByRole('button', { name: l.newListing }).first().click();
      await page.getByLabel(l.spu, { exact: true }).fill('DR-7001');
      const zhTitle = page.getByLabel(l.zhTitle, { exact: true });
      const enTitle = page.getByLabel(l.enTitle, { exact: true });
      const mark = page.locator('.copy-title .review-mark');

      // Written side by side: the translation is made from the current source, nothing to review.
      await zhTitle.fill('法式亚麻连衣裙');
      await enTitle.fill('French Linen Dress');
      await expect(mark).toHaveCount(0);

      // The source changes: its translation is marked, and the column head counts it.
      await zhTitle.fill('法式亚麻连衣裙 收腰显瘦');
      await expect(mark).toContainText(l.sourceChanged);
      await expect(page.getByText(l.oneToReview, { exact: true })).toBeVisible();
      await page.setViewportSize({ width: 1280, height: 800 });
      await zhTitle.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUT, `translation-outdated-${l.lang}-1280.png`) });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.screenshot({ path: join(OUT, `translation-outdated-${l.lang}.png`) });

      // Fixing a typo in the translation does not hide that its source changed; a reload keeps it.
      await enTitle.fill('French Linen Dress ');
      await expect(page.getByText(l.saved)).toBeVisible();
      await page.reload();
      await expect(page.getByLabel(l.zhTitle, { exact: true })).toHaveValue('法式亚麻连衣裙 收腰显瘦');
      await expect(mark).toContainText(l.sourceChanged);

      // Reviewed against the new source: the mark clears and stays cleared after a reload.
      await page.getByRole('button', { name: l.reviewEnTitle }).click();
      await expect(mark).toHaveCount(0);
      await expect(page.getByText(l.oneToReview, { exact: true })).toHaveCount(0);
      await expect(page.getByText(l.saved)).toBeVisible();
      await page.reload();
      await expect(page.getByLabel(l.enTitle, { exact: true })).toHaveValue('French Linen Dress ');
      await expect(mark).toHaveCount(0);

      // A second source edit brings it back.
      await page.getByLabel(l.zhTitle, { exact: true }).fill('法式亚麻连衣裙 2026新款');
      await expect(mark).toContainText(l.sourceChanged);

      // The translator-file dialog, looked at in this language.
      await page.getByRole('button', { name: l.xliffButton }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.screenshot({ path: join(OUT, `translation-xliff-dialog-${l.lang}.png`) });
    });
  });
}

test.describe('XLIFF round trip (en)', () => {
  test.use({ harnessOptions: { osLocale: 'en-US', locale: 'en-US', viewport: { width: 1440, height: 900 } } });

  test('save for a translator, bring it back: new text applied, changed source flagged, a broken file refused', async ({ app }, testInfo) => {
    const { page } = app;
    await page.getByRole('button', { name: 'New listing' }).first().click();
    await page.getByLabel('SPU code', { exact: true }).fill('DR-7002');
    await page.getByLabel('Title (Chinese (Simplified))', { exact: true }).fill('法式亚麻连衣裙');
    await page.getByLabel('Subtitle (Chinese (Simplified))', { exact: true }).fill('透气亚麻 夏季');
    await page.getByLabel('Title (English (US))', { exact: true }).fill('French Linen Dress');

    const exported = testInfo.outputPath('DR-7002.xlf');
    app.services.xliffSavePath = exported;
    await page.getByRole('button', { name: 'Translator files (XLIFF)…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Translate into')).toHaveValue('en-US');
    await dialog.getByRole('button', { name: 'Save XLIFF file…' }).click();
    await expect(dialog.getByText(`Saved to ${exported}`)).toBeVisible();
    expect(app.services.xliffSaveOffers.at(-1)).toMatch(/^DR-7002_zh-CN_en-US_\d{4}-\d{2}-\d{2}\.xlf$/);
    const xml = await readFile(exported, 'utf8');
    expect(xml).toContain('srcLang="zh-CN" trgLang="en-US"');
    expect(xml).toContain('<source>透气亚麻 夏季</source>');

    // The translator fills in the subtitle and rewrites the title.
    const translated = xml
      .replace(/(<unit id="subtitle"[^>]*>\s*<segment) state="initial">(\s*<source>[^<]*<\/source>)/, '$1 state="translated">$2<target>Breathable linen, for summer</target>')
      .replace(/(<unit id="title"[\s\S]*?<target>)[^<]*(<\/target>)/, '$1French Linen Midi Dress$2');
    expect(translated).not.toBe(xml);
    const back = testInfo.outputPath('DR-7002.en.xlf');
    await writeFile(back, translated);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Meanwhile the Chinese title changes, so the returned title translation is of an old text.
    await page.getByLabel('Title (Chinese (Simplified))', { exact: true }).fill('法式亚麻连衣裙 收腰');
    app.services.xliffOpenPath = back;
    await page.getByRole('button', { name: 'Translator files (XLIFF)…' }).click();
    await dialog.getByRole('button', { name: 'Open translated file…' }).click();
    await expect(dialog.getByText(/^1 translation into English \(US\) applied from DR-7002\.en\.xlf/)).toBeVisible();
    await expect(dialog.getByText(/Not applied, because the source changed after the file was saved: Title\./)).toBeVisible();
    await page.screenshot({ path: join(OUT, 'translation-xliff-imported-en.png') });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByLabel('Subtitle (English (US))', { exact: true })).toHaveValue('Breathable linen, for summer');
    await expect(page.getByLabel('Title (English (US))', { exact: true })).toHaveValue('French Linen Dress');
    await expect(page.locator('.copy-subtitle .review-mark')).toHaveCount(0);
    await expect(page.locator('.copy-title .review-mark')).toContainText('Source changed');

    // A file that is not XLIFF is refused with what to do, and nothing changes.
    const broken = testInfo.outputPath('broken.xlf');
    await writeFile(broken, 'this is not xml');
    app.services.xliffOpenPath = broken;
    await page.getByRole('button', { name: 'Translator files (XLIFF)…' }).click();
    await dialog.getByRole('button', { name: 'Open translated file…' }).click();
    await expect(dialog.getByText(/This is not a readable XLIFF file .* Ask the translator to export it again as XLIFF 2\.0\./)).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByLabel('Subtitle (English (US))', { exact: true })).toHaveValue('Breathable linen, for summer');
  });
});
