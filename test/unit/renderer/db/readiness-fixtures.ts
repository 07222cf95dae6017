import { DEFAULT_MARKET_SETTINGS } from '@shared/checklist/market-facts';
import type { ChecklistContext } from '@shared/checklist/types';
import type { ImageMeta } from '@shared/images/types';
import { createEmptyCopy, createListing, type Listing } from '@shared/model';
import { DEFAULT_CHECKLIST_SETTINGS } from '@shared/model/settings';
import type { StoredAsset } from '../../../../renderer/src/db/repos/assets';
import { todayIso } from '../../../../renderer/src/features/checklist/as-of';
import { checklistContext } from '../../../../renderer/src/features/checklist/context';

/** The context the repos use for a listing without images: default settings and markets, today. */
export function plainContext(metas: readonly ImageMeta[] = []): ChecklistContext {
  return checklistContext(DEFAULT_CHECKLIST_SETTINGS, new Map(metas.map((m) => [m.hash, m])), todayIso(), DEFAULT_MARKET_SETTINGS);
}

/** A measured photo: 1200 px square on a white border, big enough for every channel's main slot. */
export function photoMeta(hash: string, patch: Partial<ImageMeta> = {}): StoredAsset {
  return {
    hash, bytes: 250_000, format: 'jpeg', width: 1200, height: 1200, space: 'srgb', bitDepth: 8, hasAlpha: false, orientation: 1,
    pages: 1, phash: '0000000000000000', border: { r: 255, g: 255, b: 255, uniformity: 1 }, productFill: 0.9,
    originalName: `${hash}.jpg`, importedAt: 0, ...patch,
  };
}

export const sku = (patch: Partial<Listing['skus'][number]> = {}): Listing['skus'][number] => ({
  id: 's1', code: 'S1', optionValues: [], price: '199', compareAtPrice: '', cost: '', stock: '20', barcode: '', ...patch,
});

/**
 * Sellable on the web stores: titles in zh-CN and en-US, one priced SKU in stock, a size chart (a
 * sweater is sold by size). Shopify and WooCommerce only warn about a missing main image; the own
 * mall needs one (a blocker).
 */
export function sellableListing(patch: Partial<Listing> = {}): Listing {
  return createListing(1_000, {
    spuCode: 'RD-1', brand: '栖木', categoryPath: ['女装', '毛衣'],
    sizeChart: { unit: 'cm', sizes: ['M'], rows: [{ id: 'r1', name: '胸围', values: ['96'] }] },
    copy: {
      'zh-CN': { ...createEmptyCopy(), title: '羊毛混纺高领毛衣', description: '柔软保暖的羊毛混纺高领毛衣。' },
      'en-US': { ...createEmptyCopy(), title: 'Wool-Blend Turtleneck Sweater', description: 'A soft, warm wool-blend turtleneck.' },
    },
    skus: [sku()],
    ...patch,
  });
}
