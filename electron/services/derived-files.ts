import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RENDITION_KEY_PATTERN } from '../../shared/images/schemas';
import type { ImageMeta, ImageRule, RenditionResult } from '../../shared/images/types';
import { isMissing, SHA256_HEX, tempPathFor, writeFileAtomic } from './asset-files';
import type { SizeChartData } from '../../shared/size-chart/output';
import type { ImageEngine, ImageOutcome, SizeChartDrawing } from './image-engine';
import type { Logger } from './logger';

/*
 * What the asset store makes from an original, each made once and then read from disk:
 *   <dataDir>/thumbs/<hash>.webp                 320 px thumbnail
 *   <dataDir>/renditions/<hash>-<ruleId>.<ext>   one rendition per (image, rule)
 *   <dataDir>/renditions/<hash>-<ruleId>.json    its RenditionResult + the rule's fingerprint
 *   <dataDir>/size-charts/<key>.png (+ .json)    a size chart drawn for a channel, keyed by a hash of
 *                                                its data, size and the drawing's version
 * The fingerprint covers every rule field, so a rule edited under the same id renders again;
 * anything else is served from disk with isCached: true and never reaches the engine.
 */

export const THUMBNAIL_SIZE = 320;

export interface DerivedFiles {
  thumbnail(hash: string): Promise<ImageOutcome<Uint8Array<ArrayBuffer>>>;
  render(hash: string, rule: ImageRule): Promise<ImageOutcome<RenditionResult>>;
  readRendition(key: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; format: ImageRule['format'] } | null>;
  /** A rendition's file and format, for copying it without reading it into memory; null when unknown. */
  renditionFile(key: string): Promise<{ path: string; format: ImageRule['format'] } | null>;
  /**
   * A size chart's PNG, drawn once per (data, size): a re-export or the editor's preview of the same
   * chart reads it from disk, and channels with the same size and market share one drawing.
   */
  sizeChart(data: SizeChartData, size: { width: number; maxHeight: number }): Promise<ImageOutcome<SizeChartFile>>;
}

export type SizeChartFile = Extract<SizeChartDrawing, { drawn: false }> | { drawn: true; path: string; width: number; height: number };

/** Bump when the drawing itself changes (layout, font), so charts drawn before are drawn again. */
const SIZE_CHART_DRAWING_VERSION = 1;

export interface DerivedFilesOptions {
  dataDir: string;
  engine: ImageEngine;
  logger: Logger;
  /** Path of the stored original, null when there is none. */
  findOriginal(hash: string): Promise<string | null>;
  /** Stored metadata of the original; passed to render so it skips a second measuring decode. */
  readMeta?(hash: string): Promise<ImageMeta | null>;
}

/** A stable fingerprint of everything in a rule that changes the output. */
function ruleFingerprint(rule: ImageRule): string {
  return createHash('sha256').update(JSON.stringify(rule)).digest('hex').slice(0, 16);
}

/** Plain Uint8Array over the same memory: Buffer subclasses do not survive every transport as themselves. */
export function plainBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  if (buffer.buffer instanceof ArrayBuffer) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const copy = new Uint8Array(buffer.byteLength);
  copy.set(buffer);
  return copy;
}

interface RenditionSidecar {
  fingerprint: string;
  result: Omit<RenditionResult, 'isCached'>;
}

