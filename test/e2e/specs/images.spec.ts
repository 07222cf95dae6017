import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { createEmptyCopy, createListing } from '../../../shared/model';
import { expect, test } from '../fixtures';
import type { Harness } from '../harness/launch';
import { seedListings } from '../harness/seed';

/*
 * Designer drop-in: photos named by the convention are dropped on a listing's image section,
 * imported through the real asset store and worker (sharp), attached by role and colour, and
 * rendered per channel with pass/fail badges and reasons. Screenshots in both languages.
 */
const OUT = join(import.meta.dirname, '../../../test-results/screenshots');
const CODE = 'E2E-IMG-01';

/** A square photo: a dark "product" on a background; grey fails white-background rules. */
async function photo(path: string, background: string, size = 1200, productColour = '#2c3e66'): Promise<void> {
  const product = await sharp({ create: { width: Math.round(size * 0.7), height: Math.round(size * 0.8), channels: 3, background: productColour } }).png().toBuffer();
  await sharp({ create: { width: size, height: size, channels: 3, background } })
    .composite([{ input: product, gravity: 'centre' }])
    .jpeg({ quality: 88 })
    .toFile(path);
}

async function preparePhotos(app: Harness, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: Array<[string, () => Promise<void>]> = [
    [`${CODE}_1.jpg`, () => photo(join(dir, `${CODE}_1.jpg`), '#8f9399')],
    [`${CODE}_2.jpg`, () => photo(join(dir, `${CODE}_2.jpg`), '#ffffff', 1200, '#a0522d')],
    [`${CODE}_white.jpg`, () => photo(join(dir, `${CODE}_white.jpg`), '#ffffff', 900, '#3a6b35')],
    [`${CODE}_Navy_1.jpg`, () => photo(join(dir, `${CODE}_Navy_1.jpg`), '#ffffff', 1000, '#1f2a44')],
    [`${CODE}_oatmeal_1.jpg`, () => photo(join(dir, `${CODE}_oatmeal_1.jpg`), '#ffffff', 1000, '#1f2a44')],
    ['holiday-snap.jpg', () => photo(join(dir, 'holiday-snap.jpg'), '#d9e4f0', 800, '#c0392b')],
    [`${CODE}_3.jpg`, () => writeFile(join(dir, `${CODE}_3.jpg`), 'this is not a JPEG')],
  ];
  for (const [name, make] of files) {
    await make();
    await app.registerDropFile(join(dir, name), name);
  }
  return files.map(([name]) => name);
}

