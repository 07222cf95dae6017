import { readFile, writeFile } from 'node:fs/promises';
import type { ImageEngine } from '../../../electron/services/image-engine';
import type { ImageMeta } from '../../../shared/images/types';

export interface FakeEngine extends ImageEngine {
  calls: { probe: string[]; thumbnail: string[]; render: string[]; sizeChart: string[] };
}

/** Content-driven stand-in for the worker pool: files starting with "BAD" are not images, "SLOW" waits for `gate`. */
export function createFakeEngine(gate: Promise<void> = Promise.resolve()): FakeEngine {
  const calls = { probe: [] as string[], thumbnail: [] as string[], render: [] as string[], sizeChart: [] as string[] };
  const meta = (bytes: Buffer): ImageMeta => ({
    hash: 'set-by-the-store',
    bytes: bytes.length,
    format: 'jpeg',
    width: 100 + bytes.length,
    height: 100,
    space: 'srgb',
    bitDepth: 8,
    hasAlpha: false,
    orientation: 1,
    pages: 1,
    phash: '0000000000000000',
    border: { r: 255, g: 255, b: 255, uniformity: 1 },
    productFill: 0.5,
  });
  return {
    calls,
    probe: async (path) => {
      calls.probe.push(path);
      const bytes = await readFile(path).catch(() => null);
      if (bytes === null) return { ok: false, code: 'file-gone' };
      if (bytes.toString('utf8').startsWith('SLOW')) await gate;
      if (bytes.toString('utf8').startsWith('BAD')) return { ok: false, code: 'not-an-image' };
      return { ok: true, value: meta(bytes) };
    },
    thumbnail: async (path, outPath) => {
      calls.thumbnail.push(path);
      await writeFile(outPath, Buffer.concat([Buffer.from('THUMB:'), await readFile(path)]));
      return { ok: true, value: { width: 32, height: 32 } };
    },
    render: async (path, rule, outPath) => {
      calls.render.push(path);
      const bytes = Buffer.concat([Buffer.from(`R:${rule.id}:`), await readFile(path)]);
      await writeFile(outPath, bytes);
      return {
        ok: true,
        value: { assetHash: 'engine-does-not-know', ruleId: rule.id, width: rule.width, height: rule.height, bytes: bytes.length, format: rule.format, quality: 85, checks: [], isPassing: true },
      };
    },
    // Draws a marker file: what the exporters do with a size chart is tested, not the drawing.
    sizeChart: async (data, size, outPath) => {
      calls.sizeChart.push(outPath);
      await writeFile(outPath, `SIZECHART:${size.width}:${data.rows.map((r) => r[0]).join(',')}`);
      return { ok: true, value: { drawn: true, width: size.width, height: 100 } };
    },
    close: async () => undefined,
  };
}
