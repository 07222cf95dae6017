import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImageErrorCode } from '../../shared/images/types';
import type { Listing } from '../../shared/model/listing';
import { findImageRule } from '../../shared/rules/image-rules';
import type { AssetStore } from './asset-store';
import { exportPackage, type ExportChannel, type ExportImage, type ExportOutcome } from './exporters';
import type { Logger } from './logger';

/*
 * An export package for one channel from listings as the renderer holds them: each image is
 * rendered for that channel's rule of its slot (cached renditions are reused, so a second export
 * decodes nothing), staged in a temp folder, and handed to the exporter, which names and copies
 * them. An image that cannot be rendered is left out and reported; it never stops the package.
 */

export interface ImageFailure {
  listingId: string;
  spuCode: string;
  assetId: string;
  code: ImageErrorCode;
}

export type ChannelExportOutcome = ExportOutcome & { imageFailures: ImageFailure[] };

const EXTENSIONS = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;

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
    let n = 0;
    for (const listing of listings) {
      const images: ExportImage[] = [];
      for (const ref of listing.images) {
        const rule = findImageRule(channel, ref.role);
        if (!rule) continue;
        const rendered = await assets.render(ref.assetId, rule);
        const bytes = rendered.ok ? await assets.readRendition(rendered.value.key) : null;
        if (!rendered.ok || !bytes) {
          imageFailures.push({ listingId: listing.id, spuCode: listing.spuCode, assetId: ref.assetId, code: rendered.ok ? 'file-gone' : rendered.code });
          continue;
        }
        const filePath = join(staging, `${(n += 1)}.${EXTENSIONS[bytes.format]}`);
        await writeFile(filePath, bytes.bytes);
        images.push({ ref, filePath });
      }
      items.push({ listing, images });
    }
    const outcome = await exportPackage({ channel, items, outDir, now });
    if (!outcome.ok) logger.warn('export failed', { channel, code: outcome.error.code });
    return { ...outcome, imageFailures };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
