import { useCallback, useState } from 'react';
import type { ChannelInput } from '@shared/ipc/contract';
import type { ErrorCode } from '@shared/ipc/result';
import { api } from '../../lib/api';
import { applySettings } from './apply-settings';

export type SettingsPatch = ChannelInput<'settings:update'>;
export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; code: ErrorCode };

/**
 * Saves a settings patch (checklist fields, markets, rates and rounding, glossary). The stored value
 * comes back and is applied at once to every settings store (each keeps its object when its part is
 * unchanged, so nothing is recomputed for nothing); settings:changed brings the same value to other
 * windows. A failure becomes a status to show.
 */
export function useSettingsSave(): { save(patch: SettingsPatch): Promise<boolean>; status: SaveStatus; clearStatus(): void } {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const save = useCallback(async (patch: SettingsPatch) => {
    try {
      const r = await api.settings.update(patch);
      if (!r.ok) {
        setStatus({ kind: 'failed', code: r.error.code });
        return false;
      }
      applySettings(r.value);
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
