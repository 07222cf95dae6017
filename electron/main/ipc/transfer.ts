import { randomUUID } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PENDING_ASSET_PREFIX, resolvePendingImages } from '../../../shared/import/pending-images';
import { SHEET_PREVIEW_ROWS } from '../../../shared/ipc/contract-transfer';
import { err, ok } from '../../../shared/ipc/result';
import type { Listing } from '../../../shared/model/listing';
import type { AppServices } from '../../services/app-services';
import type { ImportResult } from '../../services/asset-store';
import { readBundle, writeBundle } from '../../services/bundle-files';
import { importSheet, readSheet } from '../../services/sheet-import';
import { suggestMapping } from '../../../shared/import/mapping';
import type { Handlers } from './handle';

/*
 * Spreadsheets and launch bundles in and out. Every path here comes from an OS dialog main opened
 * itself (pickSheet / pickFolder), never from the renderer: a picked spreadsheet is remembered
 * under a random token, and the renderer can only name that token back.
 */

type TransferHandlers = Pick<Handlers, 'sheets:preview' | 'sheets:import' | 'bundles:export' | 'bundles:open'>;
type Services = Pick<AppServices, 'assets' | 'pickFolder' | 'pickSheet' | 'appInfo' | 'logger'>;

export interface TransferOptions {
  /** The clock for the export folder's date (tests fix it). */
  now?: () => Date;
}

/** Previews nobody imported are forgotten oldest first; a person has one or two open at most. */
const MAX_PENDING_SHEETS = 16;


/** Local date as YYYY-MM-DD: the folder name people see in their file manager. */
function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A subfolder that does not exist yet: shelfready-bundle-2026-11-25, then -2, -3 … */
async function freshFolder(parent: string, day: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = join(parent, n === 1 ? `shelfready-bundle-${day}` : `shelfready-bundle-${day}-${n}`);
    const exists = await lstat(candidate).then(() => true, () => false);
    if (!exists) return candidate;
  }
}

/** Stored images for the renderer's asset table, and the files that did not store. */
function splitResults(results: readonly ImportResult[]) {
  const images = results.flatMap((r) => (r.ok ? [{ name: r.name, meta: r.meta }] : []));
  const imageFailures = results.flatMap((r) => (r.ok ? [] : [{ file: r.name, code: r.error }]));
  return { images, imageFailures };
}

export function createTransferHandlers(services: Services, options: TransferOptions = {}): TransferHandlers {
  const { assets, logger } = services;
  const now = options.now ?? (() => new Date());
  const sheets = new Map<string, string>();

  function remember(path: string): string {
    const token = randomUUID();
    sheets.set(token, path);
    for (const oldest of sheets.keys()) {
      if (sheets.size <= MAX_PENDING_SHEETS) break;
      sheets.delete(oldest);
    }
    return token;
  }

  return {
    'sheets:preview': async () => {
      const path = await services.pickSheet();
      if (path === null) return ok({ status: 'cancelled' as const });
      const read = await readSheet(path);
      if (!read.ok) {
        logger.info('sheet preview refused', { code: read.code, detail: read.detail });
        return ok({ status: 'failed' as const, code: read.code });
      }
      const mapping = suggestMapping(read.headers);
      const sampleRows = read.rows.filter((row) => row.some((c) => c.trim() !== '')).slice(0, SHEET_PREVIEW_ROWS);
      return ok({
        status: 'ready' as const,
        token: remember(path),
        fileName: basename(path),
        format: read.format,
        encoding: read.encoding,
        headerRow: read.headerRow,
        rowCount: read.rows.length,
        headers: read.headers,
        sampleRows,
        ...mapping,
      });
    },

    'sheets:import': async ({ token, columns, withImages }) => {
      const path = sheets.get(token);
      if (path === undefined) return err('not-found', 'unknown or expired sheet token');
      let imagesDir: string | undefined;
      if (withImages) {
        const picked = await services.pickFolder();
        if (picked === null) return ok({ status: 'cancelled' as const });
        imagesDir = picked;
      }
      const result = await importSheet(path, { columns, ...(imagesDir === undefined ? {} : { imagesDir }) });
      if (!result.ok) {
        logger.info('sheet import refused', { code: result.code, detail: result.detail });
        return ok({ status: 'failed' as const, code: result.code });
      }
      sheets.delete(token);
      const pending = [...result.imageFiles.entries()];
      const stored = await assets.importPaths(pending.map(([, file]) => file));
      const hashes = new Map<string, string>();
      stored.forEach((r, i) => {
        const id = pending[i]?.[0];
        if (r.ok && id !== undefined) hashes.set(id, r.meta.hash);
      });
      return ok({
        status: 'done' as const,
        rowCount: result.sheet.rowCount,
        listings: resolvePendingImages(result.listings, hashes),
        errors: result.errors,
        rejected: result.rejected,
        imagesFolder: imagesDir === undefined ? null : basename(imagesDir),
        ...splitResults(stored),
        unmatchedImages: result.images.unmatched,
      });
    },

    'bundles:export': async ({ listings, launch }) => {
      const parent = await services.pickFolder();
      if (parent === null) return ok({ status: 'cancelled' as const });
      const dir = await freshFolder(parent, dayOf(now()));
      const written = await writeBundle(dir, {
        listings,
        ...(launch ? { launch } : {}),
        imagePath: (assetId) => services.assets.originalPath(assetId),
        appVersion: services.appInfo().version,
        createdAt: now(),
      });
      if (!written.ok) return ok({ status: 'failed' as const, problems: written.errors });
      return ok({ status: 'done' as const, dir, listingCount: listings.length, imageCount: Object.keys(written.bundle.manifest.images).length });
    },

    'bundles:open': async () => {
      const picked = await services.pickFolder();
      if (picked === null) return ok({ status: 'cancelled' as const });
      const read = await readBundle(picked);
      if (!read.ok) {
        logger.info('bundle refused', { codes: read.errors.slice(0, 5).map((e) => e.code) });
        return ok({ status: 'failed' as const, dir: picked, problems: read.errors });
      }
      const { dir, manifest, images } = read.bundle;
      // The bundle's asset ids become the store's content hashes; an image that does not store
      // (not really an image) is dropped from its listing, the same as a spreadsheet's.
      const stored = await assets.importPaths(images.map((i) => i.path));
      const hashes = new Map<string, string>();
      stored.forEach((r, i) => {
        const assetId = images[i]?.assetId;
        if (r.ok && assetId !== undefined) hashes.set(`${PENDING_ASSET_PREFIX}${assetId}`, r.meta.hash);
      });
      const pending: Listing[] = read.bundle.listings.map((l) => ({ ...l, images: l.images.map((ref) => ({ ...ref, assetId: `${PENDING_ASSET_PREFIX}${ref.assetId}` })) }));
      return ok({
        status: 'ready' as const,
        dir,
        createdAt: manifest.createdAt,
        appVersion: manifest.appVersion,
        ...(manifest.launch ? { launch: manifest.launch } : {}),
        listings: resolvePendingImages(pending, hashes),
        ...splitResults(stored),
      });
    },
  };
}
