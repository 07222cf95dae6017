import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChannelId } from '../../shared/model/ids';
import type { ImageErrorCode, ImageRule } from '../../shared/images/types';
import type { ImageRef, Listing } from '../../shared/model/listing';
import { findImageRule } from '../../shared/rules/image-rules';
import type { AssetStore } from './asset-store';

/*
 * A listing's images rendered for one channel and written to a staging folder, for an export
 * package or a push. Cached renditions are reused (the store renders once per image × rule). An
 * image that cannot be rendered is reported and left out; images in slots the channel has no rule
 * for are not sent.
 */

export interface StagedImage {
  ref: ImageRef;
  filePath: string;
  format: ImageRule['format'];
}

export interface ImageFailure {
  listingId: string;
  spuCode: string;
  assetId: string;
  code: ImageErrorCode;
}

const EXTENSIONS = { jpeg: 'jpg', png: 'png', webp: 'webp' } as const;
export const MIME_TYPES = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;

export async function stageRenditions(assets: AssetStore, channel: ChannelId, listing: Listing, stagingDir: string, prefix: string): Promise<{ images: StagedImage[]; failures: ImageFailure[] }> {
  const images: StagedImage[] = [];
  const failures: ImageFailure[] = [];
  for (const [i, ref] of listing.images.entries()) {
    const rule = findImageRule(channel, ref.role);
    if (!rule) continue;
    const rendered = await assets.render(ref.assetId, rule);
    const file = rendered.ok ? await assets.renditionFile(rendered.value.key) : null;
    if (!rendered.ok || !file) {
      failures.push({ listingId: listing.id, spuCode: listing.spuCode, assetId: ref.assetId, code: rendered.ok ? 'file-gone' : rendered.code });
      continue;
    }
    const filePath = join(stagingDir, `${prefix}${i + 1}.${EXTENSIONS[file.format]}`);
    // A file copy (the kernel's, not through this process's memory): a launch stages thousands.
    await copyFile(file.path, filePath);
    images.push({ ref, filePath, format: file.format });
  }
  return { images, failures };
}
