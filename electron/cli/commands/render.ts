import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CHANNEL_IDS } from '../../../shared/model/ids';
import type { Listing } from '../../../shared/model/listing';
import { stageRenditions } from '../../services/channel-renditions';
import { onePositional, parseChannel, requireString } from '../args';
import { withWorkspace, type Command } from '../context';
import { EXIT, InputError } from '../io';

/** A folder name for a listing's renditions: its SPU code when that is a safe name, else its id. */
export function folderNameOf(listing: Listing): string {
  const spu = listing.spuCode.trim();
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(spu) && !spu.endsWith('.') ? spu : listing.id.replace(/[^A-Za-z0-9._-]/g, '_');
}

export async function ensureFolder(path: string): Promise<string> {
  const dir = resolve(path);
  await mkdir(dir, { recursive: true }).catch(() => {
    throw new InputError('errors.outNotFolder', { path: dir });
  });
  return dir;
}

/** shelfready render <bundle> --channel ID --out DIR: every listing's images for the channel's rules. */
export const renderCommand: Command = {
  options: { channel: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const bundleDir = onePositional(ctx.positionals, '<bundle>');
    const channel = parseChannel(requireString(ctx.values, 'channel'), CHANNEL_IDS);
    const outDir = await ensureFolder(requireString(ctx.values, 'out'));
    const { t } = ctx.out.messages;
    return withWorkspace(ctx, bundleDir, async (ws) => {
      const listings = [];
      let images = 0;
      let failed = 0;
      for (const [n, listing] of ws.listings.entries()) {
        const dir = join(outDir, folderNameOf(listing));
        await mkdir(dir, { recursive: true });
        const staged = await stageRenditions(ws.assets, channel, listing, dir, '');
        images += staged.images.length;
        failed += staged.failures.length;
        ctx.out.line(t('render.listing', { spu: listing.spuCode, count: staged.images.length, dir }));
        for (const f of staged.failures) ctx.out.line(`  ✗ ${t('render.failed', { spu: listing.spuCode, assetId: f.assetId, code: f.code })}`);
        listings.push({
          listingId: listing.id, spuCode: listing.spuCode, folder: dir,
          files: staged.images.map((i) => ({ assetId: i.ref.assetId, role: i.ref.role, path: i.filePath, format: i.format })),
          failures: staged.failures.map((f) => ({ assetId: f.assetId, code: f.code })),
        });
        ctx.out.progress(n + 1, ws.listings.length, t('render.progress'));
      }
      ctx.out.line();
      ctx.out.line(t('render.summary', { images, channel, out: outDir, failed }));
      ctx.out.json({ command: 'render', bundle: ws.bundle.dir, channel, out: outDir, summary: { listings: listings.length, images, failed }, listings });
      return failed > 0 || ws.imageProblems.length > 0 ? EXIT.notReady : EXIT.ok;
    });
  },
};
