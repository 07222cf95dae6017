import type { ImageOutcome } from '../../services/image-engine';
import { err, ok, type Result } from '../../../shared/ipc/result';
import type { AppServices } from '../../services/app-services';
import type { Handlers } from './handle';

/** An engine failure on a stored image: gone from disk is `not-found`, the rest `internal` with the image code as detail. */
export function imageFailure(outcome: Extract<ImageOutcome<unknown>, { ok: false }>): Result<never> {
  return err(outcome.code === 'file-gone' ? 'not-found' : 'internal', [outcome.code, outcome.detail].filter(Boolean).join(': '));
}

export function createAssetHandlers({
  assets,
}: Pick<AppServices, 'assets'>): Pick<Handlers, 'assets:importPaths' | 'assets:importBytes' | 'assets:thumbnail'> {
  return {
    // Per-file failures are items in the list, so one bad photo never fails the drop.
    'assets:importPaths': async ({ paths }) => ok({ results: await assets.importPaths(paths) }),
    'assets:importBytes': async ({ name, bytes }) => ok(await assets.importBytes(name, bytes)),
    'assets:thumbnail': async ({ hash }) => {
      const thumbnail = await assets.thumbnail(hash);
      return thumbnail.ok ? ok({ bytes: thumbnail.value, mime: 'image/webp' as const }) : imageFailure(thumbnail);
    },
  };
}
