import { DEFAULT_CHECKLIST_SETTINGS, type ChecklistSettings } from '@shared/model/settings';

/*
 * The checklist's share of the settings (margin threshold, 广告法 list edits, competitor brands),
 * kept here so the editor, the catalog's stored readiness and the rule-pack view read the same
 * value. Loaded at boot and replaced whenever main reports settings:changed. No React here: the
 * database layer (and the E2E seed bundle built from it) reads it too; the hook is in
 * use-checklist-settings.ts.
 */

let current: ChecklistSettings = DEFAULT_CHECKLIST_SETTINGS;
const listeners = new Set<() => void>();

export function getChecklistSettings(): ChecklistSettings {
  return current;
}

export function setChecklistSettings(next: ChecklistSettings): void {
  // Same content, same object: the engine caches the compiled term list per object.
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  current = next;
  for (const listener of listeners) listener();
}

export function subscribeChecklistSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
