import { expect, test } from '../fixtures';

/*
 * The markets saved in settings reach the checklist when the app starts, not only after a save in
 * the Settings page: here Japan is made to sell on Amazon in main's settings file, the window is
 * reloaded like the next start, and Amazon's checklist then asks for ja-JP copy too.
 */
test.use({ harnessOptions: { osLocale: 'en-US', locale: 'en', viewport: { width: 1440, height: 900 } } });

test('the checklist follows the saved markets after a restart', async ({ app }) => {
  const { page } = app;
  const settings = app.services.app.settings;
  await settings.update({ markets: settings.get().markets.map((m) => (m.id === 'jp' ? { ...m, channels: ['amazon' as const] } : m)) });
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();

  await page.getByRole('button', { name: 'New listing' }).first().click();
  const panel = page.getByTestId('checklist-panel');
  await panel.getByRole('tab', { name: /^Amazon/ }).click();
  const tabPanel = panel.getByRole('tabpanel');
  await expect(tabPanel.locator('.readiness-locale')).toHaveCount(2);
  await expect(tabPanel.getByText('No ja-JP copy: this channel sells in ja-JP, so write or import the translation')).toBeVisible();
});
