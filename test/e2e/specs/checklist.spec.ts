import { join } from 'node:path';
import { expect, test } from '../fixtures';

/*
 * Readiness checklist in the editor: the Taobao title meter counts a Chinese character as 2 of 60
 * and follows the typing, the Taobao tab gains and loses the title-too-long blocker, a 广告法 warning
 * is accepted with a reason (and undone), and a panel item jumps to its field. Both UI languages,
 * with screenshots at two window sizes for people to look at.
 */
const OUT = join(import.meta.dirname, '../../../test-results/screenshots');

/** 29 Chinese characters: 58 Taobao units. */
const TITLE_58 = '法式复古亚麻连衣裙女夏季新款收腰显瘦中长款方领泡泡袖气质裙';
const TITLE_61 = `${TITLE_58}裙A`;
const AD_TITLE = '最好的法式亚麻连衣裙 收腰显瘦';

const LANGUAGES = [
  {
    lang: 'en', os: 'en-US', taobao: /^Taobao/, tooLong: /The title is 61 units long; the limit is 60/, adTerm: /Absolute term “最好”/,
    details: /^Details: /, reason: /^Reason for accepting: /, accept: 'Accept', accepted: 'Accepted (1)', undo: /^Undo accepting: /,
    newListing: 'New listing', ownMall: /^Own mall/, reasonText: 'Brand slogan cleared by legal', blocker: /^Blocker:/, cannotAccept: /cannot be accepted/, panelTitle: 'Channel readiness',
    primary: 'Primary keywords (Chinese (Simplified))',
  },
  {
    lang: 'zh-CN', os: 'zh-CN', taobao: /^淘宝/, tooLong: /标题长 61 字符（汉字计 2），上限 60/, adTerm: /绝对化用语“最好”/,
    details: /^详情：/, reason: /^接受理由：/, accept: '接受', accepted: '已接受（1）', undo: /^撤销接受：/,
    newListing: '新建商品', ownMall: /^自建商城/, reasonText: '品牌口号，法务已确认', blocker: /^阻断：/, cannotAccept: /阻断项不能接受/, panelTitle: '渠道就绪度',
    primary: '主关键词（简体中文）',
  },
] as const;

