/*
 * Characters channels refuse in titles. Emoji are Extended_Pictographic code points and flag
 * halves, minus © ® ™, which brand names legitimately carry. Amazon's list (channel-rules.md §5.1)
 * allows the characters when they are part of the brand, so the brand is removed before checking.
 */

const EMOJI = /(?![\u00A9\u00AE\u2122])[\p{Extended_Pictographic}\p{Regional_Indicator}]/gu;
const ANGLE = /[<>]/g;
const AMAZON_SPECIAL = /[!$?_{}^¬¦]/g;

export type ForbiddenSet = 'emoji' | 'angle-brackets' | 'amazon-special';

/** The distinct forbidden characters in `title`, in order of first appearance. */
export function forbiddenChars(title: string, set: ForbiddenSet, brand: string): string[] {
  let text = title;
  if (set === 'amazon-special' && brand.trim()) text = text.split(brand.trim()).join(' ');
  const pattern = set === 'emoji' ? EMOJI : set === 'angle-brackets' ? ANGLE : AMAZON_SPECIAL;
  return [...new Set(text.match(pattern) ?? [])];
}
