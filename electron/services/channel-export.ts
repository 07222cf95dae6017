import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Listing } from '../../shared/model/listing';
import type { AssetStore } from './asset-store';
import { stageRenditions, type ImageFailure } from './channel-renditions';
import { exportPackage, type ExportChannel, type ExportOutcome } from './exporters';
import type { Logger } from './logger';

/*
 * An export package for one channel from listings as the renderer holds them: each image is
 * rendered for that channel's rule of its slot (cached renditions are reused, so a second export
 * decodes nothing), staged in a temp folder, and handed to the exporter, which names and copies
 * them. An image that cannot be rendered is left out and reported; it never stops the package.
 */

export type ChannelExportOutcome = ExportOutcome & { imageFailures: ImageFailure[] };

export async function exportForChannel({ assets, channel, listings, outDir, now, logger }: {
  assets: AssetStore;
  channel: ExportChannel;
  listings: readonly Listing[];
  outDir: string;
  now: Date;
  logger: Logger;
}): Promise<ChannelExportOutcome> {
  const staging = await mkdtemp(join(tmpdir(), 'shelfready-export-'));
  const imageFailures: ImageFailure[] = [];
  try {
    const items = [];
    for (const [n, listing] of listings.entries()) {
      const { images, failures } = await stageRenditions(assets, channel, listing, staging, `${n + 1}-`);
      imageFailures.push(...failures);
      items.push({ listing, images: images.map(({ ref, filePath }) => ({ ref, filePath })) });
    }
    const outcome = await exportPackage({ channel, items, outDir, now });
    if (!outcome.ok) logger.warn('export failed', { channel, code: outcome.error.code });
    return { ...outcome, imageFailures };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
