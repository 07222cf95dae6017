import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImagePool } from '../../../electron/services/image-pool';
import { heicBytes, noisy, startPool, testRule, writePngBomb, WORKER_TEST_TIMEOUT_MS } from './fixtures';

let dir: string;
let pool: ImagePool;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shelfready-bad-images-'));
  pool = startPool(2);
}, WORKER_TEST_TIMEOUT_MS);

afterAll(async () => {
  await pool.close();
  await rm(dir, { recursive: true, force: true });
}, WORKER_TEST_TIMEOUT_MS);

/** Each bad input must give its code from probe, thumbnail and render alike. */
async function expectCode(path: string, code: string): Promise<void> {
  const out = join(dir, 'out', 'x.jpg');
  const outcomes = await Promise.all([pool.probe(path), pool.thumbnail(path, join(dir, 'out', 'x.webp'), 64), pool.render(path, testRule(), out)]);
  for (const outcome of outcomes) expect(outcome).toMatchObject({ ok: false, code });
}

describe('bad input gives a per-file code, never a throw', { timeout: WORKER_TEST_TIMEOUT_MS }, () => {
  it('zero-byte file → empty-file', async () => {
    const path = join(dir, 'empty.jpg');
    await writeFile(path, '');
    await expectCode(path, 'empty-file');
  });

  it('truncated JPEG → truncated', async () => {
    const whole = join(dir, 'whole.jpg');
    await noisy(1200, 900).jpeg().toFile(whole);
    const bytes = await readFile(whole);
    const path = join(dir, 'truncated.jpg');
    await writeFile(path, bytes.subarray(0, Math.round(bytes.length * 0.6)));
    await expectCode(path, 'truncated');
  });

  it('truncated PNG → truncated', async () => {
    const whole = join(dir, 'whole.png');
    await noisy(600, 600).png().toFile(whole);
    const bytes = await readFile(whole);
    const path = join(dir, 'truncated.png');
    await writeFile(path, bytes.subarray(0, Math.round(bytes.length * 0.6)));
    await expectCode(path, 'truncated');
  });

  it('text file named .jpg → not-an-image', async () => {
    const path = join(dir, 'notes.jpg');
    await writeFile(path, 'Supplier notes: colours red, blue.\nNot a picture at all.\n');
    await expectCode(path, 'not-an-image');
  });

  it('20000×20000 PNG (decompression bomb) → too-many-pixels, quickly', async () => {
    const path = join(dir, 'bomb.png');
    await writePngBomb(path);
    expect((await sharp(path, { limitInputPixels: false }).metadata()).width).toBe(20000);
    const started = Date.now();
    await expectCode(path, 'too-many-pixels');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('HEIC (by its ftyp brand) → unsupported-format', async () => {
    const path = join(dir, 'IMG_0001.heic');
    await writeFile(path, heicBytes());
    await expectCode(path, 'unsupported-format');
  });

  it.each([
    ['xlink:href to http', '<image xlink:href="http://example.com/a.png" width="10" height="10"/>'],
    ['href to a local file', '<image href="file:///etc/passwd" width="10" height="10"/>'],
    ['protocol-relative href', '<use href="//evil.example/x.svg#a"/>'],
    ['CSS url()', '<rect width="10" height="10" style="fill:url(http://example.com/p.svg#g)"/>'],
  ])('SVG with %s → svg-refused', async (_name, body) => {
    const path = join(dir, 'external.svg');
    await writeFile(path, `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">${body}</svg>`);
    await expectCode(path, 'svg-refused');
  });

  it('SVG with an entity declaration → svg-refused', async () => {
    const path = join(dir, 'entity.svg');
    await writeFile(path, '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>');
    await expectCode(path, 'svg-refused');
  });

  it('plain SVG (with internal #refs) is rasterized', async () => {
    const path = join(dir, 'logo.svg');
    await writeFile(path, '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><defs><linearGradient id="g"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient></defs><rect width="300" height="200" fill="url(#g)"/></svg>');
    const probed = await pool.probe(path);
    expect(probed).toMatchObject({ ok: true, value: { format: 'svg', width: 300, height: 200 } });
    const rendered = await pool.render(path, testRule(), join(dir, 'out', 'logo.jpg'));
    expect(rendered).toMatchObject({ ok: true, value: { width: 300, height: 200, format: 'jpeg' } });
  });

  it('missing file → file-gone', async () => {
    await expectCode(join(dir, 'never-there.jpg'), 'file-gone');
  });

  it('file removed while queued behind another job → file-gone, and the pool carries on', async () => {
    const busy = startPool(1);
    try {
      const path = join(dir, 'vanishing.jpg');
      await noisy(400, 400).jpeg().toFile(path);
      const blocker = busy.run({ op: 'test', args: { sleepMs: 300 } });
      const job = busy.probe(path);
      await rm(path);
      expect(await job).toMatchObject({ ok: false, code: 'file-gone' });
      expect(await blocker).toEqual({ ok: true, value: 'done' });
      await noisy(400, 400).jpeg().toFile(path);
      expect(await busy.probe(path)).toMatchObject({ ok: true });
    } finally {
      await busy.close();
    }
  });
});
