import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { Logger } from '../services/logger';
import type { Bounds, WindowState, WindowStateStore } from '../services/window-state';
import { APP_ORIGIN, isAllowedExternal, isAppUrl } from './security';

/*
 * Only `import type` from electron here: this file is unit-tested in plain Node, where loading
 * electron's package would try to download its binary.
 */

export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 640;
const DEFAULT_WIDTH = 1280;
const DEFAULT_HEIGHT = 800;
/** How much of a saved window must overlap a display for us to trust the saved position. */
const MIN_VISIBLE = 64;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centerIn(area: Rectangle, width: number, height: number): Bounds {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return { x: Math.round(area.x + (area.width - w) / 2), y: Math.round(area.y + (area.height - h) / 2), width: w, height: h };
}

/**
 * Places the window on a display that exists now. A monitor unplugged since last run would
 * otherwise leave the window off-screen; saved bounds are kept on the display they overlap most,
 * shrunk to fit its work area. `workAreas[0]` is the primary display.
 */
export function clampBounds(saved: Bounds | undefined, workAreas: readonly Rectangle[]): Bounds | undefined {
  const primary = workAreas[0];
  if (primary === undefined) return saved;
  if (saved === undefined) return centerIn(primary, DEFAULT_WIDTH, DEFAULT_HEIGHT);
  let best: Rectangle | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const { width, height } = overlap(saved, area);
    if (width >= MIN_VISIBLE && height >= MIN_VISIBLE && width * height > bestArea) {
      best = area;
      bestArea = width * height;
    }
  }
  if (best === undefined) return centerIn(primary, saved.width, saved.height);
  const width = Math.min(saved.width, best.width);
  const height = Math.min(saved.height, best.height);
  const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - height);
  return { x, y, width, height };
}

/** Window options with every Electron security switch spelled out, not left to defaults. */
export function createWindowOptions(
  state: WindowState,
  preloadPath: string,
  workAreas: readonly Rectangle[],
): BrowserWindowConstructorOptions {
  const bounds = clampBounds(state.bounds, workAreas) ?? { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT };
  return {
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'ShelfReady',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}

export interface GuardDeps {
  openExternal(url: string): Promise<void>;
  logger: Logger;
  /** The origin the window loads: app://shelfready, or the Vite server in dev. */
  appOrigin?: string;
}

/** Navigation, popups, webviews and permissions: everything a page could use to leave the app. */
export function attachGuards(win: BrowserWindow, { openExternal, logger, appOrigin = APP_ORIGIN }: GuardDeps): void {
  const contents = win.webContents;
  const denyOutside = (event: { preventDefault(): void }, url: string, kind: string) => {
    if (isAppUrl(url, appOrigin)) return;
    event.preventDefault();
    logger.warn('navigation blocked', { kind, url });
  };
  contents.on('will-navigate', (event) => denyOutside(event, event.url, 'navigate'));
  contents.on('will-redirect', (event) => denyOutside(event, event.url, 'redirect'));
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) {
      openExternal(url).catch((error: unknown) => logger.warn('openExternal failed', { url, error }));
    } else {
      logger.warn('window.open blocked', { url });
    }
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('webview blocked');
  });
  contents.session.setPermissionRequestHandler((_contents, permission, callback) => {
    logger.info('permission denied', { permission });
    callback(false);
  });
}

/** Remembers normal bounds and maximized state as the user moves and resizes the window. */
export function trackWindowState(win: BrowserWindow, store: WindowStateStore): void {
  const capture = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    store.set({ bounds: win.getNormalBounds(), isMaximized: win.isMaximized() });
  };
  win.on('resize', capture);
  win.on('move', capture);
  win.on('maximize', capture);
  win.on('unmaximize', capture);
  win.on('close', capture);
}
