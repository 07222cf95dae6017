import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { attachGuards, clampBounds, createWindowOptions, MIN_HEIGHT, MIN_WIDTH } from '../../../electron/main/window';
import { createCapturedLogger } from './capture-logger';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('clampBounds', () => {
  it('centers a default-sized window on the primary display on first run', () => {
    expect(clampBounds(undefined, [primary, right])).toEqual({ x: 320, y: 120, width: 1280, height: 800 });
  });

  it('keeps saved bounds that are fully visible', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900 };
    expect(clampBounds(saved, [primary, right])).toEqual(saved);
  });

  it('moves a window from an unplugged monitor back to the primary display', () => {
    expect(clampBounds({ x: 2000, y: 100, width: 1400, height: 900 }, [primary])).toEqual({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('pulls a partly off-screen window inside the display it overlaps most', () => {
    expect(clampBounds({ x: -300, y: 900, width: 1200, height: 800 }, [primary])).toEqual({ x: 0, y: 240, width: 1200, height: 800 });
  });

  it('shrinks a window larger than its display', () => {
    expect(clampBounds({ x: 0, y: 0, width: 3000, height: 2000 }, [primary])).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('does not trust a window that only touches a display by a sliver', () => {
    expect(clampBounds({ x: 1900, y: 10, width: 1000, height: 700 }, [primary])).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('handles displays left of and above the primary (negative coordinates)', () => {
    const left = { x: -1600, y: -200, width: 1600, height: 900 };
    const saved = { x: -1500, y: -150, width: 1200, height: 700 };
    expect(clampBounds(saved, [primary, left])).toEqual(saved);
  });
});

describe('createWindowOptions', () => {
  const options = createWindowOptions({ isMaximized: false }, '/app/out/preload/index.cjs', [primary]);

  it('turns every security switch on explicitly', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(options.webPreferences?.enableBlinkFeatures).toBeUndefined();
  });

  it('starts hidden with the minimum size and clamped bounds', () => {
    expect(options).toMatchObject({ show: false, minWidth: MIN_WIDTH, minHeight: MIN_HEIGHT, width: 1280, height: 800, x: 320, y: 120 });
  });
});

type Listener = (...args: unknown[]) => void;

function createFakeWindow() {
  const listeners = new Map<string, Listener>();
  const opened: string[] = [];
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  let permissionHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  const win = {
    webContents: {
      on: (event: string, listener: Listener) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => {
        openHandler = handler;
      },
      session: {
        setPermissionRequestHandler: (handler: typeof permissionHandler) => {
          permissionHandler = handler;
        },
      },
    },
  };
  const fire = (event: string, url?: string) => {
    let isPrevented = false;
    listeners.get(event)?.({ url, preventDefault: () => (isPrevented = true) });
    return isPrevented;
  };
  return {
    // The fake implements only what attachGuards touches.
    win: win as unknown as BrowserWindow,
    opened,
    fire,
    open: (url: string) => openHandler?.({ url }),
    requestPermission: (permission: string) => {
      let granted: boolean | undefined;
      permissionHandler?.(null, permission, (value) => (granted = value));
      return granted;
    },
  };
}

describe('attachGuards', () => {
  async function setup(appOrigin?: string) {
    const fake = createFakeWindow();
    const { logger, lines } = await createCapturedLogger();
    attachGuards(fake.win, { openExternal: async (url) => void fake.opened.push(url), logger, appOrigin });
    return { ...fake, lines };
  }

  it('allows navigation inside the app and blocks everything else', async () => {
    const { fire, lines } = await setup();
    expect(fire('will-navigate', 'app://shelfready/index.html#/catalog')).toBe(false);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'app://shelfready.evil.com/')).toBe(true);
    expect(fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(lines.join('')).toContain('navigation blocked');
  });

  it('uses the given origin in dev', async () => {
    const { fire } = await setup('http://localhost:5173');
    expect(fire('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(fire('will-navigate', 'app://shelfready/')).toBe(true);
  });

  it('never opens a window; allowlisted links go to the system browser', async () => {
    const { open, opened } = await setup();
    expect(open('https://help.shopify.com/en')).toEqual({ action: 'deny' });
    expect(open('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(open('app://shelfready/')).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://help.shopify.com/en']);
  });

  it('blocks webviews and denies every permission', async () => {
    const { fire, requestPermission } = await setup();
    expect(fire('will-attach-webview')).toBe(true);
    expect(requestPermission('media')).toBe(false);
    expect(requestPermission('notifications')).toBe(false);
  });
});
