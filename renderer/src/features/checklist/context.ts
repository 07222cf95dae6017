import type { ChecklistContext, MarketSettings } from '@shared/checklist/types';
import type { ImageMeta } from '@shared/images/types';
import type { ChecklistSettings } from '@shared/model/settings';
import { getMarketSettings } from './market-settings';

/**
 * The engine's context in the renderer: image facts come from the assets table (read by the
 * caller); markets, rates and glossary default to the ones in force (market-settings.ts).
 */
export function checklistContext(
  settings: ChecklistSettings,
  metas: ReadonlyMap<string, ImageMeta>,
  asOf: string,
  markets: MarketSettings = getMarketSettings(),
): ChecklistContext {
  return { asOf, settings, markets, imageMeta: (hash) => metas.get(hash) };
}
