import { expect, test } from '../fixtures';
import type { Locator } from '@playwright/test';
import { seedSampleCatalog } from '../harness/seed';

const titlesOf = (rows: Locator) => rows.locator('.col-title').allInnerTexts();

test.use({ harnessOptions: { osLocale: 'en-US', locale: 'en-US', viewport: { width: 1440, height: 900 } } });

test('a 10,000-listing catalog opens, and search, filters and sort work', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await seedSampleCatalog(app, 10_000, { seed: 7 });
  const rows = page.getByTestId('catalog-row');
  await expect(rows.first()).toBeVisible();
  // Virtualized: 10,000 listings, only a screenful of rows in the DOM.
  expect(await rows.count()).toBeLessThan(100);
  const count = page.locator('.catalog-count');
  await expect(count).toContainText(/of 10,000 listings|10,000 listings/);

  const search = page.getByRole('searchbox', { name: 'Search listings' });
  await search.pressSequentially('sweater');
  // Results follow the typing (deferred rendering), so poll until every visible title matches.
  await expect.poll(() => titlesOf(rows), { message: 'every row mentions sweater' }).toEqual(expect.arrayContaining([expect.stringMatching(/sweater/i)]));
  await expect.poll(async () => (await titlesOf(rows)).every((t) => /sweater/i.test(t))).toBe(true);
  await expect(count).toContainText(/\d[\d,]* of 10,000 listings/);

  // Several words narrow the result (AND), Chinese too.
  await search.fill('');
  await search.pressSequentially('羊毛 sweater');
  await expect.poll(async () => {
    const titles = await titlesOf(rows);
    return titles.length > 0 && titles.every((t) => t.includes('羊毛') && /sweater/i.test(t));
  }).toBe(true);

  // An SPU code finds exactly that listing.
  await search.fill('');
  const code = (await rows.first().locator('.col-code').innerText()).trim();
  await search.fill(code);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(code);

  // Nothing matches: say so and offer to clear.
  await search.fill('zzzz-no-such-product');
  await expect(page.getByText('Nothing matches “zzzz-no-such-product”')).toBeVisible();
  await page.getByRole('region', { name: /Nothing matches/ }).getByRole('button', { name: 'Clear filters' }).click();
  await expect(search).toHaveValue('');

  // Status filter: only ready listings.
  await page.getByRole('combobox', { name: /^Status/ }).selectOption('ready');
  await expect(rows.first()).toBeVisible();
  await expect.poll(async () => (await rows.locator('.col-status').allInnerTexts()).every((x) => x.trim() === 'Ready')).toBe(true);
});

test('create, duplicate, archive and delete with confirmation from the catalog', async ({ app }) => {
  const { page } = app;
  await seedSampleCatalog(app, 3, { seed: 11 });
  const rows = page.getByTestId('catalog-row');
  await expect(rows).toHaveCount(3);
  const code = (await rows.first().locator('.col-code').innerText()).trim();

  await rows.first().getByRole('button', { name: /Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(rows).toHaveCount(4);
  await expect(page.getByTestId('catalog-row').filter({ hasText: `${code}-COPY` })).toHaveCount(1);

  const copyRow = rows.filter({ hasText: `${code}-COPY` });
  await copyRow.getByRole('button', { name: /Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Archive' }).click();
  // Archived listings leave the default "Not archived" view but are still there.
  await expect(rows).toHaveCount(3);
  await page.getByRole('combobox', { name: /^Status/ }).selectOption('archived');
  await expect(rows).toHaveCount(1);

  await rows.first().getByRole('button', { name: /Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(`${code}-COPY`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('button', { name: /Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete listing' }).click();
  await expect(page.getByText('No listings match these filters')).toBeVisible();
  await page.getByRole('combobox', { name: /^Status/ }).selectOption('all');
  await expect(rows).toHaveCount(3);
});
