/*
 * Listing copy as the HTML channels show: text is always escaped, never passed through as markup.
 * One place for the connectors and the exporters, so every channel escapes the same way.
 */

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Non-empty bullets as one `<ul>`; '' when there are none. */
export function bulletsHtml(bullets: readonly string[]): string {
  const items = bullets.map((b) => b.trim()).filter((b) => b !== '');
  return items.length > 0 ? `<ul>${items.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}</ul>` : '';
}

/**
 * Paragraphs at blank lines (a single line break inside one becomes `<br>`), then the bullets.
 * `separator` goes between blocks: Shopify and WooCommerce keep a newline there, Vendure none.
 */
export function copyToHtml(description: string, bullets: readonly string[], separator = ''): string {
  const blocks = description.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  const list = bulletsHtml(bullets);
  if (list) blocks.push(list);
  return blocks.join(separator);
}

/** A URL handle / slug from an SPU code: lower-case letters, digits and dashes (Shopify handle rules, Vendure slugs). */
export function urlHandle(spuCode: string): string {
  return spuCode.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}
