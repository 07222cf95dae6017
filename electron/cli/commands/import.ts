import { realpath } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { resolvePendingImages } from '../../../shared/import/pending-images';
import type { RowError } from '../../../shared/import/errors';
import { writeBundle } from '../../services/bundle-files';
import { importSheet } from '../../services/sheet-import';
import { onePositional, requireString, stringOf } from '../args';
import type { Command } from '../context';
import { EXIT, InputError, type Output } from '../io';
import { bundleProblemLines, createEngineAndStore, defaultDataDir } from '../workspace';

/*
 * shelfready import <sheet.csv|.xlsx> [--images DIR] --out BUNDLE: the app's spreadsheet importer
 * (electron/services/sheet-import.ts), then the bundle writer. Rejected products are reported row
 * by row and left out whole; the others are written (exit 1 when any was rejected).
 */

function rowErrorLine(out: Output, error: RowError): string {
  const { t } = out.messages;
  const code = error.code.replace(/^import\./, '');
  let reason = t(`rowErrors.${code}`, { defaultValue: t('rowErrors.other') });
  const value = error.params.value;
  if (value !== undefined && value !== '') reason += ` (“${String(value)}”)`;
  return t('rowErrors.row', { row: error.row, column: error.column, reason });
}

export const importCommand: Command = {
  options: { images: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const sheetPath = resolve(onePositional(ctx.positionals, '<sheet.csv|.xlsx>'));
    const outDir = resolve(requireString(ctx.values, 'out'));
    const imagesFlag = stringOf(ctx.values, 'images');
    const { t } = ctx.out.messages;
    const result = await importSheet(sheetPath, { ...(imagesFlag === undefined ? {} : { imagesDir: resolve(imagesFlag) }) });
    if (!result.ok) {
      const reason = t(`sheetProblems.${result.code.replace(/^import\./, '')}`, { defaultValue: result.code });
      throw new InputError('errors.sheet', { path: sheetPath, reason });
    }

    // Images: stored (and so checked to be images) in the asset store, named by content hash.
    const dataDir = stringOf(ctx.values, 'data') ?? defaultDataDir(await realpath(sheetPath).catch(() => sheetPath));
    const { engine, assets, logger } = await createEngineAndStore(resolve(dataDir));
    const imageFailures: { file: string; code: string }[] = [];
    let written;
    let listings = result.listings;
    try {
      const pending = [...result.imageFiles.entries()];
      const stored = await assets.importPaths(pending.map(([, path]) => path));
      const hashes = new Map<string, string>();
      const originals = new Map<string, string>();
      stored.forEach((r, i) => {
        const entry = pending[i];
        if (!entry) return;
        if (r.ok) {
          hashes.set(entry[0], r.meta.hash);
          originals.set(r.meta.hash, entry[1]);
        } else {
          imageFailures.push({ file: basename(entry[1]), code: r.error });
        }
      });
      listings = resolvePendingImages(result.listings, hashes);
      written = await writeBundle(outDir, { listings, imagePath: (id) => originals.get(id) ?? null, appVersion: 'shelfready-cli' });
    } finally {
      await engine.close();
      await logger.close();
    }
    if (!written.ok) throw new InputError('bundle.refused', { path: outDir }, bundleProblemLines(ctx.out, written.errors));

    const errors = result.errors.map((e) => ({ ...e, message: rowErrorLine(ctx.out, e) }));
    for (const e of errors) ctx.out.line(`  ✗ ${e.message}`);
    for (const f of imageFailures) ctx.out.line(`  – ${t('import.imageFailed', f)}`);
    if (result.rejected.length > 0) ctx.out.line(t('import.rejected', { count: result.rejected.length }));
    ctx.out.line(t('import.written', { count: listings.length, out: outDir }));
    ctx.out.json({
      command: 'import', sheet: sheetPath, out: outDir, format: result.sheet.format, encoding: result.sheet.encoding,
      summary: { rows: result.sheet.rowCount, listings: listings.length, rejected: result.rejected.length, rowErrors: errors.length, imageFailures: imageFailures.length },
      listings: listings.map((l) => ({ listingId: l.id, spuCode: l.spuCode, skus: l.skus.length, images: l.images.length })),
      rejected: result.rejected,
      rowErrors: errors,
      imageFailures,
    });
    return errors.length > 0 || result.rejected.length > 0 ? EXIT.notReady : EXIT.ok;
  },
};