for (const l of LANGUAGES) {
  test.describe(`in ${l.lang}`, () => {
    test.use({ harnessOptions: { osLocale: l.os, locale: l.lang, viewport: { width: 1440, height: 900 } } });

    test('title meter, Taobao blocker, accepting a 广告法 warning, jump to field', async ({ app }) => {
      const { page } = app;
      // Made through the UI: a new listing carries zh-CN and en-US copy, both empty.
      await page.getByRole('button', { name: l.newListing }).first().click();
      await page.locator('#f-copy-en-US-title').fill('French Linen Midi Dress with Cinched Waist and Square Neck');
      const panel = page.getByTestId('checklist-panel');
      await expect(panel.getByRole('heading', { name: l.panelTitle })).toBeVisible();
      const taobaoTab = panel.getByRole('tab', { name: l.taobao });
      await taobaoTab.click();
      await expect(taobaoTab).toHaveAttribute('aria-selected', 'true');
      const tabPanel = panel.getByRole('tabpanel');

      // The meter under the Chinese title counts in Taobao's unit (汉字 = 2) as the user types.
      const title = page.locator('#f-copy-zh-CN-title');
      const taobaoMeter = page.getByTestId('title-meters-zh-CN').locator('.meter-chip[data-channel="taobao"]');
      await expect(taobaoMeter.locator('.meter-count')).toHaveText('0 / 60');
      await title.fill('法式亚麻连衣裙');
      await expect(taobaoMeter.locator('.meter-count')).toHaveText('14 / 60');
      await title.fill(TITLE_58);
      await expect(taobaoMeter.locator('.meter-count')).toHaveText('58 / 60');
      await expect(taobaoMeter).toHaveAttribute('data-state', 'near');
      await expect(tabPanel.getByText(l.tooLong)).toHaveCount(0);

      // One unit over: the chip turns red, the preview strikes what Taobao cuts, the blocker appears.
      await title.fill(TITLE_61);
      await expect(taobaoMeter.locator('.meter-count')).toHaveText('61 / 60');
      await expect(taobaoMeter).toHaveAttribute('data-state', 'over');
      await expect(page.getByTestId('title-meters-zh-CN').locator('.cut-rest')).toHaveText('A');
      const tooLong = tabPanel.locator('li.check-item.blocker', { hasText: l.tooLong });
      await expect(tooLong).toBeVisible();
      await expect(tooLong.getByRole('button', { name: l.blocker })).toBeVisible();
      await title.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: join(OUT, `checklist-over-${l.lang}.png`) });

      // A blocker explains itself but offers no way to accept it.
      await tooLong.getByRole('button', { name: l.details }).click();
      await expect(tooLong.getByText(l.cannotAccept)).toBeVisible();
      await expect(tooLong.getByRole('button', { name: l.accept, exact: true })).toHaveCount(0);

      // Clicking the item focuses the field that fixes it.
      await page.locator('#f-copy-en-US-title').focus();
      await tooLong.getByRole('button', { name: l.blocker }).click();
      await expect(title).toBeFocused();

      await title.fill(TITLE_58);
      await expect(tabPanel.getByText(l.tooLong)).toHaveCount(0);

      // 广告法: an absolute term is a warning; accept it with a reason, see it under Accepted, undo.
      await title.fill(AD_TITLE);
      const adItem = tabPanel.locator('li.check-item.warning', { hasText: l.adTerm });
      await expect(adItem).toBeVisible();
      await adItem.getByRole('button', { name: l.details }).click();
      const accept = adItem.getByRole('button', { name: l.accept, exact: true });
      await expect(accept).toBeDisabled();
      await adItem.getByRole('textbox', { name: l.reason }).fill(l.reasonText);
      await page.screenshot({ path: join(OUT, `checklist-accept-form-${l.lang}.png`) });
      await accept.click();
      await expect(tabPanel.locator('li.check-item', { hasText: l.adTerm })).toHaveCount(0);
      const acceptedList = tabPanel.locator('details.checklist-accepted');
      await acceptedList.getByText(l.accepted).click();
      await expect(acceptedList.getByText(l.adTerm)).toBeVisible();
      await expect(acceptedList.getByText(l.reasonText)).toBeVisible();
      await page.screenshot({ path: join(OUT, `checklist-accepted-${l.lang}.png`) });

      await page.setViewportSize({ width: 1280, height: 800 });
      await expect(panel).toBeInViewport();
      await page.screenshot({ path: join(OUT, `checklist-1280-${l.lang}.png`) });

      await acceptedList.getByRole('button', { name: l.undo }).click();
      await expect(tabPanel.locator('li.check-item.warning', { hasText: l.adTerm })).toBeVisible();
      await expect(acceptedList).toHaveCount(0);

      // Primary keywords live in their own field, next to the secondary ones.
      await expect(page.getByRole('textbox', { name: l.primary, exact: true })).toBeVisible();

      // A Taobao channel title gets its own meter and preview; the main title's chips drop Taobao.
      await page.locator('#f-copy-zh-CN-titleOverrides').selectOption('taobao');
      const override = page.locator('#f-copy-zh-CN-titleOverrides-taobao');
      await expect(override).toBeFocused();
      await override.fill(TITLE_61);
      const overrideMeter = page.getByTestId('title-meters-zh-CN-taobao');
      await expect(overrideMeter.locator('.meter-count')).toHaveText('61 / 60');
      await expect(overrideMeter.locator('.cut-rest')).toHaveText('A');
      await expect(page.getByTestId('title-meters-zh-CN').locator('.meter-chip[data-channel="taobao"]')).toHaveCount(0);
      await expect(tabPanel.getByText(l.tooLong)).toBeVisible();

      // The own mall needs both languages: one block each.
      await panel.getByRole('tab', { name: l.ownMall }).click();
      await expect(tabPanel.locator('.readiness-locale')).toHaveCount(2);
      await override.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: join(OUT, `checklist-own-mall-${l.lang}.png`) });
    });
  });
}
