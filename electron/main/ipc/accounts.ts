import { err, ok } from '../../../shared/ipc/result';
import type { AppServices } from '../../services/app-services';
import type { Handlers } from './handle';

export function createAccountHandlers({ accounts }: Pick<AppServices, 'accounts'>): Pick<Handlers, 'accounts:list' | 'accounts:save' | 'accounts:remove'> {
  return {
    'accounts:list': () => ok({ accounts: accounts.list() }),
    'accounts:save': async ({ endpoint, secret }) => {
      const saved = await accounts.save(endpoint, secret);
      if (saved.ok) return ok(saved.value);
      // The detail names the field that is wrong, never its value.
      return err(saved.error, saved.detail);
    },
    'accounts:remove': async ({ target }) => {
      const existed = accounts.list().some((a) => a.endpoint.target === target);
      await accounts.remove(target);
      return ok({ removed: existed });
    },
  };
}
