import { ok } from '../../../shared/ipc/result';
import type { AppServices } from '../../services/app-services';
import { pushListing, testAccount } from '../../services/publish';
import type { Handlers } from './handle';

/** Channel results, failures included, are values: the outbox and the UI act on their kind. */
export function createPublishHandlers({ assets, accounts, logger, settings }: Pick<AppServices, 'assets' | 'accounts' | 'logger' | 'settings'>): Pick<Handlers, 'accounts:test' | 'publish:push'> {
  const deps = { assets, accounts, logger: logger.child({ area: 'publish' }), markets: () => settings.get().markets };
  return {
    'accounts:test': async ({ target }) => {
      const outcome = await testAccount(deps, target);
      return ok(outcome.ok ? { ok: true as const, shopName: outcome.value.shopName } : { ok: false as const, error: outcome.error });
    },
    'publish:push': async ({ target, idempotencyKey, listing }) => {
      const outcome = await pushListing(deps, { target, listing, idempotencyKey });
      if (!outcome.ok) return ok({ ok: false as const, error: outcome.error });
      const { remoteId, created, imageFailures, warnings = [] } = outcome.value;
      return ok({
        ok: true as const, remoteId, created,
        imageFailures: imageFailures.map(({ spuCode, assetId, code }) => ({ spuCode, assetId, code })),
        warnings: warnings.map(({ code, message }) => ({ code, message })),
      });
    },
  };
}
