import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from '../fixtures';

/*
 * The asset IPC end to end: the page calls window.api, the harness's binding carries the call to
 * the same handlers main registers, the asset store stores the files and the real worker pool
 * decodes them. Image bytes cross as Uint8Array in both directions.
 */

// Worker processes start on first use; on a loaded 2-core machine that alone can take seconds.
test.describe.configure({ timeout: 60_000 });

async function writePhoto(dir: string, name: string, width = 1200, height = 900): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 60 } } })
    .jpeg({ quality: 85 })
    .toFile(path);
  return path;
}

test('importPaths stores a JPEG and returns its meta; a corrupt file in the same call gets its code', async ({ app }, testInfo) => {
  const inbox = testInfo.outputPath('inbox');
  const good = await writePhoto(inbox, 'WM26F-00164_1.jpg');
  const bad = join(inbox, 'WM26F-00164_2.jpg');
  await writeFile(bad, 'this is a text file named .jpg');
  const result = await app.page.evaluate((paths) => window.api.assets.importPaths({ paths }), [bad, good]);
  if (!result.ok) throw new Error(JSON.stringify(result));
  const [badResult, goodResult] = result.value.results;
  expect(badResult).toEqual({ name: 'WM26F-00164_2.jpg', path: bad, ok: false, error: 'not-an-image' });
  expect(goodResult).toMatchObject({ name: 'WM26F-00164_1.jpg', path: good, ok: true, isNew: true, meta: { format: 'jpeg', width: 1200, height: 900 } });
  if (goodResult?.ok !== true) throw new Error('expected the good file to import');
  const { hash } = goodResult.meta;
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  expect((await stat(join(app.dataDir, 'assets', hash.slice(0, 2), `${hash}.jpg`))).size).toBe((await stat(good)).size);

  // The same photo again: stored once.
  const again = await app.page.evaluate((paths) => window.api.assets.importPaths({ paths }), [good]);
  expect(again).toMatchObject({ ok: true, value: { results: [{ ok: true, isNew: false, meta: { hash } }] } });
});

test('thumbnail and rendition bytes reach the page as Uint8Array, intact', async ({ app }, testInfo) => {
  const good = await writePhoto(testInfo.outputPath('inbox'), 'WM26F-00164_1.jpg', 1000, 1000);
  const imported = await app.page.evaluate((paths) => window.api.assets.importPaths({ paths }), [good]);
  const first = imported.ok ? imported.value.results[0] : undefined;
  if (first?.ok !== true) throw new Error(JSON.stringify(imported));
  const { hash } = first.meta;

  const thumb = await app.page.evaluate(async (h) => {
    const r = await window.api.assets.thumbnail({ hash: h });
    if (!r.ok) return r;
    const { bytes, mime } = r.value;
    return { isUint8Array: bytes instanceof Uint8Array, length: bytes.length, head: new TextDecoder().decode(bytes.slice(8, 12)), mime, sum: bytes.reduce((a, b) => (a + b) % 65521, 0) };
  }, hash);
  const onDisk = await readFile(join(app.dataDir, 'thumbs', `${hash}.webp`));
  expect(thumb).toEqual({ isUint8Array: true, length: onDisk.length, head: 'WEBP', mime: 'image/webp', sum: onDisk.reduce((a, b) => (a + b) % 65521, 0) });

  const rendered = await app.page.evaluate((h) => window.api.renditions.render({ hash: h, channel: 'taobao', slot: 'main' }), hash);
  if (!rendered.ok) throw new Error(JSON.stringify(rendered));
  expect(rendered.value).toMatchObject({ assetHash: hash, ruleId: 'taobao.main.v1', isCached: false });
  const preview = await app.page.evaluate(async (key) => {
    const r = await window.api.renditions.preview({ key });
    return r.ok ? { isUint8Array: r.value.bytes instanceof Uint8Array, length: r.value.bytes.length, mime: r.value.mime } : r;
  }, rendered.value.key);
  expect(preview).toEqual({ isUint8Array: true, length: rendered.value.bytes, mime: `image/${rendered.value.format}` });
  const cached = await app.page.evaluate((h) => window.api.renditions.render({ hash: h, channel: 'taobao', slot: 'main' }), hash);
  expect(cached).toMatchObject({ ok: true, value: { key: rendered.value.key, isCached: true } });

  expect(await app.page.evaluate(() => window.api.assets.thumbnail({ hash: 'f'.repeat(64) }))).toMatchObject({ ok: false, error: { code: 'not-found' } });
});

test('importBytes takes a Uint8Array from the page (paste)', async ({ app }) => {
  const png = await sharp({ create: { width: 64, height: 48, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
  const result = await app.page.evaluate((data) => window.api.assets.importBytes({ name: 'pasted.png', bytes: new Uint8Array(data) }), [...png]);
  expect(result).toMatchObject({ ok: true, value: { name: 'pasted.png', path: '', ok: true, isNew: true, meta: { format: 'png', width: 64, height: 48, hasAlpha: true } } });
  const notBytes = await app.page.evaluate(() =>
    window.api.assets.importBytes({ name: 'x.png', bytes: [1, 2, 3] as unknown as Uint8Array<ArrayBuffer> }),
  );
  expect(notBytes).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
});

test.describe('files', () => {
  test.use({ harnessOptions: { pickPaths: ['/photos/WM26F-00164_1.jpg'], files: { 'WM26F-00164_2.jpg': '/photos/WM26F-00164_2.jpg' } } });

  test('files.pick returns what the dialog stand-in is given; files.pathFor maps registered test files', async ({ app }) => {
    expect(await app.page.evaluate(() => window.api.files.pick({}))).toEqual({ ok: true, value: { paths: ['/photos/WM26F-00164_1.jpg'] } });
    app.services.pickPaths = [];
    expect(await app.page.evaluate(() => window.api.files.pick({}))).toEqual({ ok: true, value: { paths: [] } });
    await app.registerDropFile('/elsewhere/ABC_white.png');
    const paths = await app.page.evaluate(() =>
      ['WM26F-00164_2.jpg', 'ABC_white.png', 'unknown.jpg'].map((name) => window.api.files.pathFor(new File([], name))),
    );
    expect(paths).toEqual(['/photos/WM26F-00164_2.jpg', '/elsewhere/ABC_white.png', '']);
  });
});

test('the watched folder imports a new file and raises assets:watched', async ({ app }, testInfo) => {
  const folder = testInfo.outputPath('designer');
  await mkdir(folder, { recursive: true });
  const watched = app.page.evaluate(() => new Promise((resolve) => window.api.on('assets:watched', (payload) => resolve(payload))));
  expect(await app.page.evaluate((f) => window.api.settings.update({ watchedFolder: f }), folder)).toMatchObject({ ok: true, value: { watchedFolder: folder } });
  const path = await writePhoto(folder, 'WM26F-00164_燕麦色_1.jpg', 800, 800);
  expect(await watched).toMatchObject({ results: [{ name: 'WM26F-00164_燕麦色_1.jpg', path, ok: true, isNew: true, meta: { width: 800 } }] });
});
