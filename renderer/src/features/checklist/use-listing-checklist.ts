import { useMemo } from 'react';
import { ListingChecklist } from '@shared/checklist/evaluate';
import type { Listing } from '@shared/model/listing';
import { useAssets } from '../images/image-panel';
import { todayIso } from './as-of';
import { useChecklistSettings } from './use-checklist-settings';
import { useMarketSettings } from './use-market-settings';
import { checklistContext } from './context';

/**
 * The readiness engine for a listing that is being edited: settings (checklist and markets), the
 * live image metas of its assets and today's date. A new ListingChecklist per working copy: it is
 * cheap (<1 ms) and shares its measurements across the channels and locales asked of it.
 */
export function useListingChecklist(listing: Listing): ListingChecklist {
  const settings = useChecklistSettings();
  const markets = useMarketSettings();
  const metas = useAssets(listing.images);
  // A string, so the memo only breaks when the date really changes (an editor left open overnight).
  const asOf = todayIso();
  return useMemo(() => new ListingChecklist(listing, checklistContext(settings, metas, asOf, markets)), [listing, settings, markets, metas, asOf]);
}
