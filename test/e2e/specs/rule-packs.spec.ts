import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { seedListings } from '../harness/seed';
import { createEmptyCopy, createListing, type Listing } from '../../../shared/model';

/*
 * The rule-pack view and the checklist settings, in both UI languages. Today (2026-11-25) no rule is
 * future-dated, so the page clock is set to 2026-06-01: Amazon's 75-character title rule (from
 * 2026-07-27) is then upcoming and its impact on the seeded catalog can be counted.
 */
const OUT = join(import.meta.dirname, '../../../test-results/screenshots');
const BEFORE_75 = new Date('2026-06-01T10:00:00');

const LONG_A = "Women's Merino Wool Blend Turtleneck Sweater with Ribbed Cuffs and Relaxed Fit, Navy"; // 84
const LONG_B = 'Unisex Lightweight Packable Down Jacket with Stand Collar, Zip Pockets and Travel Pouch'; // 86
const SHORT = 'Merino Wool Turtleneck Sweater, Navy';

function listing(spuCode: string, title: string, status: Listing['status'] = 'draft'): Listing {
  return createListing(Date.now(), {
    spuCode,
    status,
    copy: { 'zh-CN': { ...createEmptyCopy(), title: `${spuCode} 商品` }, 'en-US': { ...createEmptyCopy(), title } },
  });
}

const LANGUAGES = [
  {
    lang: 'en', os: 'en-US', rules: 'Rule packs', upcoming: 'Upcoming rule changes', impact: '2 listings will fail', amazon: 'Amazon',
    starts: 'Starts 2026-07-27', check75: 'Title at most 75 characters', notYet: 'Not yet in force', retired: 'Retired', asOf: 'Rules as of',
    empty: /No rule changes are scheduled after today \(\d{4}-\d{2}-\d{2}\)/, images: 'Image rules', inForce: 'In force', taobaoCheck: 'Title at most 60 units (汉字 = 2)',
    settings: 'Settings', checklist: 'Readiness checklist', margin: 'Minimum margin', marginInvalid: 'Enter a whole or decimal number from 0 to 95.',
    saved: 'Saved', brands: 'Competitor brands', own: 'Your own terms', disable: '最新', failed: /Not saved: the settings file could not be written/,
    removeBrand: 'Remove Uniqlo', summaryOff: /95 of 96 built-in terms on|of \d+ built-in terms on/,
  },
  {
    lang: 'zh-CN', os: 'zh-CN', rules: '规则包', upcoming: '即将生效的规则变更', impact: '2 个商品将不合格', amazon: '亚马逊',
    starts: '2026-07-27 起生效', check75: '标题最多 75 个字符', notYet: '尚未生效', retired: '已失效', asOf: '规则适用日期',
    empty: /今天（\d{4}-\d{2}-\d{2}）之后没有计划中的规则变更/, images: '图片规则', inForce: '现行有效', taobaoCheck: '标题最多 60 字符（汉字计 2）',
    settings: '设置', checklist: '上架检查清单', margin: '最低毛利率', marginInvalid: '请输入 0 到 95 之间的数字。',
    saved: '已保存', brands: '竞品品牌', own: '自定义极限词', disable: '最新', failed: /未保存：无法写入设置文件/,
    removeBrand: '移除 Uniqlo', summaryOff: /内置词已启用/,
  },
] as const;

