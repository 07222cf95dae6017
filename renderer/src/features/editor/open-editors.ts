import type { Recipe } from './listing-edits';

/*
 * Listings open in an editor, with a way to change their working copy. Changes from outside the
 * editor (images attached from the catalog or the watched folder) must go through the editor's
 * history: a direct save would be overwritten by the editor's next autosave of its older copy.
 */
const open = new Map<string, (recipe: Recipe) => void>();

export function registerOpenEditor(listingId: string, apply: (recipe: Recipe) => void): () => void {
  open.set(listingId, apply);
  return () => {
    if (open.get(listingId) === apply) open.delete(listingId);
  };
}

/** Applies the recipe in the open editor of that listing; false when none is open. */
export function applyInOpenEditor(listingId: string, recipe: Recipe): boolean {
  const apply = open.get(listingId);
  if (!apply) return false;
  apply(recipe);
  return true;
}
