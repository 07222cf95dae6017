import type { FieldPath } from '@shared/model/validate';

/*
 * One DOM id per field of the listing, derived from the same path validateListing reports, so an
 * issue can find and focus its input: ["skus", 2, "price"] → "f-skus-2-price".
 */
export function fieldId(path: FieldPath): string {
  return ['f', ...path.map((part) => String(part).replace(/[^A-Za-z0-9_-]/g, '_'))].join('-');
}

export const SECTION_IDS = ['basics', 'variants', 'skus', 'images', 'specs', 'tags', 'sizeChart', 'copy'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export function sectionDomId(section: SectionId): string {
  return `sec-${section}`;
}

/** The editor section that holds the field a path points at. */
export function sectionOf(path: FieldPath): SectionId {
  const head = path[0];
  switch (head) {
    case 'options':
      return 'variants';
    case 'skus':
    case 'images':
    case 'specs':
    case 'tags':
    case 'sizeChart':
    case 'copy':
      return head;
    default:
      return 'basics';
  }
}
