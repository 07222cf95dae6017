import { ok } from '../../../shared/ipc/result';
import type { AppServices } from '../../services/app-services';
import type { Handlers } from './handle';

export function createAppHandlers(services: Pick<AppServices, 'appInfo'>): Pick<Handlers, 'app:info'> {
  return {
    'app:info': () => ok(services.appInfo()),
  };
}
