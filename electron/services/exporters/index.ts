import { randomUUID } from 'node:crypto';
import { access, copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAmazon } from './amazon-feed';
import { writeDouyin } from './douyin-xlsx';
import { writeJd } from './jd-xlsx';
import { writePinduoduo } from './pinduoduo-xlsx';
import { defaultLocale, prepareItems } from './prepare';
import { writeShopify } from './shopify-csv';
import { sizeChartsFile } from './size-charts-file';
import { writeTaobao } from './taobao-xlsx';
import type { DataFile, ExportChannel, ExportError, ExportOptions, ExportOutcome, FormatContext, PreparedListing } from './types';
import { writeWooCommerce } from './woocommerce-csv';
import { zipFiles } from './zip-folder';

/*
 * exportPackage writes <outDir>/<channel>-<yyyyMMdd-HHmm>/ (data file(s) + images/) and a zip of
 * it next to it. Nothing half-written: everything goes into a hidden temp folder in outDir (same
 * file system, so the final rename is atomic), the zip is built from the bytes already in memory,
 * and only then are folder and zip renamed into place. Any failure (a rendition missing on disk, a
 * full disk) removes the temp files and comes back as a value with the path that failed.
 */

export * from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** Local time, yyyyMMdd-HHmm — the merchant reads it next to their own clock. */
export function packageStamp(now: number | Date): string {
  const d = new Date(now);
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
}

async function writeDataFiles(channel: ExportChannel, listings: readonly PreparedListing[], ctx: FormatContext): Promise<DataFile[]> {
  switch (channel) {
    case 'shopify': return writeShopify(listings, ctx);
    case 'woocommerce': return writeWooCommerce(listings, ctx);
    case 'amazon': return writeAmazon(listings, ctx);
    case 'taobao':
    case 'tmall': return writeTaobao(listings, ctx);
    case 'jd': return writeJd(listings);
    case 'pinduoduo': return writePinduoduo(listings);
    case 'douyin': return writeDouyin(listings);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

/** A free package name: the same minute exported twice gets "-2", "-3" … instead of overwriting. */
async function freeName(outDir: string, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!(await exists(join(outDir, name))) && !(await exists(join(outDir, `${name}.zip`)))) return name;
  }
}

class PackageFailure extends Error {
  constructor(readonly detail: ExportError) {
    super(detail.message);
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function exportPackage(options: ExportOptions): Promise<ExportOutcome> {
  const { channel, items, outDir, now } = options;
  const locale = options.locale ?? defaultLocale(channel);
  const { listings, warnings } = prepareItems(channel, locale, items, options.pricing);
  if (listings.length === 0) {
    return { ok: false, error: { code: 'nothing-to-export', message: `No listing can be exported to ${channel}` }, warnings };
  }
  const ctx: FormatContext = { channel, locale, imageBaseUrl: options.imageBaseUrl, amazonMarketplaceId: options.amazonMarketplaceId ?? 'ATVPDKIKX0DER' };

  const tempId = randomUUID().slice(0, 8);
  const tempFolder = join(outDir, `.export-${tempId}.tmp`);
  const tempZip = join(outDir, `.export-${tempId}.zip.tmp`);
  let placedFolder: string | undefined;
  try {
    await mkdir(join(tempFolder, 'images'), { recursive: true });
    const files: string[] = [];
    const charts = sizeChartsFile(listings);
    for (const file of [...(await writeDataFiles(channel, listings, ctx)), ...(charts ? [charts] : [])]) {
      await writeFile(join(tempFolder, file.name), file.bytes);
      files.push(file.name);
    }
    // Renditions are copied file to file (never all held in memory: a launch can be gigabytes).
    for (const image of listings.flatMap((p) => p.images)) {
      await copyFile(image.sourcePath, join(tempFolder, 'images', image.fileName)).catch((error: unknown) => {
        throw new PackageFailure({ code: 'missing-image', message: `Image rendition cannot be read: ${describe(error)}`, path: image.sourcePath });
      });
      files.push(`images/${image.fileName}`);
    }

    const name = await freeName(outDir, `${channel}-${packageStamp(now)}`);
    // The zip holds the package folder itself, so unzipping gives the same folder name.
    await zipFiles(tempZip, tempFolder, files, `${name}/`);

    const folder = join(outDir, name);
    const zipPath = join(outDir, `${name}.zip`);
    await rename(tempFolder, folder);
    placedFolder = folder;
    await rename(tempZip, zipPath);
    return { ok: true, value: { folder, zipPath, files: files.sort(), warnings } };
  } catch (error) {
    // Clean-up can itself fail (e.g. outDir is not a folder, so nothing was made); those paths are
    // named in the message rather than hiding the original error.
    const cleanup = await Promise.allSettled([tempFolder, tempZip, ...(placedFolder ? [placedFolder] : [])].map((p) => rm(p, { recursive: true, force: true })));
    const leftovers = cleanup.flatMap((r, i) => (r.status === 'rejected' ? [[tempFolder, tempZip, placedFolder][i]] : []));
    const stillThere = (await Promise.all(leftovers.map(async (p) => (p && (await exists(p)) ? [p] : [])))).flat();
    const detail = error instanceof PackageFailure ? error.detail : { code: 'write-failed' as const, message: `Package could not be written: ${describe(error)}` };
    if (stillThere.length) detail.message += ` (could not remove ${stillThere.join(', ')})`;
    return { ok: false, error: detail, warnings };
  }
}