export function createDerivedFiles({ dataDir, engine, logger, findOriginal, readMeta }: DerivedFilesOptions): DerivedFiles {
  const thumbsDir = join(dataDir, 'thumbs');
  const renditionsDir = join(dataDir, 'renditions');
  const chartsDir = join(dataDir, 'size-charts');
  // Two requests for the same thumbnail or rendition at once share one job.
  const rendering = new Map<string, Promise<ImageOutcome<RenditionResult>>>();
  const thumbing = new Map<string, Promise<ImageOutcome<Uint8Array<ArrayBuffer>>>>();
  const charting = new Map<string, Promise<ImageOutcome<SizeChartFile>>>();

  async function makeThumbnail(hash: string): Promise<ImageOutcome<Uint8Array<ArrayBuffer>>> {
    const out = join(thumbsDir, `${hash}.webp`);
    const cached = await readFile(out).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (cached !== null) return { ok: true, value: plainBytes(cached) };
    const original = await findOriginal(hash);
    if (original === null) return { ok: false, code: 'file-gone', detail: 'no stored original' };
    await mkdir(thumbsDir, { recursive: true });
    const temp = tempPathFor(out);
    try {
      const made = await engine.thumbnail(original, temp, THUMBNAIL_SIZE);
      if (!made.ok) return made;
      await rename(temp, out);
      return { ok: true, value: plainBytes(await readFile(out)) };
    } finally {
      await rm(temp, { force: true });
    }
  }

  async function readSidecar(key: string): Promise<RenditionSidecar | null> {
    try {
      return JSON.parse(await readFile(join(renditionsDir, `${key}.json`), 'utf8')) as RenditionSidecar;
    } catch (error) {
      if (!isMissing(error)) logger.warn('rendition sidecar unreadable, rendering again', { key, error });
      return null;
    }
  }

  async function renderOnce(hash: string, rule: ImageRule, key: string): Promise<ImageOutcome<RenditionResult>> {
    const fingerprint = ruleFingerprint(rule);
    const sidecar = await readSidecar(key);
    if (sidecar !== null && sidecar.fingerprint === fingerprint) {
      const file = join(renditionsDir, `${key}.${sidecar.result.format}`);
      const isThere = await stat(file).then(
        () => true,
        () => false,
      );
      if (isThere) return { ok: true, value: { ...sidecar.result, isCached: true } };
    }
    const original = await findOriginal(hash);
    if (original === null) return { ok: false, code: 'file-gone', detail: 'no stored original' };
    await mkdir(renditionsDir, { recursive: true });
    const out = join(renditionsDir, `${key}.${rule.format}`);
    const temp = tempPathFor(out);
    try {
      const meta = (await readMeta?.(hash)) ?? undefined;
      const rendered = await engine.render(original, rule, temp, { meta });
      if (!rendered.ok) return rendered;
      const result: Omit<RenditionResult, 'isCached'> = { ...rendered.value, key, assetHash: hash, ruleId: rule.id };
      await rename(temp, out);
      await writeFileAtomic(join(renditionsDir, `${key}.json`), JSON.stringify({ fingerprint, result } satisfies RenditionSidecar));
      return { ok: true, value: { ...result, isCached: false } };
    } finally {
      await rm(temp, { force: true });
    }
  }

  async function drawChartOnce(data: SizeChartData, size: { width: number; maxHeight: number }, key: string): Promise<ImageOutcome<SizeChartFile>> {
    const path = join(chartsDir, `${key}.png`);
    try {
      const { width, height } = JSON.parse(await readFile(join(chartsDir, `${key}.json`), 'utf8')) as { width: number; height: number };
      if (await stat(path).then(() => true, () => false)) return { ok: true, value: { drawn: true, path, width, height } };
    } catch (error) {
      if (!isMissing(error)) logger.warn('size chart sidecar unreadable, drawing again', { key, error });
    }
    await mkdir(chartsDir, { recursive: true });
    const temp = tempPathFor(path);
    try {
      const drawn = await engine.sizeChart(data, size, temp);
      if (!drawn.ok) return drawn;
      if (!drawn.value.drawn) return { ok: true, value: drawn.value };
      await rename(temp, path);
      const { width, height } = drawn.value;
      await writeFileAtomic(join(chartsDir, `${key}.json`), JSON.stringify({ width, height }));
      return { ok: true, value: { drawn: true, path, width, height } };
    } finally {
      await rm(temp, { force: true });
    }
  }

  /** Runs `task` once per key at a time; concurrent callers share the promise. */
  function once<T>(map: Map<string, Promise<T>>, key: string, task: () => Promise<T>): Promise<T> {
    const pending = map.get(key);
    if (pending !== undefined) return pending;
    const work = task().finally(() => map.delete(key));
    map.set(key, work);
    return work;
  }

  return {
    thumbnail: async (hash) => {
      if (!SHA256_HEX.test(hash)) return { ok: false, code: 'file-gone', detail: 'not a hash' };
      return once(thumbing, hash, () => makeThumbnail(hash));
    },
    render: async (hash, rule) => {
      const key = `${hash}-${rule.id.toLowerCase()}`;
      if (!SHA256_HEX.test(hash) || !RENDITION_KEY_PATTERN.test(key)) return { ok: false, code: 'internal', detail: 'bad hash or rule id' };
      return once(rendering, key, () => renderOnce(hash, rule, key));
    },
    sizeChart: (data, size) => {
      const key = createHash('sha256').update(JSON.stringify({ v: SIZE_CHART_DRAWING_VERSION, data, size })).digest('hex');
      return once(charting, key, () => drawChartOnce(data, size, key));
    },
    renditionFile: async (key) => {
      if (!RENDITION_KEY_PATTERN.test(key)) return null;
      const sidecar = await readSidecar(key);
      if (sidecar === null) return null;
      const path = join(renditionsDir, `${key}.${sidecar.result.format}`);
      return (await stat(path).then(() => true, () => false)) ? { path, format: sidecar.result.format } : null;
    },
    readRendition: async (key) => {
      if (!RENDITION_KEY_PATTERN.test(key)) return null;
      const sidecar = await readSidecar(key);
      if (sidecar === null) return null;
      const bytes = await readFile(join(renditionsDir, `${key}.${sidecar.result.format}`)).catch((error: unknown) => {
        if (isMissing(error)) return null;
        throw error;
      });
      return bytes === null ? null : { bytes: plainBytes(bytes), format: sidecar.result.format };
    },
  };
}
