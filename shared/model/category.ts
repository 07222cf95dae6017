/*
 * Category paths are typed as one line ("女装 > 连衣裙", "Women / Dresses") and stored as segments.
 * Full-width separators are accepted because Chinese IMEs produce them while typing.
 */
const SEPARATORS = /\s*[>/＞／》]\s*/;

export function parseCategoryPath(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function formatCategoryPath(path: readonly string[]): string {
  return path.join(' > ');
}
