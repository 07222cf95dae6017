import type { ImageMeta, ImageRule } from '../../shared/images/types';
import type { SizeChartData } from '../../shared/size-chart/output';
import type { ImageOutcome } from '../services/image-engine';

/*
 * Messages between the image pool (parent) and a worker process. Plain structured data, so the same
 * shapes travel over child_process IPC and Electron's utilityProcess MessagePort.
 */

export interface ProbeArgs { path: string }
export interface ThumbnailArgs { path: string; outPath: string; size: number }
export interface RenderArgs { path: string; rule: ImageRule; outPath: string; meta?: ImageMeta }
/** A size chart drawn from data built for one channel, `width` wide, as PNG at outPath. */
export interface SizeChartArgs { data: SizeChartData; width: number; maxHeight: number; outPath: string }
/** Test-only job, honoured only when the worker runs with SHELFREADY_WORKER_TEST=1. */
export interface TestArgs { crash?: boolean; sleepMs?: number; blockMs?: number }

export type WorkerJob =
  | { op: 'probe'; args: ProbeArgs }
  | { op: 'thumbnail'; args: ThumbnailArgs }
  | { op: 'render'; args: RenderArgs }
  | { op: 'sizeChart'; args: SizeChartArgs }
  | { op: 'test'; args: TestArgs };

export type WorkerRequest = (WorkerJob & { id: number }) | { cancel: number };

export type WorkerReply =
  | { id: number; progress: number }
  | { id: number; outcome: ImageOutcome<unknown>; rss: number };

export function isWorkerRequest(value: unknown): value is WorkerRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.cancel === 'number') return true;
  return typeof v.id === 'number' && typeof v.op === 'string' && typeof v.args === 'object' && v.args !== null;
}

export function isWorkerReply(value: unknown): value is WorkerReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'number' && (typeof v.progress === 'number' || (typeof v.outcome === 'object' && v.outcome !== null));
}
