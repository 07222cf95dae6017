import { expect, test } from '../fixtures';

/*
 * The checklist and the markets: the markets saved in settings reach the checklist when the app
 * starts, not only after a save in the Settings page (Japan is made to sell on Amazon in main's
 * settings, the window reloaded like the next start, and Amazon then asks for ja-JP copy too); and
 * an item about a price in a market currency jumps to that price, switching the SKU table's view;
 * and an unsaved edit in Settings → Markets is still there after a look at another page.
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

test('a missing price in a market currency jumps to it in the SKU table’s prices view', async ({ app }) => {
  const { page } = app;
  // No USD rate: a USD price cannot be worked out, so Amazon needs one typed.
  await app.services.app.settings.update({ rates: { base: 'CNY', rates: { CNY: '1', JPY: '21.2' }, updatedAt: Date.UTC(2026, 11, 1) } });
  // Read at start, as after a restart (the page may have booted before the change was made).
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await page.getByRole('button', { name: 'New listing' }).first().click();
  await page.getByRole('button', { name: 'Add SKU' }).click();
  await page.getByRole('textbox', { name: 'Price, SKU #1', exact: true }).fill('199');
  const toggle = page.getByRole('button', { name: 'Prices in USD · JPY' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  const panel = page.getByTestId('checklist-panel');
  await panel.getByRole('tab', { name: /^Amazon/ }).click();
  const item = panel.getByRole('tabpanel').locator('li.check-item', { hasText: 'have no USD price' });
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: /^Blocker:/ }).click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const usd = page.getByTestId('sku-price-0-USD');
  await expect(usd.getByRole('button')).toBeFocused();

  // Typing the price there clears the item; a price cleared back to empty keeps its input while focused.
  await usd.getByRole('button').click();
  const own = page.getByRole('textbox', { name: 'USD price, SKU #1', exact: true });
  await expect(own).toBeFocused();
  await own.fill('29.99');
  await expect(item).toHaveCount(0);
  await own.fill('');
  await expect(own).toBeFocused();
});

test('an unsaved glossary edit survives a visit to another page', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const glossary = page.locator('section.glossary-card');
  await glossary.getByRole('button', { name: 'Add term' }).click();
  await glossary.getByRole('textbox', { name: 'Term, row 1' }).fill('真丝');
  await expect(glossary.getByText('Unsaved changes')).toBeVisible();

  await page.getByRole('button', { name: 'Catalog', exact: true }).click();
  await expect(page.getByRole('button', { name: 'New listing' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(glossary.getByRole('textbox', { name: 'Term, row 1' })).toHaveValue('真丝');
  await expect(glossary.getByText('Unsaved changes')).toBeVisible();
  // Removing a row with the keyboard leaves focus in the list: on Add term once the list is empty.
  await glossary.getByRole('button', { name: 'Add term' }).click();
  await glossary.getByRole('textbox', { name: 'Term, row 2' }).fill('羊毛');
  await glossary.getByRole('button', { name: /^Remove/ }).nth(1).press('Enter');
  await expect(glossary.getByRole('textbox', { name: 'Term, row 1' })).toBeFocused();
  await glossary.getByRole('button', { name: 'Save glossary' }).click();
  await expect(glossary.getByRole('status')).toHaveText('Saved');
  await expect(glossary.getByText('Unsaved changes')).toHaveCount(0);
  expect(app.services.app.settings.get().glossary).toEqual([{ term: '真丝', translations: {} }]);
});
