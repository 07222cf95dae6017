import { expect, test } from '../fixtures';
import type { Page } from '@playwright/test';

test.use({ harnessOptions: { osLocale: 'en-US', locale: 'en-US', viewport: { width: 1440, height: 900 } } });

const ZH = 'Chinese (Simplified)';
const EN = 'English (US)';

async function addChips(page: Page, label: string, values: string[]) {
  const input = page.getByRole('textbox', { name: label, exact: true });
  for (const v of values) {
    await input.fill(v);
    await input.press('Enter');
  }
}

async function waitSaved(page: Page) {
  await expect(page.getByText(/^Saved /)).toBeVisible();
}

test('create a listing, fill every section, reload: everything is still there', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New listing' }).first().click();
  await expect(page.getByRole('heading', { name: 'Basics' })).toBeVisible();

  // Basics
  await page.getByLabel('SPU code', { exact: true }).fill('DR-2407');
  await page.getByLabel('Category', { exact: true }).fill('Women > Dresses');
  await page.getByLabel('Brand', { exact: true }).fill('Shanye 山野');
  await page.getByLabel('Currency', { exact: true }).selectOption('USD');

  // Variants: colour × size matrix
  await page.getByRole('button', { name: 'Add option' }).click();
  await page.getByLabel('Option 1 name').fill('Colour');
  await addChips(page, 'Option 1 values', ['Red', 'Black']);
  await page.getByRole('button', { name: 'Add option' }).click();
  await page.getByLabel('Option 2 name').fill('Size');
  await addChips(page, 'Option 2 values', ['S', 'M']);
  await page.getByRole('button', { name: 'Generate SKUs' }).click();
  await expect(page.getByText('4 SKUs', { exact: true })).toBeVisible();

  // SKUs: bulk fill, then per-row edits
  await page.getByLabel('Field to fill').selectOption({ label: 'Price' });
  await page.getByLabel('Value to fill').fill('59.90');
  await page.getByRole('button', { name: 'Apply to all' }).click();
  await page.getByLabel('Field to fill').selectOption({ label: 'List price' });
  await page.getByLabel('Value to fill').fill('79.90');
  await page.getByRole('button', { name: 'Apply to all' }).click();
  await page.getByLabel('Field to fill').selectOption({ label: 'Stock' });
  await page.getByLabel('Value to fill').fill('25');
  await page.getByRole('button', { name: 'Apply to all' }).click();
  await page.getByLabel('Cost, SKU DR-2407-RED-S', { exact: true }).fill('21');
  await page.getByLabel('Barcode, SKU DR-2407-RED-S', { exact: true }).fill('6901234567893');
  // A wrong check digit is explained and can be fixed.
  await expect(page.getByText(/wrong check digit \(it should end in 2\)/).first()).toBeVisible();
  await page.getByLabel('Barcode, SKU DR-2407-RED-S', { exact: true }).fill('6901234567892');
  await expect(page.getByText(/wrong check digit/)).toHaveCount(0);

  // Specs
  await page.getByRole('button', { name: 'Add spec' }).click();
  await page.getByLabel('Spec name, row 1').fill('Fabric');
  await page.getByLabel('Spec value, row 1').fill('100% linen');
  await page.getByRole('button', { name: 'Add spec' }).click();
  await page.getByLabel('Spec name, row 2').fill('Length');
  await page.getByLabel('Spec value, row 2').fill('112');
  await page.getByLabel('Unit, row 2').fill('cm');

  // Tags
  await addChips(page, 'Tags', ['new', 'summer', 'new']);

  // Size chart
  await page.getByRole('button', { name: 'Create size chart' }).click();
  await page.getByLabel('Chest, size S').fill('84-88');
  await page.getByLabel('Length, size M').fill('112');

  // Copy in two locales side by side, bullets, keywords, a channel title
  await page.getByLabel(`Title (${ZH})`, { exact: true }).fill('法式亚麻连衣裙 收腰显瘦');
  await page.getByLabel(`Title (${EN})`, { exact: true }).fill('French Linen Midi Dress, Cinched Waist');
  await page.getByLabel(`Subtitle (${EN})`, { exact: true }).fill('Breathable linen for summer');
  await page.locator('#f-copy-en-US-bullets').click();
  await page.getByLabel(`Bullet 1 (${EN})`, { exact: true }).fill('100% European linen');
  await page.getByLabel(`Description (${ZH})`, { exact: true }).fill('透气亚麻面料，夏季必备。');
  await addChips(page, `Secondary keywords (${EN})`, ['linen dress', 'midi']);
  await page.getByLabel(`Add a channel title in ${ZH}`).selectOption({ label: 'Taobao' });
  await page.getByLabel(`Title for Taobao (${ZH})`).fill('2026夏季新款 法式亚麻连衣裙');

  // Ready, now that nothing is wrong
  await expect(page.getByText('No issues. This listing can be marked Ready.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('ready');
  await waitSaved(page);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Basics' })).toBeVisible();
  await expect(page.getByLabel('SPU code', { exact: true })).toHaveValue('DR-2407');
  await expect(page.getByLabel('Category', { exact: true })).toHaveValue('Women > Dresses');
  await expect(page.getByLabel('Brand', { exact: true })).toHaveValue('Shanye 山野');
  await expect(page.getByLabel('Currency', { exact: true })).toHaveValue('USD');
  await expect(page.getByText('4 SKUs', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Price, SKU DR-2407-BLACK-M', { exact: true })).toHaveValue('59.90');
  await expect(page.getByLabel('List price, SKU DR-2407-BLACK-M', { exact: true })).toHaveValue('79.90');
  await expect(page.getByLabel('Stock, SKU DR-2407-RED-M', { exact: true })).toHaveValue('25');
  await expect(page.getByLabel('Cost, SKU DR-2407-RED-S', { exact: true })).toHaveValue('21');
  await expect(page.getByLabel('Barcode, SKU DR-2407-RED-S', { exact: true })).toHaveValue('6901234567892');
  await expect(page.getByLabel('Spec value, row 1')).toHaveValue('100% linen');
  await expect(page.getByLabel('Unit, row 2')).toHaveValue('cm');
  await expect(page.getByRole('button', { name: 'Remove summer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove new' })).toHaveCount(1);
  await expect(page.getByLabel('Chest, size S')).toHaveValue('84-88');
  await expect(page.getByLabel(`Title (${ZH})`, { exact: true })).toHaveValue('法式亚麻连衣裙 收腰显瘦');
  await expect(page.getByLabel(`Subtitle (${EN})`, { exact: true })).toHaveValue('Breathable linen for summer');
  await expect(page.getByLabel(`Bullet 1 (${EN})`, { exact: true })).toHaveValue('100% European linen');
  await expect(page.getByLabel(`Description (${ZH})`, { exact: true })).toHaveValue('透气亚麻面料，夏季必备。');
  await expect(page.getByRole('button', { name: 'Remove midi' })).toBeVisible();
  await expect(page.getByLabel(`Title for Taobao (${ZH})`)).toHaveValue('2026夏季新款 法式亚麻连衣裙');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('ready');

  // And the catalog shows it.
  await page.getByRole('button', { name: 'Back to catalog' }).click();
  await expect(page.getByTestId('catalog-row').filter({ hasText: 'DR-2407' })).toContainText('Ready');
});

test('an invalid listing is saved as a draft with its problems shown; undo and redo work', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New listing' }).first().click();
  await page.getByLabel('SPU code', { exact: true }).fill('TS-1');
  await page.getByRole('button', { name: 'Add SKU' }).click();
  const price = page.locator('#f-skus-0-price');
  await price.fill('-3');
  await expect(page.getByText(/price of SKU .* is negative/).first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('ready');
  await expect(page.getByText(/Stays Draft until the errors are fixed/)).toBeVisible();
  await waitSaved(page);

  // Undo brings back the previous price; redo restores the typed one.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(price).toHaveValue('');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(price).toHaveValue('-3');

  // Nothing typed is lost: the invalid value survives a reload, still as a draft.
  await waitSaved(page);
  await page.reload();
  await expect(page.locator('#f-skus-0-price')).toHaveValue('-3');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('draft');

  // Clicking an issue takes the user to the field.
  await page.getByRole('button', { name: /price of SKU .* is negative/ }).click();
  await expect(page.locator('#f-skus-0-price')).toBeFocused();
});
