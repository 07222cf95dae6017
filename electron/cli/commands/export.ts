import { findImageRule } from '../../../shared/rules/image-rules';
import { EXPORT_CHANNELS, type ExportChannel } from '../../../shared/publish/export-channels';
import { DEFAULT_MARKET_SETTINGS } from '../../../shared/checklist/market-facts';
import { exportForChannel, exportPricing } from '../../services/channel-export';
import { onePositional, parseChannel, parseDate, requireString, stringOf, stringsOf, today } from '../args';
import { withWorkspace, type Command } from '../context';
import { EXIT, InputError, type Output } from '../io';
import { assess } from '../readiness';
import type { Workspace } from '../workspace';
import { ensureFolder } from './render';

/*
 * Export packages, one per channel, with the app's exporters. Only listings ready for the channel
 * go in unless --force (the launch gate); the rest are listed as skipped. Images are rendered
 * first with progress (the store caches renditions, so the exporter's own pass only reads them).
 */

export interface ChannelExportJson {
  channel: ExportChannel;
  ok: boolean;
  folder: string | null;
  zip: string | null;
  files: string[];
  exported: { listingId: string; spuCode: string }[];
  skippedNotReady: { listingId: string; spuCode: string }[];
  leftOut: { listingId: string; spuCode: string; code: string; message: string }[];
  imageFailures: { listingId: string; spuCode: string; assetId: string; code: string }[];
  error: { code: string; message: string } | null;
}

async function prerender(out: Output, ws: Workspace, channel: ExportChannel, listings: Workspace['listings']): Promise<void> {
  const jobs = listings.flatMap((l) => l.images.flatMap((ref) => {
    const rule = findImageRule(channel, ref.role);
    return rule ? [{ hash: ref.assetId, rule }] : [];
  }));
  const label = out.messages.t('export.progress', { channel });
  let done = 0;
  // The pool runs as many at once as it has workers; the rest wait in its queue.
  await Promise.all(jobs.map(async (job) => {
    await ws.assets.render(job.hash, job.rule);
    done += 1;
    out.progress(done, jobs.length, label);
  }));
}

export async function exportChannels(out: Output, ws: Workspace, channels: readonly ExportChannel[], options: { outDir: string; asOf: string; isForced: boolean; now: Date }): Promise<ChannelExportJson[]> {
  const { t } = out.messages;
  const readiness = assess(ws, out.messages, channels, { asOf: options.asOf });
  const results: ChannelExportJson[] = [];
  for (const channel of channels) {
    const isReady = (id: string) => readiness.find((r) => r.listingId === id)?.channels.find((c) => c.channel === channel)?.ready === true;
    const chosen = options.isForced ? ws.listings : ws.listings.filter((l) => isReady(l.id));
    const skipped = options.isForced ? [] : ws.listings.filter((l) => !isReady(l.id));
    for (const l of skipped) out.line(`  – ${t('export.skipped', { channel, spu: l.spuCode })}`);
    await prerender(out, ws, channel, chosen);
    // A bundle carries no settings: the default markets and example rates apply, as in readiness.
    const markets = DEFAULT_MARKET_SETTINGS;
    const outcome = await exportForChannel({ assets: ws.assets, channel, listings: chosen, outDir: options.outDir, now: options.now, logger: ws.logger, pricing: exportPricing(channel, markets), markets: markets.markets });
    const warnings = outcome.ok ? outcome.value.warnings : outcome.warnings;
    const leftOut = warnings.map((w) => ({ listingId: w.listingId, spuCode: w.spuCode, code: w.code, message: w.message }));
    const leftIds = new Set(leftOut.map((w) => w.listingId));
    for (const w of leftOut) out.line(`  ✗ ${t('export.leftOut', { channel, spu: w.spuCode, message: w.message })}`);
    for (const f of outcome.imageFailures) out.line(`  ✗ ${t('export.imageFailed', { channel, spu: f.spuCode, assetId: f.assetId, code: f.code })}`);
    const exported = outcome.ok ? chosen.filter((l) => !leftIds.has(l.id)).map((l) => ({ listingId: l.id, spuCode: l.spuCode })) : [];
    if (outcome.ok) out.line(`  ✓ ${t('export.written', { channel, count: exported.length, folder: outcome.value.folder, zip: outcome.value.zipPath })}`);
    else out.line(`  ✗ ${t('export.failed', { channel, message: outcome.error.message })}`);
    results.push({
      channel,
      ok: outcome.ok,
      folder: outcome.ok ? outcome.value.folder : null,
      zip: outcome.ok ? outcome.value.zipPath : null,
      files: outcome.ok ? outcome.value.files : [],
      exported,
      skippedNotReady: skipped.map((l) => ({ listingId: l.id, spuCode: l.spuCode })),
      leftOut,
      imageFailures: outcome.imageFailures.map((f) => ({ listingId: f.listingId, spuCode: f.spuCode, assetId: f.assetId, code: f.code })),
      error: outcome.ok ? null : { code: outcome.error.code, message: outcome.error.message },
    });
  }
  return results;
}

export function isExportClean(results: readonly ChannelExportJson[]): boolean {
  return results.every((r) => r.ok && r.leftOut.length === 0 && r.imageFailures.length === 0);
}

/** shelfready export <bundle> --channel ID... --out DIR [--force] [--as-of DATE] */
export const exportCommand: Command = {
  options: { channel: { type: 'string', multiple: true }, out: { type: 'string' }, force: { type: 'boolean' }, 'as-of': { type: 'string' } },
  async run(ctx) {
    const bundleDir = onePositional(ctx.positionals, '<bundle>');
    const channels = [...new Set(stringsOf(ctx.values, 'channel').map((c) => parseChannel(c, EXPORT_CHANNELS, 'errors.notExportChannel')))];
    if (channels.length === 0) throw new InputError('errors.missingArgument', { what: '--channel' });
    const outDir = await ensureFolder(requireString(ctx.values, 'out'));
    const asOfFlag = stringOf(ctx.values, 'as-of');
    const asOf = asOfFlag === undefined ? today(ctx.now()) : parseDate(asOfFlag);
    const isForced = ctx.values.force === true;
    return withWorkspace(ctx, bundleDir, async (ws) => {
      const results = await exportChannels(ctx.out, ws, channels, { outDir, asOf, isForced, now: ctx.now() });
      ctx.out.json({ command: 'export', bundle: ws.bundle.dir, out: outDir, asOf, forced: isForced, channels: results });
      const skipped = results.some((r) => r.skippedNotReady.length > 0);
      return isExportClean(results) && !skipped ? EXIT.ok : EXIT.notReady;
    });
  },
};
