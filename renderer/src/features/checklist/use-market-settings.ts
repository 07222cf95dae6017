import { useSyncExternalStore } from 'react';
import type { MarketSettings } from '@shared/checklist/types';
import { getMarketSettings, subscribeMarketSettings } from './market-settings';

/** The markets, rates and glossary the checklist reads, re-rendering when they change. */
export function useMarketSettings(): MarketSettings {
  return useSyncExternalStore(subscribeMarketSettings, getMarketSettings);
}
