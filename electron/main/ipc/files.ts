import { ok } from '../../../shared/ipc/result';
import type { AppServices } from '../../services/app-services';
import type { Handlers } from './handle';

export function createFileHandlers({ pickFiles, pickFolder }: Pick<AppServices, 'pickFiles' | 'pickFolder'>): Pick<Handlers, 'files:pick' | 'files:pickFolder'> {
  return {
    'files:pick': async () => ok({ paths: await pickFiles() }),
    'files:pickFolder': async () => ok({ path: await pickFolder() }),
  };
}
