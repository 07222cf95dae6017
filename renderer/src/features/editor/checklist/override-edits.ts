import type { Recipe } from '../listing-edits';

/** Accepts a warning: the engine keeps the item but no longer counts it as open. */
export function acceptItem(key: string, reason: string, at: number): Recipe {
  return (l) => ({ ...l, overrides: [...l.overrides.filter((o) => o.key !== key), { key, reason, at }] });
}

export function undoAccept(key: string): Recipe {
  return (l) => (l.overrides.some((o) => o.key === key) ? { ...l, overrides: l.overrides.filter((o) => o.key !== key) } : l);
}
