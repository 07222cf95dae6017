import type { ChecklistContext } from '@shared/checklist/types';
import type { ImageMeta } from '@shared/images/types';
import type { ChecklistSettings } from '@shared/model/settings';

/** The engine's context in the renderer: image facts come from the assets table (read by the caller). */
export function checklistContext(settings: ChecklistSettings, metas: ReadonlyMap<string, ImageMeta>, asOf: string): ChecklistContext {
  return { asOf, settings, imageMeta: (hash) => metas.get(hash) };
}
