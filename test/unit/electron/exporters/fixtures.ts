import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { ImageRef, Listing } from '../../../../shared/model/listing';
import type { ExportImage, ExportItem } from '../../../../electron/services/exporters';

const copy = (title: string) => ({
  title,
  subtitle: '轻薄透气, "夏季" 首选',
  bullets: ['100% 棉, 亲肤', 'Says "hi"\nsecond line'],
  description: '第一段，含逗号, and "quotes"\n第二段',
  keywords: ['连衣裙', 'dress'],
  primaryKeywords: [],
  titleOverrides: {},
});

/** 2 colours × 2 sizes, with commas, quotes, line breaks and Chinese in the copy. */
export function handBuiltListing(): Listing {
  const combos = [['黑色', 'S'], ['黑色', 'M'], ['白色', 'S'], ['白色', 'M']] as const;
  return {
    id: 'lst-1',
    spuCode: 'DR26S-00001',
    categoryPath: ['女装', '连衣裙'],
    brand: 'Acme, Inc.',
    status: 'ready',
    currency: 'CNY',
    options: [
      { id: 'ax1', name: '颜色', values: ['黑色', '白色'] },
      { id: 'ax2', name: '尺码', values: ['S', 'M'] },
    ],
    skus: combos.map(([c, s], i) => ({
      id: `sku-${i}`,
      code: `DR26S-00001-${c === '黑色' ? 'BK' : 'WH'}-${s}`,
      optionValues: [c, s],
      price: i < 2 ? '199' : '89.9',
      compareAtPrice: i === 0 ? '259.00' : '',
      cost: '50',
      stock: String(10 + i),
      barcode: i === 0 ? '6901234567892' : '',
    })),
    specs: [],
    tags: ['夏季', 'new, hot'],
    sizeChart: null,
    copy: { 'zh-CN': copy('连衣裙, "法式" 碎花\n夏'), 'en-US': copy('Floral dress, "French" style') },
    images: [],
    overrides: [],
    createdAt: 0,
    updatedAt: 0,
    revision: 1,
  };
}

export const HAND_IMAGE_REFS: ImageRef[] = [
  { assetId: 'g2', role: 'gallery', order: 2 },
  { assetId: 'm', role: 'main', order: 0 },
  { assetId: 'g1', role: 'gallery', order: 1 },
  { assetId: 'vb', role: 'variant', order: 0, variantValue: '黑色' },
  { assetId: 'vw', role: 'variant', order: 1, variantValue: '白色' },
  { assetId: 'd1', role: 'detail', order: 0 },
  { assetId: 'w', role: 'white', order: 0 },
];

/** Writes one small file per ref (content = asset id) and returns the export images. */
export async function writeRenditions(dir: string, refs: readonly ImageRef[], prefix = ''): Promise<ExportImage[]> {
  return Promise.all(
    refs.map(async (ref) => {
      const filePath = join(dir, `${prefix}${ref.assetId}.jpg`);
      await writeFile(filePath, `jpeg:${prefix}${ref.assetId}`);
      return { ref, filePath };
    }),
  );
}

export async function handBuiltItem(dir: string): Promise<ExportItem> {
  return { listing: handBuiltListing(), images: await writeRenditions(dir, HAND_IMAGE_REFS) };
}

/** Main + 2 gallery images for a generated listing, plus one variant image per colour. */
export async function sampleItem(dir: string, listing: Listing): Promise<ExportItem> {
  const colours = listing.options[0]?.values ?? [];
  const refs: ImageRef[] = [
    { assetId: 'main', role: 'main', order: 0 },
    { assetId: 'g1', role: 'gallery', order: 1 },
    { assetId: 'g2', role: 'gallery', order: 2 },
    ...colours.map((c, i): ImageRef => ({ assetId: `v${i}`, role: 'variant', order: i, variantValue: c })),
  ];
  return { listing, images: await writeRenditions(dir, refs, `${listing.spuCode}-`) };
}

/** Relative paths inside the zip, with the top folder stripped, sorted. */
export async function zipEntries(zipPath: string, folderName: string): Promise<string[]> {
  const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
  return Object.keys(entries)
    .filter((k) => !k.endsWith('/'))
    .map((k) => {
      if (!k.startsWith(`${folderName}/`)) throw new Error(`zip entry outside the package folder: ${k}`);
      return k.slice(folderName.length + 1);
    })
    .sort();
}

export const NOW = new Date(2026, 8, 15, 9, 30);
