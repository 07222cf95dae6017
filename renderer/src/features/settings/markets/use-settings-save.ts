import { useCallback, useState } from 'react';
import type { ChannelInput } from '@shared/ipc/contract';
import { api } from '../../../lib/api';
import { setAppSettings } from '../../../lib/app-settings';
import { setMarketSettings } from '../../checklist/market-settings';
import type { SaveStatus } from '../use-checklist-save';

export type SettingsPatch = ChannelInput<'settings:update'>;

/**
 * Saves a settings patch (markets, rates and rounding, glossary). The stored value comes back and
 * is applied at once (settings:changed follows for other windows); a failure becomes a status.
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
      // Applied at once here; settings:changed brings the same value to every window.
      setAppSettings(r.value);
      setMarketSettings(r.value);
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
