import { useCallback } from 'react';
import { useAppStore, type SettingsDrafts } from '../../store';

/**
 * A Settings card's unsaved edit, kept in the session store so it outlives the page (see
 * SettingsDrafts). `settle` is for after a save: it goes back to what is stored only when the draft
 * is still the one that was sent, so what was typed while the save was under way is kept.
 */
export function useSettingsDraft<K extends keyof SettingsDrafts>(key: K): {
  draft: SettingsDrafts[K];
  setDraft(next: SettingsDrafts[K]): void;
  settle(sent: SettingsDrafts[K]): void;
} {
  const draft = useAppStore((s) => s.settingsDrafts[key]);
  const setDraftFor = useAppStore((s) => s.setSettingsDraft);
  const setDraft = useCallback((next: SettingsDrafts[K]) => setDraftFor(key, next), [key, setDraftFor]);
  const settle = useCallback(
    (sent: SettingsDrafts[K]) => {
      if (useAppStore.getState().settingsDrafts[key] === sent) setDraftFor(key, null);
    },
    [key, setDraftFor],
  );
  return { draft, setDraft, settle };
}
