import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/*
 * Writes a zip of files already on disk, one file in memory at a time: a launch package holds
 * thousands of renditions (1,000 listings × 6 images is about a gigabyte), which an in-memory zip
 * would hold twice. Images are stored (JPEG/PNG/WebP do not deflate); data files are deflated.
 */
export async function zipFiles(zipPath: string, folder: string, files: readonly string[], prefix: string): Promise<void> {
  const out = createWriteStream(zipPath);
  let failure: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failure = error;
      return;
    }
    out.write(chunk);
    if (final) out.end();
  });
  const finished = once(out, 'finish');
  try {
    for (const file of files) {
      const bytes = await readFile(join(folder, file));
      const entry = file.startsWith('images/') ? new ZipPassThrough(`${prefix}${file}`) : new ZipDeflate(`${prefix}${file}`, { level: 6 });
      zip.add(entry);
      entry.push(bytes, true);
      if (failure) throw failure;
      // Let the file stream catch up before reading the next file, so memory stays at one file.
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    zip.end();
    await finished;
  } catch (error) {
    out.destroy();
    throw error;
  }
}
