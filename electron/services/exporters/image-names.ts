import { extname } from 'node:path';
import type { Listing } from '../../../shared/model/listing';
import type { ExportChannel, ExportImage, PackagedImage, PreparedSku } from './types';

/*
 * How images are named inside a package's images/ folder, per channel.
 *
 * Taobao/Tmall, JD, Pinduoduo, Douyin, Shopify, WooCommerce — the "SPU code + position" convention
 * the Chinese bulk tools (淘宝助理-style picture folders, 图片空间 batch upload) and most CSV importers
 * match on:
 *   <SPU>_1.jpg, <SPU>_2.jpg …      main image first, then gallery, each in its `order`
 *   <SPU>_white_1.jpg               white-background image(s) (Taobao 5th image, Douyin 白底图)
 *   <SPU>_portrait_1.jpg            3:4 images (Taobao 3:4 set, Douyin main_image_three_to_four)
 *   <SPU>_<colour>.jpg              variant (SKU) image for that option value, e.g. DR26S-00001_黑色.jpg
 *   <SPU>_detail_1.jpg …            detail-page images in order
 * Amazon — Seller Central's image upload matches "<SKU>.<variant code>.<ext>" (§5.2: 1 main + 8 alternates):
 *   <parent SKU>.MAIN.jpg, <parent SKU>.PT01.jpg … PT08   main, gallery, white, 3:4 images in that order;
 *                                                          more than 9 are left out (Amazon shows no more)
 *   <child SKU>.MAIN.jpg            the variant image of the child's colour, one copy per child SKU
 *   detail images are not copied (Amazon has no detail-page images outside A+).
 * Characters Windows/macOS file systems reject and whitespace become "-"; the extension is the
 * rendition's own. A name already used in the package gets "_2", "_3" … so nothing is overwritten.
 */

const ROLE_RANK = { main: 0, gallery: 1, white: 2, portrait: 3, variant: 4, detail: 5 } as const;

export function safeNamePart(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.trim().replace(/[\\/:*?"<>|\x00-\x1f\s]+/g, '-') || 'x';
}

function extensionOf(filePath: string): string {
  const ext = extname(filePath).toLowerCase();
  return /^\.[a-z0-9]{1,5}$/.test(ext) ? ext : '.jpg';
}

function sorted(images: readonly ExportImage[], roles: readonly ExportImage['ref']['role'][]): ExportImage[] {
  return images
    .filter((i) => roles.includes(i.ref.role))
    .sort((a, b) => ROLE_RANK[a.ref.role] - ROLE_RANK[b.ref.role] || a.ref.order - b.ref.order);
}

export function createNamer(used: Set<string>) {
  return (base: string, ext: string): string => {
    let name = base + ext;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}_${n}${ext}`;
    used.add(name.toLowerCase());
    return name;
  };
}

/** The Amazon SKU that carries a listing's product-level data: the SPU for a family, else the one SKU. */
export function amazonParentSku(listing: Listing, skus: readonly PreparedSku[]): string {
  return skus.length === 1 && skus[0] ? skus[0].code || listing.spuCode : listing.spuCode;
}

export function nameImages(channel: ExportChannel, listing: Listing, skus: readonly PreparedSku[], images: readonly ExportImage[], used: Set<string>): PackagedImage[] {
  const name = createNamer(used);
  const spu = safeNamePart(listing.spuCode || listing.id);
  const out: PackagedImage[] = [];
  const add = (img: ExportImage, base: string, skuCode?: string) =>
    out.push({ ref: img.ref, sourcePath: img.filePath, fileName: name(base, extensionOf(img.filePath)), ...(skuCode ? { skuCode } : {}) });

  if (channel === 'amazon') {
    const parent = safeNamePart(amazonParentSku(listing, skus));
    sorted(images, ['main', 'gallery', 'white', 'portrait']).slice(0, 9).forEach((img, i) => add(img, i === 0 ? `${parent}.MAIN` : `${parent}.PT${String(i).padStart(2, '0')}`));
    if (skus.length > 1) {
      for (const img of sorted(images, ['variant'])) {
        const value = img.ref.variantValue;
        if (value === undefined) continue;
        for (const sku of skus) if (sku.optionValues.includes(value)) add(img, `${safeNamePart(sku.code)}.MAIN`, sku.code);
      }
    }
    return out;
  }

  sorted(images, ['main', 'gallery']).forEach((img, i) => add(img, `${spu}_${i + 1}`));
  sorted(images, ['white']).forEach((img, i) => add(img, `${spu}_white_${i + 1}`));
  sorted(images, ['portrait']).forEach((img, i) => add(img, `${spu}_portrait_${i + 1}`));
  sorted(images, ['variant']).forEach((img, i) => add(img, `${spu}_${img.ref.variantValue ? safeNamePart(img.ref.variantValue) : `variant_${i + 1}`}`));
  sorted(images, ['detail']).forEach((img, i) => add(img, `${spu}_detail_${i + 1}`));
  return out;
}

export function imagesWithRoles(images: readonly PackagedImage[], roles: readonly PackagedImage['ref']['role'][]): PackagedImage[] {
  return images.filter((i) => roles.includes(i.ref.role));
}

/** The variant image for an option value (non-Amazon channels: one file per value). */
export function variantImageFor(images: readonly PackagedImage[], optionValues: readonly string[]): PackagedImage | undefined {
  return images.find((i) => i.ref.role === 'variant' && i.ref.variantValue !== undefined && optionValues.includes(i.ref.variantValue));
}
