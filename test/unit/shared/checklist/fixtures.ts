import { DEFAULT_MARKET_SETTINGS } from '@shared/checklist/market-facts';
import type { ChecklistContext, MarketSettings } from '@shared/checklist/types';
import type { ImageMeta } from '@shared/images/types';
import { createEmptyCopy, createListing } from '@shared/model/factory';
import { createSizeChart, setSizeChartCell } from '@shared/model/size-chart';
import type { ImageRef, Listing, Sku } from '@shared/model/listing';
import { DEFAULT_CHECKLIST_SETTINGS, type ChecklistSettings } from '@shared/model/settings';

/** A photo that passes every channel's image rule: 1600 px square, white border, product fills 90 %. */
export function goodMeta(hash: string, over: Partial<ImageMeta> = {}): ImageMeta {
  return {
    hash, bytes: 400_000, format: 'jpeg', width: 1600, height: 1600, space: 'srgb', bitDepth: 8, hasAlpha: false,
    orientation: 1, pages: 1, phash: '0000000000000000', border: { r: 255, g: 255, b: 255, uniformity: 1 }, productFill: 0.9, ...over,
  };
}

export function sku(code: string, colour: string, over: Partial<Sku> = {}): Sku {
  return { id: code, code, optionValues: [colour], price: '199', compareAtPrice: '299', cost: '80', stock: '20', barcode: '4006381333931', ...over };
}

const img = (assetId: string, role: ImageRef['role'], order: number, variantValue?: string): ImageRef =>
  variantValue === undefined ? { assetId, role, order } : { assetId, role, order, variantValue };

/** A dress's size chart (a dress is sold by size, so a ready listing has one). */
export function dressChart(): Listing['sizeChart'] {
  return setSizeChartCell(createSizeChart(['S', 'M'], ['胸围', '腰围']), 0, 0, '84');
}

/** A listing that is ready for every channel (as of 2026-11-25, with goodMeta images). */
export function readyListing(over: Partial<Listing> = {}): Listing {
  return createListing(Date.UTC(2026, 10, 25), {
    spuCode: 'DR26S-00001',
    categoryPath: ['女装', '连衣裙'],
    brand: 'Lumière',
    currency: 'CNY',
    options: [{ id: 'c', name: '颜色', values: ['Red', 'Blue'] }],
    skus: [sku('DR-RED-S', 'Red'), sku('DR-RED-M', 'Red'), sku('DR-BLUE-S', 'Blue')],
    sizeChart: dressChart(),
    copy: {
      'zh-CN': {
        ...createEmptyCopy(),
        title: '2026夏季新款 法式碎花连衣裙 收腰显瘦雪纺裙',
        description: '法式碎花连衣裙采用轻盈雪纺面料，收腰设计显瘦，适合夏季通勤与度假穿着。',
        bullets: ['轻盈雪纺面料，透气舒适', '收腰设计，显瘦百搭', '法式碎花，度假通勤皆宜'],
        primaryKeywords: ['连衣裙'],
        keywords: ['碎花'],
      },
      'en-US': {
        ...createEmptyCopy(),
        title: 'Lumière Floral Chiffon Midi Dress for Women',
        description: 'A light chiffon midi dress with a fitted waist and a French floral print.',
        bullets: ['Light, breathable chiffon fabric', 'Fitted waist for a slim silhouette', 'French floral print for work or holiday'],
        primaryKeywords: ['midi dress'],
        keywords: ['floral'],
      },
    },
    images: [
      img('main', 'main', 0),
      img('g1', 'gallery', 1), img('g2', 'gallery', 2), img('g3', 'gallery', 3), img('g4', 'gallery', 4),
      img('white', 'white', 5),
      img('detail', 'detail', 6),
      img('red', 'variant', 7, 'Red'), img('blue', 'variant', 8, 'Blue'),
    ],
    ...over,
  });
}

export function context(
  metas: Record<string, ImageMeta> = {},
  asOf = '2026-11-25',
  settings: ChecklistSettings = DEFAULT_CHECKLIST_SETTINGS,
  markets: MarketSettings = DEFAULT_MARKET_SETTINGS,
): ChecklistContext {
  const byHash = new Map(Object.entries(metas));
  return { asOf, settings, markets, imageMeta: (hash) => byHash.get(hash) ?? goodMeta(hash) };
}
