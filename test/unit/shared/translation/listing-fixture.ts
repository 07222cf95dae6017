import { createEmptyCopy, createListing } from '@shared/model/factory';
import type { Copy, Listing } from '@shared/model/listing';

export function copy(partial: Partial<Copy> = {}): Copy {
  return { ...createEmptyCopy(), ...partial };
}

export function listingWith(id: string, copies: Listing['copy']): Listing {
  return createListing(1, { id, spuCode: `SPU-${id}`, copy: copies });
}
