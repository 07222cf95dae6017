import type { ImageErrorCode, ImageMeta, ImageRule, RenditionResult } from '../../shared/images/types';
import type { SizeChartData } from '../../shared/size-chart/output';

/*
 * What the rest of the app asks of image processing. Implemented by the worker pool
 * (image-pool.ts: sharp in child processes / Electron utilityProcess), never by sharp in this
 * process. Every method resolves; a bad file is an `{ ok: false }` outcome, not a throw.
 */

export type ImageOutcome<T> = { ok: true; value: T } | { ok: false; code: ImageErrorCode; detail?: string };

/** A drawn size chart, or why it could not be drawn (no font, taller than the channel allows). */
export type SizeChartDrawing =
  | { drawn: true; width: number; height: number }
  | { drawn: false; problem: string; detail?: string };

export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

export interface RenderOptions extends JobOptions {
  /** The meta probed at intake; without it the worker measures the original again for the checks. */
  meta?: ImageMeta;
}

export interface ImageEngine {
  /** Reads and measures an original: metadata, perceptual hash, border colour, product fill. */
  probe(path: string, options?: JobOptions): Promise<ImageOutcome<ImageMeta>>;
  /** Writes a small WebP thumbnail (longest side `size`) to outPath. */
  thumbnail(path: string, outPath: string, size: number, options?: JobOptions): Promise<ImageOutcome<{ width: number; height: number }>>;
  /**
   * Renders `path` per `rule` to outPath: auto-orient, sRGB, flatten alpha on white, fit, format,
   * quality stepped down until maxBytes fits, metadata stripped. Checks against the rule included.
   */
  render(path: string, rule: ImageRule, outPath: string, options?: RenderOptions): Promise<ImageOutcome<Omit<RenditionResult, 'key' | 'isCached'>>>;
  /** Draws a size chart (data built for one channel) as a PNG `size.width` wide at outPath. */
  sizeChart(data: SizeChartData, size: { width: number; maxHeight: number }, outPath: string, options?: JobOptions): Promise<ImageOutcome<SizeChartDrawing>>;
  close(): Promise<void>;
}
