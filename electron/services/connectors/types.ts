import type { ChannelId, CopyLocale } from '../../../shared/model/ids';
import type { ImageRef, Listing } from '../../../shared/model/listing';
import type { SizeChartData } from '../../../shared/size-chart/output';
import type { PushError, PushOutcome } from '../../../shared/publish/push-error';

/*
 * The one interface every channel connector implements. Connectors are plain Node (no electron
 * import): the outbox runner calls them in the main process, the CLI calls them headless, and the
 * tests call them against real local servers.
 */

/** An image ready to upload: the channel's rendition on disk. */
export interface PushImage extends ImageRef {
  filePath: string;
  /** File name as the channel should see it, e.g. "DR26S-00001_1.jpg". */
  fileName: string;
  mimeType: string;
}

export interface PushRequest {
  listing: Listing;
  images: readonly PushImage[];
  /** One per (listing id, revision, channel): sending it twice must never create two products. */
  idempotencyKey: string;
  /** Locales to send (those the listing has and the channel takes). */
  locales: readonly CopyLocale[];
  /**
   * The listing's size chart as an HTML table, converted and labelled for the channel's markets
   * (shared/size-chart); appended to the product description. Absent without a chart.
   */
  sizeChartHtml?: string;
  /** The same chart as data, for channels that take it structured (the webhook). */
  sizeChart?: SizeChartData;
}

export interface PushResult {
  /** The channel's id for the product (Vendure id, Shopify GID, WooCommerce id, webhook echo). */
  remoteId: string;
  /** False when an existing product was updated. */
  created: boolean;
  /** Variant / variation ids by SKU code, for later updates. */
  variantIds: Record<string, string>;
  /** The product was saved, but something was left out (e.g. images with nowhere to upload them). */
  warnings?: PushWarning[];
}

export interface PushWarning {
  code: 'images-not-sent';
  /** Plain text for the log and the details line: what was left out and what to configure. */
  message: string;
}

export interface ConnectionInfo {
  /** The shop's own name as the channel reports it, shown after "Test connection". */
  shopName: string;
}

export interface Connector {
  readonly channel: ChannelId | 'webhook';
  testConnection(signal?: AbortSignal): Promise<PushOutcome<ConnectionInfo>>;
  push(request: PushRequest, signal?: AbortSignal): Promise<PushOutcome<PushResult>>;
}

export type { PushError, PushOutcome };
