import type { CopyLocale } from '../../../shared/model/ids';
import type { Copy, Listing } from '../../../shared/model/listing';
import { copyToHtml } from '../../../shared/publish/copy-html';

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

/** Shopify and WooCommerce keep a newline between blocks; the size chart table, when there is one, comes last. */
export function copyHtml(copy: Copy, sizeChartHtml = ''): string {
  return [copyToHtml(copy.description, copy.bullets, '\n'), sizeChartHtml].filter((part) => part !== '').join('\n');
}
