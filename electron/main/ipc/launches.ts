import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ok } from '../../../shared/ipc/result';
import type { AppServices } from '../../services/app-services';
import { exportForChannel, exportPricing } from '../../services/channel-export';
import type { Handlers } from './handle';

type LaunchChannel = 'launches:export' | 'launches:saveReport' | 'launches:reveal';

/** <data>/launches/<id>: the id is checked against LAUNCH_ID by the contract, so it cannot leave the folder. */
export function launchFolder(dataDir: string, launchId: string): string {
  return join(dataDir, 'launches', launchId);
}

/** Written beside and renamed over, so a report is never half there after a crash. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temp = `${path}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, path);
}

export function createLaunchHandlers({ assets, dataDir, openPath, logger, settings }: Pick<AppServices, 'assets' | 'dataDir' | 'openPath' | 'logger' | 'settings'>): Pick<Handlers, LaunchChannel> {
  const log = logger.child({ area: 'launch' });
  return {
    'launches:export': async ({ launchId, channel, listings }) => {
      const outDir = join(launchFolder(dataDir, launchId), 'exports');
      await mkdir(outDir, { recursive: true });
      const outcome = await exportForChannel({ assets, channel, listings, outDir, now: new Date(), logger: log, pricing: exportPricing(channel, settings.get()), markets: settings.get().markets });
      const imageFailures = outcome.imageFailures.map(({ spuCode, assetId, code }) => ({ spuCode, assetId, code }));
      if (!outcome.ok) return ok({ status: 'failed' as const, code: outcome.error.code, ...(outcome.error.path ? { path: outcome.error.path } : {}) });
      const { folder, zipPath, warnings } = outcome.value;
      return ok({ status: 'done' as const, folder, zipPath, skipped: warnings.map((w) => ({ spuCode: w.spuCode, code: w.code })), imageFailures });
    },
    'launches:saveReport': async ({ launchId, html, csv }) => {
      const folder = launchFolder(dataDir, launchId);
      await mkdir(folder, { recursive: true });
      const htmlPath = join(folder, 'report.html');
      const csvPath = join(folder, 'report.csv');
      await writeAtomically(htmlPath, html);
      // A byte-order mark so Excel opens the CSV as UTF-8 (Chinese titles intact).
      await writeAtomically(csvPath, `\uFEFF${csv}`);
      return ok({ folder, htmlPath, csvPath });
    },
    'launches:reveal': async ({ launchId, what }) => {
      const folder = launchFolder(dataDir, launchId);
      await mkdir(folder, { recursive: true });
      await openPath(what === 'report' ? join(folder, 'report.html') : folder);
      return ok({ opened: true });
    },
  };
}
