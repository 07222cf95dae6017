import { useCallback, useState } from 'react';
import type { ChannelInput } from '@shared/ipc/contract';
import type { ErrorCode } from '@shared/ipc/result';
import { api } from '../../lib/api';
import { setChecklistSettings } from '../checklist/checklist-settings';

export type ChecklistPatch = NonNullable<ChannelInput<'settings:update'>['checklist']>;
export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; code: ErrorCode };

/**
 * Saves part of the checklist settings through settings:update. The stored value comes back and is
 * applied at once (settings:changed follows for other windows); a failure becomes a status to show.
 */
export function useChecklistSave(): { save(patch: ChecklistPatch): Promise<boolean>; status: SaveStatus; clearStatus(): void } {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const save = useCallback(async (patch: ChecklistPatch) => {
    try {
      const r = await api.settings.update({ checklist: patch });
      if (!r.ok) {
        setStatus({ kind: 'failed', code: r.error.code });
        return false;
      }
      setChecklistSettings(r.value.checklist);
      setStatus({ kind: 'saved' });
      return true;
    } catch (error) {
      // The bridge itself failed (not an expected Result): report it and say it was not saved.
      reportError(error);
      setStatus({ kind: 'failed', code: 'internal' });
      return false;
    }
  }, []);
  const clearStatus = useCallback(() => setStatus({ kind: 'idle' }), []);
  return { save, status, clearStatus };
}
