import type { CopyLocale } from '../../../shared/model/ids';
import type { Copy, Listing } from '../../../shared/model/listing';

/*
 * Shopify and WooCommerce take one language per product: they get the first requested locale that
 * has a title (the outbox orders locales by the channel's preference), with the channel's title
 * override when there is one. Descriptions become HTML built from escaped text, never raw markup.
 */

export function pickCopy(listing: Listing, locales: readonly CopyLocale[]): Copy | undefined {
  for (const locale of locales) {
    const copy = listing.copy[locale];
    if (copy?.title.trim()) return copy;
  }
  return undefined;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Paragraphs from blank-line separated text, then the bullets as a list. */
export function copyToHtml(copy: Copy): string {
  const paragraphs = copy.description
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  const bullets = copy.bullets.filter((b) => b.trim() !== '');
  const list = bullets.length > 0 ? [`<ul>${bullets.map((b) => `<li>${escapeHtml(b.trim())}</li>`).join('')}</ul>`] : [];
  return [...paragraphs, ...list].join('\n');
}
