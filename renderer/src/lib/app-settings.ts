import { useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '@shared/model/settings';

/*
 * The whole settings object as main last reported it (loaded at boot, replaced on settings:changed),
 * for screens that read markets, rates, rounding or the glossary. Unchanged content keeps the same
 * object, so memoised work keyed on a part of it (e.g. settings.markets) is not redone.
 */

let current: Settings = DEFAULT_SETTINGS;
const listeners = new Set<() => void>();

export function getAppSettings(): Settings {
  return current;
}

export function setAppSettings(next: Settings): void {
  const merged = { ...next } as Record<string, unknown>;
  let changed = false;
  for (const key of Object.keys(next) as Array<keyof Settings>) {
    if (JSON.stringify(next[key]) === JSON.stringify(current[key])) merged[key] = current[key];
    else changed = true;
  }
  if (!changed) return;
  current = merged as Settings;
  for (const listener of listeners) listener();
}

export function subscribeAppSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The settings, re-rendering when main reports a change. */
export function useAppSettings(): Settings {
  return useSyncExternalStore(subscribeAppSettings, getAppSettings);
}
