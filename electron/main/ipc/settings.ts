import { ok } from '../../../shared/ipc/result';
import type { AppServices } from '../../services/app-services';
import type { Handlers } from './handle';

export function createSettingsHandlers({ settings }: Pick<AppServices, 'settings'>): Pick<Handlers, 'settings:get' | 'settings:update' | 'settings:repairs'> {
  return {
    'settings:get': () => ok(settings.get()),
    'settings:update': async (patch) => ok(await settings.update(patch)),
    'settings:repairs': () => ok(settings.repairs()),
  };
}
