import { ok } from '../../../shared/ipc/result';
import type { AppServices } from '../../services/app-services';
import type { Handlers } from './handle';

export function createFileHandlers({ pickFiles }: Pick<AppServices, 'pickFiles'>): Pick<Handlers, 'files:pick'> {
  return {
    'files:pick': async () => ok({ paths: await pickFiles() }),
  };
}
