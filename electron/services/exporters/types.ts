import type { CopyLocale, Currency } from '../../../shared/model/ids';
import type { PriceContext } from '../../../shared/markets/prices';
import type { ImageRef, Listing } from '../../../shared/model/listing';

/*
 * Export packages: for channels without an API in reach (and for every channel on request), a
 * folder + zip with the listing data in the channel's own field vocabulary and the image
 * renditions named as that channel's bulk tools expect. Plain Node, no electron import.
 */

import type { ExportChannel } from '../../../shared/publish/export-channels';
import type { SizeChartData } from '../../../shared/size-chart/output';

export { EXPORT_CHANNELS, type ExportChannel } from '../../../shared/publish/export-channels';

/** One rendition already made for this channel (the exporter copies, it never renders). */
export interface ExportImage {
  ref: ImageRef;
  filePath: string;
}

export interface ExportItem {
  listing: Listing;
  images: readonly ExportImage[];
  /** The size chart as an HTML table for the channel's markets, appended to HTML descriptions. */
  sizeChartHtml?: string;
  /** The same chart as data, written to the package's size-charts.csv. */
  sizeChart?: SizeChartData;
}

export interface ExportOptions {
  channel: ExportChannel;
  items: readonly ExportItem[];
  outDir: string;
  /** Time stamped into the folder name (local time, yyyyMMdd-HHmm). */
  now: number | Date;
  /** Copy locale to read; defaults to zh-CN for the Chinese marketplaces, en-US otherwise. */
  locale?: CopyLocale;
  /**
   * Where the merchant will host the images/ folder (e.g. a CDN or Shopify Files prefix). When set,
   * image cells in CSV/JSON are `<base>/<file name>`; otherwise they hold the bare file name.
   */
  imageBaseUrl?: string;
  /** Amazon only: marketplace of the feed's values (default US, ATVPDKIKX0DER). */
  amazonMarketplaceId?: string;
  /** The currency the package sells in and how to price a listing kept in another (see ExportPricing). */
  pricing?: ExportPricing;
}

/**
 * Where a package sells: its currency, and the merchant's rates and rounding for listings priced in
 * another currency (a SKU's explicit price for it wins, else the base price is converted). Without
 * it, Chinese marketplaces take CNY and the others the listing's own currency, unconverted.
 */
export interface ExportPricing extends PriceContext {
  currency: Currency;
}

export const EXPORT_WARNING_CODES = ['no-skus', 'no-title', 'invalid-price', 'invalid-stock', 'no-handle', 'currency'] as const;
export type ExportWarningCode = (typeof EXPORT_WARNING_CODES)[number];

/** A listing left out of the package, and why; the rest of the package is still written. */
export interface ExportWarning {
  code: ExportWarningCode;
  listingId: string;
  spuCode: string;
  message: string;
}

export type ExportErrorCode = 'nothing-to-export' | 'missing-image' | 'write-failed';

export interface ExportError {
  code: ExportErrorCode;
  message: string;
  /** The file that could not be read or written, when there is one. */
  path?: string;
}

export interface ExportPackage {
  folder: string;
  zipPath: string;
  /** Paths inside the folder, '/'-separated, sorted. */
  files: string[];
  warnings: ExportWarning[];
}

export type ExportOutcome =
  | { ok: true; value: ExportPackage }
  | { ok: false; error: ExportError; warnings: ExportWarning[] };

/** A SKU whose typed amounts have been parsed; prices in minor units (分 / cents) to avoid float drift. */
export interface PreparedSku {
  code: string;
  optionValues: string[];
  priceCents: number;
  /** 0 when the listing has no list / compare-at price. */
  compareAtCents: number;
  costCents: number;
  stock: number;
  barcode: string;
}

/** An image as it will sit in the package's images/ folder. */
export interface PackagedImage {
  ref: ImageRef;
  sourcePath: string;
  /** File name inside images/. */
  fileName: string;
  /** Amazon only: the child SKU the copy is named after (variant images are copied once per SKU). */
  skuCode?: string;
}

export interface PreparedListing {
  listing: Listing;
  title: string;
  subtitle: string;
  bullets: string[];
  description: string;
  keywords: string[];
  /** '' without a size chart. */
  sizeChartHtml: string;
  sizeChart?: SizeChartData;
  /** The currency the SKUs' amounts are in: the package's, which may differ from the listing's own. */
  currency: Currency;
  skus: PreparedSku[];
  images: PackagedImage[];
}

export interface DataFile {
  name: string;
  bytes: Uint8Array;
}

export interface FormatContext {
  channel: ExportChannel;
  imageBaseUrl?: string;
  amazonMarketplaceId: string;
  locale: CopyLocale;
}
