import { ok } from '../../../shared/ipc/result';
import type { AppServices } from '../../services/app-services';
import { exportForChannel, exportPricing } from '../../services/channel-export';
import type { Handlers } from './handle';

export function createExportHandlers({ assets, pickFolder, logger, settings }: Pick<AppServices, 'assets' | 'pickFolder' | 'logger' | 'settings'>): Pick<Handlers, 'exports:create'> {
  return {
    'exports:create': async ({ channel, listings }) => {
      const outDir = await pickFolder();
      if (!outDir) return ok({ status: 'cancelled' as const });
      const outcome = await exportForChannel({ assets, channel, listings, outDir, now: new Date(), logger: logger.child({ area: 'export' }), pricing: exportPricing(channel, settings.get()), markets: settings.get().markets });
      const imageFailures = outcome.imageFailures.map(({ spuCode, assetId, code }) => ({ spuCode, assetId, code }));
      if (!outcome.ok) {
        // Expected failures are values the UI translates (exports:errors.<code>).
        return ok({ status: 'failed' as const, code: outcome.error.code, ...(outcome.error.path ? { path: outcome.error.path } : {}) });
      }
      const { folder, zipPath, files, warnings } = outcome.value;
      return ok({ status: 'done' as const, folder, zipPath, fileCount: files.length, skipped: warnings.map((w) => ({ spuCode: w.spuCode, code: w.code })), imageFailures });
    },
  };
}
