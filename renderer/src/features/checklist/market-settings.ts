import { DEFAULT_MARKET_SETTINGS, marketSettingsOf } from '@shared/checklist/market-facts';
import type { MarketSettings } from '@shared/checklist/types';

/*
 * The markets' share of the settings the checklist reads (markets, rates, rounding, glossary),
 * kept beside the checklist settings for the same readers: the editor, the catalog's stored
 * readiness, the launch gate and the rule-pack view. Set at boot and on settings:changed (and by
 * the settings page after its own save). No React here; the hook is useMarketSettings below.
 */

let current: MarketSettings = DEFAULT_MARKET_SETTINGS;
let currentJson = JSON.stringify(current);
const listeners = new Set<() => void>();

export function getMarketSettings(): MarketSettings {
  return current;
}

/** Takes a whole Settings object as well; only the fields the checklist reads are kept. */
export function setMarketSettings(next: MarketSettings): void {
  const picked = marketSettingsOf(next);
  const json = JSON.stringify(picked);
  // Same content, same object: the engine caches what it derives (channel needs, rates) per object.
  if (json === currentJson) return;
  current = picked;
  currentJson = json;
  for (const listener of listeners) listener();
}

export function subscribeMarketSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
