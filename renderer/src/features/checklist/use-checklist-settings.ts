import { useSyncExternalStore } from 'react';
import type { ChecklistSettings } from '@shared/model/settings';
import { getChecklistSettings, subscribeChecklistSettings } from './checklist-settings';

/** The checklist settings, re-rendering when they change. */
export function useChecklistSettings(): ChecklistSettings {
  return useSyncExternalStore(subscribeChecklistSettings, getChecklistSettings);
}
