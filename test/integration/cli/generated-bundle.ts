import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { writeBundle } from '../../../electron/services/bundle-files';
import { hashFile } from '../../../electron/services/asset-files';
import { generateSampleListings } from '../../../shared/sample/generate';

/*
 * A launch bundle of `count` generated listings (shared/sample/generate.ts) for push tests. Each
 * gets one main photo out of a few small plain JPEGs, so rendering is cached after the first few
 * and the time goes into the push itself.
 */

const COLOURS = [
  { r: 236, g: 232, b: 223 }, { r: 43, g: 43, b: 46 }, { r: 111, g: 143, b: 179 }, { r: 125, g: 36, b: 54 }, { r: 107, g: 112, b: 70 },
];

export async function writeGeneratedBundle(workDir: string, count: number): Promise<{ dir: string; spuCodes: string[] }> {
  const photos = join(workDir, 'photos');
  await mkdir(photos, { recursive: true });
  const files = new Map<string, string>();
  for (const [i, background] of COLOURS.entries()) {
    const path = join(photos, `p${i}.jpg`);
    await sharp({ create: { width: 800, height: 800, channels: 3, background } }).jpeg({ quality: 70 }).toFile(path);
    files.set(await hashFile(path), path);
  }
  const hashes = [...files.keys()];
  const listings = generateSampleListings(count, { seed: 6 }).map((listing, i) => ({
    ...listing,
    images: [{ assetId: hashes[i % hashes.length] ?? '', role: 'main' as const, order: 0 }],
  }));
  const dir = join(workDir, 'bundle');
  const written = await writeBundle(dir, { listings, imagePath: (id) => files.get(id) ?? null, createdAt: new Date(Date.UTC(2026, 10, 25)) });
  if (!written.ok) throw new Error(`writeBundle refused: ${JSON.stringify(written.errors.slice(0, 3))}`);
  return { dir, spuCodes: listings.map((l) => l.spuCode) };
}
