import type { Settings } from '@shared/model/settings';
import { setAppSettings } from '../../lib/app-settings';
import { setChecklistSettings } from '../checklist/checklist-settings';
import { setMarketSettings } from '../checklist/market-settings';

/**
 * Settings as main reports them (at boot, on settings:changed, after a save), given to every store
 * that keeps a share of them. One place, so a new share cannot be forgotten at one of the three:
 * the markets' share once was, and the checklist then ran on the default markets after a restart.
 * Each store keeps its object while its share is unchanged, so nothing downstream redoes work.
 */
export function applySettings(settings: Settings): void {
  setAppSettings(settings);
  setChecklistSettings(settings.checklist);
  setMarketSettings(settings);
}