/** Drops Files with these names the way a browser does; the harness maps each name to its test file. */
async function dropFiles(page: Page, selector: string, names: string[]): Promise<void> {
  await page.locator(selector).evaluate((el, fileNames) => {
    const dt = new DataTransfer();
    for (const n of fileNames) dt.items.add(new File([new Uint8Array([0])], n, { type: 'image/jpeg' }));
    for (const type of ['dragenter', 'dragover', 'drop']) el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, names);
}

const LANGUAGES = [
  { lang: 'en', os: 'en-US', images: 'Images', report: 'Imported images', main: 'Main image', gallery: 'Gallery', taobao: 'Taobao', amazon: 'Amazon', pass: 'Passes', fail: 'Fails', notWhite: /background is not white/, notImage: /not an image/, navy: 'Colour: Navy', moveUp: 'Move holiday-snap.jpg earlier', dup: /same photo is used for different colours/ },
  { lang: 'zh-CN', os: 'zh-CN', images: '图片', report: '图片导入结果', main: '主图', gallery: '副图/轮播图', taobao: '淘宝', amazon: '亚马逊', pass: '通过', fail: '不通过', notWhite: /背景不是白色/, notImage: /不是图片文件/, navy: '颜色：Navy', moveUp: '将 holiday-snap.jpg 前移', dup: /不同颜色用了同一张照片/ },
] as const;

for (const l of LANGUAGES) {
  test.describe(`in ${l.lang}`, () => {
    test.use({ harnessOptions: { osLocale: l.os, locale: l.lang, viewport: { width: 1440, height: 900 } } });

    test('drop photos on a listing: thumbnails by role, channel preview with pass/fail and reasons', async ({ app }, testInfo) => {
      test.setTimeout(120_000);
      const { page } = app;
      const listing = createListing(Date.now(), {
        spuCode: CODE,
        options: [{ id: 'c', name: 'Colour', values: ['Navy', 'Oatmeal'] }],
        copy: { 'zh-CN': { ...createEmptyCopy(), title: '羊毛混纺大衣' } },
      });
      const names = await preparePhotos(app, testInfo.outputPath('photos'));
      await seedListings(app, [listing], `/#/listing/${listing.id}`);
      const section = page.locator('#sec-images');
      await expect(section.getByRole('heading', { name: l.images, exact: true })).toBeVisible();

      await dropFiles(page, '[data-testid="image-drop-zone"]', names);
      const report = page.getByRole('status', { name: l.report });
      await expect(report).toBeVisible({ timeout: 30_000 });
      // The broken file is listed with a message that says what to do; the others attach.
      await expect(report.getByText(`${CODE}_3.jpg`)).toBeVisible();
      await expect(report.getByText(l.notImage)).toBeVisible();

      const panelOfImages = page.getByTestId('image-panel');
      const mainGroup = panelOfImages.getByRole('region', { name: l.main, exact: true });
      await expect(mainGroup.getByRole('img')).toHaveCount(1, { timeout: 20_000 });
      await expect(mainGroup.getByText('1200 × 1200')).toBeVisible();
      // The file with no code joined the gallery at the end, after _2.
      const gallery = panelOfImages.getByRole('region', { name: l.gallery, exact: true }).getByRole('listitem');
      await expect(gallery).toHaveCount(2);
      await expect(gallery.nth(1)).toContainText('holiday-snap.jpg');
      // Reorder from the keyboard: the move button puts it first, and undo puts it back.
      await gallery.nth(1).getByRole('button', { name: l.moveUp }).click();
      await expect(gallery.nth(0)).toContainText('holiday-snap.jpg');
      await page.keyboard.press('Control+z');
      await expect(gallery.nth(1)).toContainText('holiday-snap.jpg');
      await expect(panelOfImages.getByRole('region', { name: l.navy }).getByRole('img')).toHaveCount(1);
      await page.getByRole('navigation', { name: /^(Sections|编辑分区)$/ }).getByRole('button', { name: new RegExp(`^${l.images}`) }).click();
      await expect(section.getByRole('heading', { name: l.images, exact: true })).toBeInViewport();
      await page.screenshot({ path: join(OUT, `images-section-${l.lang}.png`) });

      // Taobao: the grey main image passes (no white-background rule for Taobao's main).
      const preview = page.getByTestId('channel-preview');
      const tabs = preview.getByRole('tablist');
      await tabs.getByRole('tab', { name: l.taobao, exact: true }).click();
      const panel = preview.getByRole('tabpanel');
      const mainSlot = panel.getByRole('region', { name: l.main, exact: true });
      await expect(mainSlot.locator('.badge.verdict')).toHaveText(new RegExp(`^${l.pass}`), { timeout: 30_000 });
      // The same photo on two colours is flagged.
      await expect(panel.getByText(l.dup)).toBeVisible();

      // Amazon: the grey main image fails the white-background main image rule, with its reason and source.
      await tabs.getByRole('tab', { name: l.amazon, exact: true }).click();
      const amazonMain = panel.getByRole('region', { name: l.main, exact: true });
      await expect(amazonMain.locator('.badge.verdict')).toHaveText(l.fail, { timeout: 30_000 });
      await expect(amazonMain.getByText(l.notWhite)).toBeVisible();
      await expect(amazonMain.getByText(/amazon\.main\.v1/).first()).toBeVisible();
      await expect(amazonMain.locator('.rendition-img img')).toHaveCount(2);
      await preview.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(OUT, `images-preview-${l.lang}.png`) });
    });
  });
}

test.describe('paste and file picker', () => {
  test.use({ harnessOptions: { osLocale: 'en-US', locale: 'en-US', viewport: { width: 1440, height: 900 } } });

  test('a pasted screenshot and files chosen in the dialog join the open listing', async ({ app }, testInfo) => {
    test.setTimeout(90_000);
    const { page } = app;
    const listing = createListing(Date.now(), { spuCode: 'PASTE-1' });
    const picked = testInfo.outputPath('picked', 'PASTE-1_1.jpg');
    await mkdir(testInfo.outputPath('picked'), { recursive: true });
    await photo(picked, '#ffffff', 900);
    app.services.pickPaths = [picked];
    const pasted = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#3366aa' } }).png().toBuffer();
    await seedListings(app, [listing], `/#/listing/${listing.id}`);
    const panel = page.getByTestId('image-panel');
    await expect(page.getByTestId('image-drop-zone')).toBeVisible();

    // A screenshot on the clipboard has no file on disk: it crosses as bytes (assets:importBytes).
    await page.evaluate((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }));
      window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
    }, [...pasted]);
    const gallery = panel.getByRole('region', { name: 'Gallery', exact: true });
    await expect(gallery.getByRole('img')).toHaveCount(1, { timeout: 30_000 });
    await expect(gallery.getByText('640 × 480')).toBeVisible();

    // "Choose files…" goes through the OS dialog (files:pick) and the same import path as a drop.
    await page.getByRole('button', { name: 'Choose files…' }).click();
    const main = panel.getByRole('region', { name: 'Main image', exact: true });
    await expect(main.getByRole('img')).toHaveCount(1, { timeout: 30_000 });
    await expect(main.getByText('900 × 900')).toBeVisible();
  });
});

