import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_XLIFF_BYTES } from '../../../shared/ipc/contract-translation';
import { ok } from '../../../shared/ipc/result';
import type { AppServices } from '../../services/app-services';
import type { Handlers } from './handle';

/*
 * XLIFF files in and out. The renderer builds and reads the XLIFF (shared/translation); main only
 * asks the OS where, and moves text. The paths come from main's own dialogs.
 */

type TranslationHandlers = Pick<Handlers, 'xliff:save' | 'xliff:open'>;
type Services = Pick<AppServices, 'pickXliffOpen' | 'pickXliffSave' | 'logger'>;

export function createTranslationHandlers(services: Services): TranslationHandlers {
  const { logger } = services;
  return {
    'xliff:save': async ({ fileName, xml }) => {
      const path = await services.pickXliffSave(fileName);
      if (path === null) return ok({ status: 'cancelled' as const });
      try {
        await writeFile(path, xml, 'utf8');
        return ok({ status: 'saved' as const, path });
      } catch (error) {
        logger.warn('xliff save failed', { error: String(error) });
        return ok({ status: 'failed' as const, code: 'write-failed' as const });
      }
    },
    'xliff:open': async () => {
      const path = await services.pickXliffOpen();
      if (path === null) return ok({ status: 'cancelled' as const });
      try {
        const info = await stat(path);
        if (info.size > MAX_XLIFF_BYTES) return ok({ status: 'failed' as const, code: 'tooLarge' as const });
        const bytes = await readFile(path);
        // XLIFF is XML in UTF-8 (or UTF-16 with a BOM, which translation tools rarely write); a
        // decoding error means this is not the file the user meant.
        const xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return ok({ status: 'read' as const, name: basename(path), xml });
      } catch (error) {
        const code = error instanceof TypeError ? ('notText' as const) : ('unreadable' as const);
        logger.info('xliff open refused', { code, error: String(error) });
        return ok({ status: 'failed' as const, code });
      }
    },
  };
}