for (const l of LANGUAGES) {
  test.describe(`in ${l.lang}`, () => {
    test.use({ harnessOptions: { osLocale: l.os, locale: l.lang, viewport: { width: 1440, height: 900 } } });

    test('an upcoming rule lists the listings it will fail; the as-of date shows retired and future rules', async ({ app }) => {
      const { page } = app;
      await page.clock.setFixedTime(BEFORE_75);
      const listings = [listing('LONG-A', LONG_A), listing('SHORT-1', SHORT), listing('LONG-B', LONG_B, 'ready'), listing('LONG-OLD', LONG_A, 'archived')];
      await seedListings(app, listings, '/#/rules');

      await expect(page.getByRole('heading', { name: l.upcoming })).toBeVisible();
      const item = page.locator('[data-rule-id="amazon.title.length.v2"]').filter({ hasText: l.starts });
      await expect(item).toContainText(l.check75);
      await expect(item.getByTestId('upcoming-impact')).toHaveText(l.impact);
      const failing = item.getByRole('list').getByRole('button');
      await expect(failing).toHaveCount(2);
      await expect(failing.filter({ hasText: 'LONG-A' })).toContainText(LONG_A);
      await expect(failing.filter({ hasText: 'LONG-B' })).toContainText(LONG_B);
      await expect(item).not.toContainText('SHORT-1');
      await expect(item).not.toContainText('LONG-OLD');

      // Rules as of today (the fixed 2026-06-01): the 75-character rule is not yet in force.
      await page.getByRole('tab', { name: l.amazon }).click();
      await expect(page.getByRole('tab', { name: l.amazon })).toHaveAttribute('aria-selected', 'true');
      const v2Row = page.getByRole('row').filter({ has: page.locator('code', { hasText: 'amazon.title.length.v2' }) });
      const v1Row = page.getByRole('row').filter({ has: page.locator('code', { hasText: 'amazon.title.length.v1' }) });
      await expect(v2Row).toContainText(l.notYet);
      await expect(v1Row).not.toContainText(l.retired);
      await expect(page.getByRole('heading', { name: l.images })).toBeVisible();
      await page.screenshot({ path: join(OUT, `rule-packs-upcoming-${l.lang}.png`) });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: join(OUT, `rule-packs-upcoming-${l.lang}-1280.png`) });
      await page.setViewportSize({ width: 1440, height: 900 });

      // Another date: after the switch the old rule is retired and the new one applies.
      await page.getByLabel(l.asOf).fill('2026-08-01');
      await expect(v1Row).toContainText(l.retired);
      await expect(v2Row).not.toContainText(l.notYet);
      await v2Row.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUT, `rule-packs-as-of-${l.lang}.png`), fullPage: false });

      // A failing listing opens in the editor.
      await failing.filter({ hasText: 'LONG-A' }).click();
      const longA = listings[0];
      await expect(page).toHaveURL(new RegExp(`#/listing/${longA?.id ?? 'missing'}$`));
    });

    test('with no future-dated rule the page says so, and Taobao\'s rules read as rules', async ({ app }) => {
      const { page } = app;
      await page.goto(`${app.baseUrl}/#/rules`);
      await expect(page.getByText(l.empty)).toBeVisible();
      const taobao = page.getByRole('tabpanel');
      await expect(taobao.getByRole('row').filter({ hasText: l.taobaoCheck })).toContainText(l.inForce);
      // Sources are text, never links.
      await expect(taobao.getByText(/wztg\.net/).first()).toBeVisible();
      await expect(page.getByRole('link')).toHaveCount(0);
      await page.getByRole('navigation').getByRole('button', { name: l.rules }).click();
      await expect(page.getByRole('heading', { name: l.rules === 'Rule packs' ? 'Channel rule packs' : '渠道规则包' })).toBeVisible();
    });

    test('checklist settings: margin, 广告法 terms and competitor brands are saved and followed live', async ({ app }) => {
      const { page } = app;
      const settingsFile = join(app.dataDir, 'settings.json');
      const stored = async () => (JSON.parse(await readFile(settingsFile, 'utf8')) as { checklist: unknown }).checklist;
      await page.goto(`${app.baseUrl}/#/settings`);
      await expect(page.getByRole('heading', { name: l.checklist })).toBeVisible();

      const margin = page.getByLabel(l.margin);
      await expect(margin).toHaveValue('15');
      await margin.fill('120');
      await expect(page.getByText(l.marginInvalid)).toBeVisible();
      await margin.fill('22.5');
      await margin.press('Enter');
      await expect(page.locator('.checklist-margin').getByText(l.saved)).toBeVisible();
      await expect.poll(stored).toMatchObject({ minMarginPercent: 22.5 });

      const term = page.getByRole('group', { name: /“最”|superlative/ }).getByRole('button', { name: l.disable, exact: true });
      await expect(term).toHaveAttribute('aria-pressed', 'true');
      await term.click();
      await expect(term).toHaveAttribute('aria-pressed', 'false');
      await expect.poll(stored).toMatchObject({ adTerms: { removed: ['最新'] } });
      await expect(page.getByText(l.summaryOff)).toBeVisible();

      const own = page.getByLabel(l.own);
      await own.fill('秒杀');
      await own.press('Enter');
      await expect.poll(stored).toMatchObject({ adTerms: { added: ['秒杀'], removed: ['最新'] } });

      const brands = page.getByLabel(l.brands);
      await brands.fill('Uniqlo');
      await brands.press('Enter');
      await expect.poll(stored).toMatchObject({ competitorBrands: ['Uniqlo'] });
      await page.screenshot({ path: join(OUT, `settings-checklist-${l.lang}.png`), fullPage: true });

      // Another window's change arrives through settings:changed and shows here without a reload.
      await app.services.app.settings.update({ checklist: { competitorBrands: ['Uniqlo', 'ZARA'] } });
      await expect(page.locator('.checklist-brands .chip', { hasText: 'ZARA' })).toBeVisible();

      // A failing save says so and keeps what is stored.
      app.services.app.settings.update = () => Promise.reject(new Error('disk full'));
      await page.getByRole('button', { name: l.removeBrand }).click();
      await expect(page.locator('.checklist-brands').getByRole('alert')).toHaveText(l.failed);
      await expect.poll(stored).toMatchObject({ competitorBrands: ['Uniqlo', 'ZARA'] });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: join(OUT, `settings-checklist-${l.lang}-1280.png`) });
    });
  });
}
