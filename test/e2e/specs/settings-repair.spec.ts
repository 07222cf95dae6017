import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { launchHarness } from '../harness/launch';
import { expect, test } from '../fixtures';

/*
 * A settings file that cannot be read in full (one glossary term too long, a hand-edited rate): the
 * app starts with what it could read, says at once which settings are back to defaults and where the
 * old file is kept, and leads to Settings, where the readable glossary term is still there.
 */
const OUT = join(import.meta.dirname, '../../../test-results/screenshots');

const LANGUAGES = [
  { lang: 'en', title: 'Some settings could not be read', fields: /exchange rates, glossary/, copy: /^The file as it was is kept at .*settings\.json\.unreadable-/, check: 'Check settings' },
  { lang: 'zh-CN', title: '部分设置无法读取', fields: /汇率、术语表/, copy: /^原文件已保存在 .*settings\.json\.unreadable-/, check: '检查设置' },
] as const;

for (const l of LANGUAGES) {
  test(`a damaged settings file is reported and what could be read is kept (${l.lang})`, async ({ harnessBrowser }, testInfo) => {
    const dataDir = testInfo.outputPath('data');
    await mkdir(dataDir, { recursive: true });
    const glossary = [{ term: '真丝', translations: { 'en-US': 'silk' } }, { term: 'x'.repeat(300), translations: {} }];
    const rates = { ...DEFAULT_SETTINGS.rates, rates: { ...DEFAULT_SETTINGS.rates.rates, USD: 'lots' } };
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, language: l.lang, glossary, rates }));
    const app = await launchHarness({ browser: harnessBrowser, dataDir, viewport: { width: 1440, height: 900 } });
    try {
      const { page } = app;
      const notice = page.getByRole('alert').filter({ hasText: l.title });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(l.fields);
      await expect(notice.locator('p.muted')).toHaveText(l.copy);
      expect((await readdir(dataDir)).filter((name) => name.startsWith('settings.json.unreadable-'))).toHaveLength(1);
      await page.screenshot({ path: join(OUT, `settings-repair-${l.lang}.png`) });

      await notice.getByRole('button', { name: l.check }).click();
      await expect(notice).toHaveCount(0);
      await expect(page.locator('section.glossary-card input[value="真丝"]')).toBeVisible();
      expect(app.services.app.settings.get().glossary).toEqual([glossary[0]]);
    } finally {
      await app.close();
    }
  });
}
