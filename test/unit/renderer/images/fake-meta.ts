import type { ImageMeta } from '@shared/images/types';

/** Metadata as the asset store would report it for an 800×800 white-background sRGB JPEG. */
export function fakeMeta(hash: string, patch: Partial<ImageMeta> = {}): ImageMeta {
  return {
    hash, bytes: 1000, format: 'jpeg', width: 800, height: 800, space: 'srgb', bitDepth: 8, hasAlpha: false,
    orientation: 1, pages: 1, phash: '0000000000000000', border: { r: 255, g: 255, b: 255, uniformity: 1 }, productFill: 0.9,
    ...patch,
  };
}
