import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from './json-file';
import type { Logger } from './logger';

export const WINDOW_STATE_FILE = 'window-state.json';

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
});
export type Bounds = z.infer<typeof boundsSchema>;

export const windowStateSchema = z.object({
  /** Normal (not maximized) bounds; absent on first run. */
  bounds: boundsSchema.optional(),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_WINDOW_STATE: WindowState = { isMaximized: false };

export interface WindowStateStore {
  get(): WindowState;
  /** Remembers the state and saves it after a quiet period (resize and move fire many events). */
  set(state: WindowState): void;
  /** Saves now if anything is pending; call before quitting. */
  flush(): Promise<void>;
}

export interface WindowStateStoreOptions {
  dataDir: string;
  logger: Logger;
  debounceMs?: number;
}

export async function createWindowStateStore({
  dataDir,
  logger,
  debounceMs = 500,
}: WindowStateStoreOptions): Promise<WindowStateStore> {
  const filePath = join(dataDir, WINDOW_STATE_FILE);
  let current = await readJsonFile(filePath, windowStateSchema, DEFAULT_WINDOW_STATE, logger);
  let timer: NodeJS.Timeout | null = null;
  let isDirty = false;
  let inFlight: Promise<void> = Promise.resolve();

  const save = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!isDirty) return inFlight;
    isDirty = false;
    const snapshot = current;
    // Chained so a slow earlier write cannot land after a later one.
    inFlight = inFlight.then(() =>
      writeJsonFileAtomic(filePath, snapshot).catch((error: unknown) => {
        // Losing the window position is harmless; it must never surface as an error.
        logger.warn('window state not saved', { error });
      }),
    );
    return inFlight;
  };

  return {
    get: () => current,
    set: (state) => {
      const parsed = windowStateSchema.safeParse(state);
      if (!parsed.success) {
        // Called from window events: odd bounds (e.g. mid-minimize) are skipped, never thrown.
        logger.debug('window state ignored', { issues: parsed.error.issues.length });
        return;
      }
      current = parsed.data;
      isDirty = true;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void save(), debounceMs);
      // A pending save must not keep a test process or the harness alive.
      timer.unref();
    },
    flush: save,
  };
}
