import type { ImageMeta } from '@shared/images/types';

export type AssetNote = 'cmyk' | '16bit' | 'animated' | 'alpha' | 'rotated';

/** What the renditions will change about this original, shown under its thumbnail. */
export function assetNotes(meta: ImageMeta): AssetNote[] {
  const notes: AssetNote[] = [];
  if (meta.space === 'cmyk') notes.push('cmyk');
  if (meta.bitDepth > 8) notes.push('16bit');
  if (meta.pages > 1) notes.push('animated');
  if (meta.hasAlpha) notes.push('alpha');
  if (meta.orientation !== 1) notes.push('rotated');
  return notes;
}

export function formatBytes(bytes: number, locale: string): string {
  const nf = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: n < 10 ? 1 : 0 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024)} KB`;
  return `${nf(bytes / (1024 * 1024))} MB`;
}
