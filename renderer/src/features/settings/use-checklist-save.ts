import { useCallback } from 'react';
import type { ChannelInput } from '@shared/ipc/contract';
import { useSettingsSave, type SaveStatus } from './use-settings-save';

export type ChecklistPatch = NonNullable<ChannelInput<'settings:update'>['checklist']>;
export type { SaveStatus };

/** Saves part of the checklist settings (only the fields given change) through useSettingsSave. */
export function useChecklistSave(): { save(patch: ChecklistPatch): Promise<boolean>; status: SaveStatus; clearStatus(): void } {
  const { save: saveSettings, status, clearStatus } = useSettingsSave();
  const save = useCallback((patch: ChecklistPatch) => saveSettings({ checklist: patch }), [saveSettings]);
  return { save, status, clearStatus };
}
