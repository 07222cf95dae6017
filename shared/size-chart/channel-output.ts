import type { ChannelId } from '../model/ids';
import type { Listing } from '../model/listing';
import type { Market } from '../markets/market';
import { sizeChartToHtml } from './html';
import { chartImageSizeFor, type ChartImageSize } from './image-size';
import { buildSizeChartData, outputOptionsFor, type SizeChartData, type SizeChartOutputOptions } from './output';
import { shoeGenderForCategory } from './shoe-chart';
import type { SizeChartResult } from './validate';

/*
 * Everything an exporter or connector needs for one listing on one channel, in one call: the
 * structured data, the description table and the image's size. The image itself is drawn by
 * electron/services/size-chart-image.ts (renderSizeChartData) from `data` and `image`.
 */

export interface SizeChartOutput {
  options: SizeChartOutputOptions;
  data: SizeChartData;
  html: string;
  image: ChartImageSize;
}

/** undefined when the listing has no chart; a problem when the chart cannot be output. */
export function sizeChartOutputFor(
  listing: Pick<Listing, 'sizeChart' | 'categoryPath'>,
  channel: ChannelId,
  markets: readonly Market[],
): SizeChartResult<SizeChartOutput> | undefined {
  if (!listing.sizeChart) return undefined;
  const options: SizeChartOutputOptions = { ...outputOptionsFor(channel, markets), shoeGender: shoeGenderForCategory(listing.categoryPath) };
  const data = buildSizeChartData(listing.sizeChart, options);
  if (!data.ok) return data;
  return { ok: true, value: { options, data: data.value, html: sizeChartToHtml(data.value), image: chartImageSizeFor(channel) } };
}
