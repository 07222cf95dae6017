import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marketsForChannel, type Market } from '../../shared/markets/market';
import { sizeChartOutputFor } from '../../shared/size-chart/channel-output';
import type { SizeChartData } from '../../shared/size-chart/output';
import { requiredFor } from '../../shared/markets/requirements';
import type { Listing } from '../../shared/model/listing';
import type { MarketSettings } from '../../shared/checklist/types';
import type { AssetStore } from './asset-store';
import { stageRenditions, type ImageFailure, type StagedImage } from './channel-renditions';
import { exportPackage, type ExportChannel, type ExportOutcome } from './exporters';
import type { ExportPricing } from './exporters/types';
import type { Logger } from './logger';

/**
 * The currency a channel's package sells in: that of the first market (Settings) selling on the
 * channel, else the one its rule pack prefers; with the merchant's rates and rounding to get there.
 */
export function exportPricing(channel: ExportChannel, settings: Pick<MarketSettings, 'markets' | 'rates' | 'rounding'>): ExportPricing | undefined {
  const currency = marketsForChannel(settings.markets, channel)[0]?.currency ?? requiredFor(channel, []).currencies[0];
  return currency ? { currency, rates: settings.rates, rounding: settings.rounding } : undefined;
}

/*
 * An export package for one channel from listings as the renderer holds them: each image is
 * rendered for that channel's rule of its slot (cached renditions are reused, so a second export
 * decodes nothing), staged in a temp folder, and handed to the exporter, which names and copies
 * them. An image that cannot be rendered is left out and reported; it never stops the package.
 */

/** Listings staged at once: enough to keep a pool of a few workers busy, few enough to bound open files. */
const STAGE_CONCURRENCY = 8;

/** `work` over `items` with at most `limit` running; results in input order. */
async function mapInOrder<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  async function lane(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      const item = items[index];
      if (item !== undefined) results[index] = await work(item, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

export type ChannelExportOutcome = ExportOutcome & { imageFailures: ImageFailure[] };

/** After every photo: a detail image's `order` no real image reaches. */
const SIZE_CHART_ORDER = 1_000_000;

/**
 * The listing's size chart for the channel: its HTML table, its data, and its PNG (the store's
 * drawing, which the exporter copies like a staged rendition) as the last detail image. A chart
 * that cannot be drawn (too tall for the channel) is logged and left out of the images; the
 * package is still written.
 */
async function sizeChartFor(assets: AssetStore, channel: ExportChannel, listing: Listing, markets: readonly Market[], logger: Logger): Promise<{ html: string; data?: SizeChartData; image?: StagedImage }> {
  const output = sizeChartOutputFor(listing, channel, markets);
  if (!output) return { html: '' };
  if (!output.ok) {
    logger.info('size chart not output', { spuCode: listing.spuCode, problem: output.problem });
    return { html: '' };
  }
  const drawn = await assets.sizeChartFile(output.value.data, output.value.image);
  if (!drawn.ok || !drawn.value.drawn) {
    logger.warn('size chart not drawn', { spuCode: listing.spuCode, problem: drawn.ok ? (drawn.value.drawn ? '' : drawn.value.problem) : drawn.code });
    return { html: output.value.html, data: output.value.data };
  }
  return { html: output.value.html, data: output.value.data, image: { ref: { assetId: 'size-chart', role: 'detail', order: SIZE_CHART_ORDER }, filePath: drawn.value.path, format: 'png' } };
}

export async function exportForChannel({ assets, channel, listings, outDir, now, logger, pricing, markets }: {
  assets: AssetStore;
  channel: ExportChannel;
  listings: readonly Listing[];
  outDir: string;
  now: Date;
  logger: Logger;
  /** The package's currency and the merchant's rates (exportPricing); without it, no conversion. */
  pricing?: ExportPricing;
  /** The merchant's markets: with them, size charts go out as a detail image and an HTML table. */
  markets?: readonly Market[];
}): Promise<ChannelExportOutcome> {
  const staging = await mkdtemp(join(tmpdir(), 'shelfready-export-'));
  const imageFailures: ImageFailure[] = [];
  try {
    // Several listings at once so the worker pool stays busy (one listing's few images would leave
    // workers idle); results keep listing order, which the package's rows follow.
    const staged = await mapInOrder(listings, STAGE_CONCURRENCY, async (listing, n) => {
      const photos = await stageRenditions(assets, channel, listing, staging, `${n + 1}-`);
      const chart = markets ? await sizeChartFor(assets, channel, listing, markets, logger) : { html: '' };
      return { ...photos, images: chart.image ? [...photos.images, chart.image] : photos.images, sizeChartHtml: chart.html, sizeChart: chart.data };
    });
    const items = listings.map((listing, n) => {
      const { images, failures, sizeChartHtml, sizeChart } = staged[n] ?? { images: [], failures: [], sizeChartHtml: '' };
      imageFailures.push(...failures);
      return { listing, images: images.map(({ ref, filePath }) => ({ ref, filePath })), sizeChartHtml, ...(sizeChart ? { sizeChart } : {}) };
    });
    const outcome = await exportPackage({ channel, items, outDir, now, pricing });
    if (!outcome.ok) logger.warn('export failed', { channel, code: outcome.error.code });
    return { ...outcome, imageFailures };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
