import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAssetStore, type ImportResult } from '../../../electron/services/asset-store';
import { createSettingsService } from '../../../electron/services/settings';
import { createWatchedFolder, followWatchedFolderSetting } from '../../../electron/services/watched-folder';
import { createCapturedLogger } from './capture-logger';
import { createFakeEngine } from './fake-image-engine';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();

async function setup(options: { pollMs?: number } = {}) {
  const dataDir = await makeDir();
  const folder = await makeDir();
  const engine = createFakeEngine();
  const { logger } = await createCapturedLogger();
  const assets = createAssetStore({ dataDir, engine, logger });
  const watched = createWatchedFolder({ assets, logger, pollMs: options.pollMs ?? 0, stableChecks: 2 });
  const batches: ImportResult[][] = [];
  watched.onImported((results) => batches.push(results));
  const names = () => batches.flat().map((r) => r.name);
  return { dataDir, folder, engine, assets, watched, batches, names, logger };
}

describe('watched folder', () => {
  it('imports a file that appears, once, after its size has held still', async () => {
    const { folder, watched, batches, names, engine } = await setup();
    await watched.setFolder(folder);
    await writeFile(join(folder, 'WM26F-00164_1.jpg'), 'photo');
    await watched.poll(); // first sighting
    await watched.poll(); // same size once
    expect(batches).toEqual([]);
    await watched.poll(); // same size twice: settled
    expect(names()).toEqual(['WM26F-00164_1.jpg']);
    expect(batches[0]?.[0]).toMatchObject({ ok: true, isNew: true });
    await watched.poll();
    await watched.poll();
    expect(batches).toHaveLength(1);
    expect(engine.calls.probe).toHaveLength(1);
    await watched.close();
  });

  it('waits for a file written in steps and imports it only when complete', async () => {
    const { folder, watched, batches, engine } = await setup();
    await watched.setFolder(folder);
    const path = join(folder, 'ABC_2.jpg');
    await writeFile(path, 'part one;');
    await watched.poll();
    await watched.poll();
    await appendFile(path, 'part two;');
    await watched.poll();
    await watched.poll();
    await appendFile(path, 'part three');
    await watched.poll();
    await watched.poll();
    expect(batches).toEqual([]);
    expect(engine.calls.probe).toEqual([]);
    await watched.poll();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.[0]).toMatchObject({ name: 'ABC_2.jpg', ok: true, meta: { bytes: 'part one;part two;part three'.length } });
    await watched.close();
  });

  it('ignores hidden, temp and non-image files, and does not re-announce files already in the store', async () => {
    const { folder, assets, watched, names } = await setup();
    await writeFile(join(folder, 'old.jpg'), 'already stored');
    await assets.importPaths([join(folder, 'old.jpg')]);
    for (const name of ['.DS_Store', '~$ABC_1.jpg', 'ABC_1.jpg.tmp', 'ABC_1.jpg.part', 'ABC_1.jpg.crdownload', 'notes.txt']) {
      await writeFile(join(folder, name), 'x');
    }
    await writeFile(join(folder, 'ABC_1.jpg'), 'new');
    await watched.setFolder(folder); // the start-up scan is the first poll
    await watched.poll();
    await watched.poll();
    expect(names()).toEqual(['ABC_1.jpg']);
    await watched.close();
  });

  it('announces a file that fails, with its code', async () => {
    const { folder, watched, batches } = await setup();
    await watched.setFolder(folder);
    await writeFile(join(folder, 'ABC_1.jpg'), 'BAD not a jpeg');
    for (let i = 0; i < 3; i += 1) await watched.poll();
    expect(batches).toEqual([[{ name: 'ABC_1.jpg', path: join(folder, 'ABC_1.jpg'), ok: false, error: 'not-an-image' }]]);
    await watched.close();
  });

  it('follows the setting: restarts on another folder and stops on null and on close', async () => {
    const { dataDir, folder, watched, names, logger } = await setup();
    const other = await makeDir();
    const settings = await createSettingsService({ dataDir, logger });
    const unfollow = followWatchedFolderSetting(settings, watched, logger);
    await settings.update({ watchedFolder: folder });
    await writeFile(join(other, 'B_1.jpg'), 'b');
    await writeFile(join(folder, 'A_1.jpg'), 'a');
    await vi.waitFor(async () => {
      await watched.poll();
      expect(names()).toEqual(['A_1.jpg']);
    });
    await settings.update({ watchedFolder: other });
    await vi.waitFor(async () => {
      await watched.poll();
      expect(names()).toEqual(['A_1.jpg', 'B_1.jpg']);
    });
    await settings.update({ watchedFolder: null });
    await writeFile(join(other, 'B_2.jpg'), 'b2');
    for (let i = 0; i < 4; i += 1) await watched.poll();
    expect(names()).toEqual(['A_1.jpg', 'B_1.jpg']);
    unfollow();
    await watched.close();
  });

  it('with timers and fs.watch, a new file is imported without anyone polling', async () => {
    const { folder, watched, names } = await setup({ pollMs: 20 });
    await watched.setFolder(folder);
    await writeFile(join(folder, 'AUTO_1.png'), 'auto');
    await vi.waitFor(() => expect(names()).toEqual(['AUTO_1.png']), { timeout: 5000, interval: 20 });
    await watched.close();
  });
});
