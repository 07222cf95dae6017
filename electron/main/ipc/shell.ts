import { err, ok } from '../../../shared/ipc/result';
import type { AppServices } from '../../services/app-services';
import { isAllowedExternal } from '../security';
import type { Handlers } from './handle';

export function createShellHandlers({ openExternal }: Pick<AppServices, 'openExternal'>): Pick<Handlers, 'shell:openExternal'> {
  return {
    // The renderer is not trusted to pick URLs: only allowlisted https links reach the OS.
    'shell:openExternal': async ({ url }) => {
      if (!isAllowedExternal(url)) return err('not-allowed', 'url is not on the external allowlist');
      await openExternal(url);
      return ok({ opened: true });
    },
  };
}
