import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWindowStateStore, WINDOW_STATE_FILE } from '../../../electron/services/window-state';
import { createCapturedLogger } from './capture-logger';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();
const bounds = { x: 10, y: 20, width: 1300, height: 900 };

describe('window state store', () => {
  it('defaults on first run', async () => {
    const { logger } = await createCapturedLogger();
    const store = await createWindowStateStore({ dataDir: await makeDir(), logger });
    expect(store.get()).toEqual({ isMaximized: false });
  });

  it('saves only the last of many quick changes, on flush', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const store = await createWindowStateStore({ dataDir, logger, debounceMs: 60_000 });
    store.set({ bounds: { ...bounds, width: 1100 }, isMaximized: false });
    store.set({ bounds, isMaximized: true });
    expect(await readdir(dataDir)).toEqual([]);
    await store.flush();
    expect(JSON.parse(await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8'))).toEqual({ bounds, isMaximized: true });

    const reopened = await createWindowStateStore({ dataDir, logger });
    expect(reopened.get()).toEqual({ bounds, isMaximized: true });
  });

  it('saves by itself after the quiet period', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const store = await createWindowStateStore({ dataDir, logger, debounceMs: 10 });
    store.set({ bounds, isMaximized: false });
    await expect.poll(async () => readdir(dataDir)).toEqual([WINDOW_STATE_FILE]);
  });

  it('ignores invalid states instead of throwing from a window event', async () => {
    const { logger } = await createCapturedLogger();
    const store = await createWindowStateStore({ dataDir: await makeDir(), logger });
    store.set({ bounds: { ...bounds, width: 0 }, isMaximized: false });
    expect(store.get()).toEqual({ isMaximized: false });
  });

  it('falls back to defaults on a corrupt file', async () => {
    const dataDir = await makeDir();
    await writeFile(join(dataDir, WINDOW_STATE_FILE), '{"bounds":');
    const { logger, lines } = await createCapturedLogger();
    const store = await createWindowStateStore({ dataDir, logger });
    expect(store.get()).toEqual({ isMaximized: false });
    expect(lines.join('')).toContain('json file corrupt');
  });
});
