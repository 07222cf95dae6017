import { join } from 'node:path';
import sharp from 'sharp';
import type { PushImage } from '../../../electron/services/connectors/types';
import type { Copy, Listing } from '../../../shared/model/listing';

/** A dress in 2 colours × 2 sizes with Chinese and English copy; images are drawn at test time. */

function copy(over: Partial<Copy>): Copy {
  return { title: '', subtitle: '', bullets: [], description: '', keywords: [], primaryKeywords: [], titleOverrides: {}, ...over };
}

export function dressListing(): Listing {
  const colours = [['红色', 'RED'], ['黑色', 'BLK']] as const;
  const sizes = [['S', '199.00', '10'], ['M', '209.50', '0']] as const;
  return {
    id: 'listing-1',
    spuCode: 'DR26S-00001',
    categoryPath: ['女装', '连衣裙'],
    brand: 'Lumen',
    status: 'ready',
    currency: 'CNY',
    options: [
      { id: 'colour', name: '颜色', values: colours.map(([c]) => c) },
      { id: 'size', name: '尺码', values: sizes.map(([s]) => s) },
    ],
    skus: colours.flatMap(([colour, cc]) => sizes.map(([size, price, stock]) => ({
      id: `${cc}-${size}`, code: `DR26S-00001-${cc}-${size}`, optionValues: [colour, size], price, compareAtPrice: '', cost: '', stock, barcode: '',
    }))),
    specs: [],
    tags: ['summer', '新品'],
    sizeChart: null,
    copy: {
      'zh-CN': copy({ title: '法式碎花连衣裙 夏季', description: '轻薄透气。\n\n适合通勤', bullets: ['100% 棉'] }),
      'en-US': copy({ title: 'French floral summer dress', description: 'Light & airy <cotton>.', titleOverrides: { 'own-mall': 'Floral Dress — Own Mall' } }),
    },
    images: [
      { assetId: 'a-main', role: 'main', order: 0 },
      { assetId: 'a-g1', role: 'gallery', order: 1 },
      { assetId: 'a-g2', role: 'gallery', order: 2 },
    ],
    overrides: [],
    createdAt: 0,
    updatedAt: 0,
    revision: 1,
  };
}

/** Small JPEGs of different colours (different bytes, so different assets). */
export async function writeImages(dir: string, listing: Listing): Promise<PushImage[]> {
  const colours = [{ r: 220, g: 30, b: 30 }, { r: 30, g: 160, b: 30 }, { r: 30, g: 30, b: 200 }];
  return Promise.all(listing.images.map(async (ref, index) => {
    const fileName = `${listing.spuCode}_${index + 1}.jpg`;
    const filePath = join(dir, fileName);
    await sharp({ create: { width: 64, height: 64, channels: 3, background: colours[index % colours.length] ?? colours[0] } }).jpeg().toFile(filePath);
    return { ...ref, filePath, fileName, mimeType: 'image/jpeg' };
  }));
}

/** A variant image for one value of the first option axis, in a colour no other fixture image uses. */
export async function writeVariantImage(dir: string, listing: Listing, variantValue: string, order: number): Promise<PushImage> {
  const fileName = `${listing.spuCode}_v${order}.jpg`;
  const filePath = join(dir, fileName);
  await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 240, g: 200, b: 20 + order } } }).jpeg().toFile(filePath);
  return { assetId: `a-v${order}`, role: 'variant', order, variantValue, filePath, fileName, mimeType: 'image/jpeg' };
}