test.describe('catalog', () => {
  test.use({ harnessOptions: { osLocale: 'en-US', locale: 'en-US', viewport: { width: 1440, height: 900 } } });

  test('drop photos on the catalog: attached to listings by name, unmatched and failed files listed', async ({ app }, testInfo) => {
    test.setTimeout(90_000);
    const { page } = app;
    const dir = testInfo.outputPath('photos');
    await mkdir(dir, { recursive: true });
    const a = createListing(1000, { spuCode: 'CAT-A', options: [{ id: 'c', name: 'Colour', values: ['Red'] }] });
    const b = createListing(2000, { spuCode: 'CAT-B' });
    const names = ['CAT-A_1.jpg', 'cat-a_red_1.jpg', 'CAT-B_1.jpg', 'CAT-B_detail_1.jpg', 'NOPE-9_1.jpg', 'random.jpg'];
    for (const [i, name] of names.entries()) {
      await photo(join(dir, name), '#ffffff', 600, `#${(0x203040 + i * 0x101010).toString(16)}`);
      await app.registerDropFile(join(dir, name), name);
    }
    await writeFile(join(dir, 'CAT-B_2.heic'), 'ftypheic not really');
    await app.registerDropFile(join(dir, 'CAT-B_2.heic'), 'CAT-B_2.heic');
    await seedListings(app, [a, b], '/');
    await expect(page.getByTestId('catalog-row')).toHaveCount(2);

    await dropFiles(page, '[data-testid="catalog-drop-target"]', [...names, 'CAT-B_2.heic']);
    const report = page.getByRole('status', { name: 'Imported images' });
    await expect(report).toContainText('4 attached to 2 listings, 2 unmatched, 1 failed', { timeout: 30_000 });
    await expect(report.getByRole('list', { name: 'Unmatched files' })).toContainText('No listing has the code NOPE-9');
    await expect(report.getByRole('list', { name: 'Unmatched files' })).toContainText('random.jpg');
    await expect(report.getByRole('list', { name: 'Files that could not be read' })).toContainText('CAT-B_2.heic');

    // Stored on the listings: open B and see its main and detail images.
    await page.getByTestId('catalog-row').filter({ hasText: 'CAT-B' }).click();
    const panel = page.getByTestId('image-panel');
    await expect(panel.getByRole('region', { name: 'Main image', exact: true }).getByRole('img')).toHaveCount(1);
    await expect(panel.getByRole('region', { name: 'Detail images', exact: true }).getByRole('img')).toHaveCount(1);
  });
});

test.describe('watched designer folder', () => {
  test.use({ harnessOptions: { osLocale: 'en-US', locale: 'en-US', viewport: { width: 1440, height: 900 } } });

  test('set in settings; a photo saved there is attached to its listing with a notice, also into the open editor', async ({ app }, testInfo) => {
    test.setTimeout(90_000);
    const { page } = app;
    const folder = testInfo.outputPath('designer');
    await mkdir(folder, { recursive: true });
    const listing = createListing(1000, { spuCode: 'WATCH-1' });
    await seedListings(app, [listing], '/#/settings');

    await page.getByLabel('Folder path').fill(folder);
    // Scoped to the folder's card: the channel account cards below have Save buttons too.
    await page.locator('section.card', { has: page.getByLabel('Folder path') }).getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved. New photos in this folder are attached as they appear.')).toBeVisible();

    // The listing is open in the editor while the designer saves: the photo lands in its working copy.
    await page.goto(`${app.baseUrl}/#/listing/${listing.id}`);
    await expect(page.getByTestId('image-panel')).toBeVisible();
    await photo(join(folder, 'WATCH-1_1.jpg'), '#ffffff', 800);
    await photo(join(folder, 'nobody_1.jpg'), '#ffffff', 800, '#884422');
    const notice = page.getByRole('status', { name: 'New photos from the watched folder' });
    await expect(notice).toContainText('1 attached to 1 listing, 1 unmatched, 0 failed', { timeout: 30_000 });
    await expect(page.getByTestId('image-panel').getByRole('region', { name: 'Main image', exact: true }).getByRole('img')).toHaveCount(1);
    // Undo takes it out again: it went through the editor's history, not around it.
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect(page.getByTestId('image-panel').getByRole('region', { name: 'Main image', exact: true })).toHaveCount(0);
  });

  test('chosen with the folder dialog; cancelling the dialog changes nothing', async ({ app }, testInfo) => {
    const { page } = app;
    const folder = testInfo.outputPath('picked-folder');
    await mkdir(folder, { recursive: true });
    await page.goto(`${app.baseUrl}/#/settings`);
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(page.getByLabel('Folder path')).toHaveValue('');

    app.services.pickFolderPath = folder;
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(page.getByText('Saved. New photos in this folder are attached as they appear.')).toBeVisible();
    await expect(page.getByLabel('Folder path')).toHaveValue(folder);
    expect(await page.evaluate(() => window.api.settings.get({}))).toMatchObject({ ok: true, value: { watchedFolder: folder } });
  });
});
