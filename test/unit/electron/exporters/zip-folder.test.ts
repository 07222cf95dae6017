import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../../../electron/services/exporters/zip-folder';
import { useTempDirs } from '../temp-dir';

const tempDir = useTempDirs();

describe('zipFiles', () => {
  it('zips files from disk byte for byte under the folder prefix, images stored and data deflated', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'images'));
    const image = randomBytes(300_000);
    const csv = Buffer.from('Handle,Title\r\nA,"连衣裙, 夏季"\r\n'.repeat(2000));
    await writeFile(join(dir, 'images', 'a_1.jpg'), image);
    await writeFile(join(dir, 'products.csv'), csv);
    const zipPath = join(dir, 'out.zip');
    await zipFiles(zipPath, dir, ['products.csv', 'images/a_1.jpg'], 'shopify-20261125/');
    const zipped = await readFile(zipPath);
    const entries = unzipSync(new Uint8Array(zipped));
    expect(Object.keys(entries).sort()).toEqual(['shopify-20261125/images/a_1.jpg', 'shopify-20261125/products.csv']);
    expect(Buffer.from(entries['shopify-20261125/images/a_1.jpg'] ?? []).equals(image)).toBe(true);
    expect(Buffer.from(entries['shopify-20261125/products.csv'] ?? []).equals(csv)).toBe(true);
    // The repetitive CSV deflates; the random "image" is stored, so the zip is about its size.
    expect(zipped.length).toBeLessThan(image.length + csv.length / 4);
  });

  it('fails on a missing file instead of writing a partial zip silently', async () => {
    const dir = await tempDir();
    await expect(zipFiles(join(dir, 'out.zip'), dir, ['gone.jpg'], 'x/')).rejects.toThrow();
  });
});
