import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { connectEvents } from '../../../electron/main/ipc/events';
import { dispatch } from '../../../electron/main/ipc/handle';
import { bundleBridge } from './bridge-bundle';
import type {} from './page-globals';
import { HARNESS_OUT_DIR, RENDERER_DIR } from './paths';
import { startStaticServer } from './server';
import { createServices, type HarnessServices } from './services';

export interface HarnessOptions {
  /** Data folder (settings, logs, assets). Default: a fresh temp folder, removed on close. */
  dataDir?: string;
  /** The OS language main would report through app:info. Default en-US. */
  osLocale?: string;
  viewport?: { width: number; height: number };
  /** Chromium's locale (navigator.language, Accept-Language). */
  locale?: string;
  /** Built renderer to serve. Default out/renderer (`npx electron-vite build`). */
  rendererDir?: string;
  /** Path (and hash) to open; null opens nothing. Default '/'. */
  startPath?: string | null;
  /**
   * A running Chromium to open this app's context in (the fixtures share one per worker: a
   * context is already a fresh profile). Not closed by close(). Default: launch one.
   */
  browser?: Browser;
  /** What files:pick (the OS open dialog) returns; change later through `services.pickPaths`. */
  pickPaths?: string[];
  /** What files:pickFolder (the OS folder dialog) returns; change later through `services.pickFolderPath`. */
  pickFolderPath?: string | null;
  /**
   * Files a drop can carry, file name → absolute path: a File with that name given to
   * api.files.pathFor maps to the path, as webUtils.getPathForFile does in the app. See also
   * registerDropFile().
   */
  files?: Record<string, string>;
}

export interface Harness {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** http://127.0.0.1:<port>: the app origin for this run, trusted by the sender check. */
  baseUrl: string;
  dataDir: string;
  services: HarnessServices;
  /** Makes a File named `name` (default: the path's base name) map to `path` in this and later pages. */
  registerDropFile(path: string, name?: string): Promise<void>;
  close(): Promise<void>;
}

/** Debian's Chromium; Playwright's own browser download is unreachable here. */
const CHROMIUM_PATH = process.env.SHELFREADY_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium with the flags it needs as root on a display-less machine. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Starts the app without Electron: the built renderer over loopback HTTP, Chromium with a fresh
 * profile (fresh IndexedDB), the services main builds on a fresh data folder, and window.api from
 * the same buildApi() as the preload, whose calls reach the same dispatch() as ipcMain's.
 */
export async function launchHarness(options: HarnessOptions = {}): Promise<Harness> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const close = async () => {
    // Newest first; every step runs even if an earlier one fails, and the first failure is rethrown.
    let failure: unknown;
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => {
        failure ??= error;
      });
    }
    if (failure !== undefined) throw failure;
  };
  try {
    let dataDir = options.dataDir;
    if (dataDir === undefined) {
      const created = await mkdtemp(join(tmpdir(), 'shelfready-e2e-'));
      cleanups.push(() => rm(created, { recursive: true, force: true }));
      dataDir = created;
    } else {
      await mkdir(dataDir, { recursive: true });
    }

    const server = await startStaticServer({ rendererDir: options.rendererDir ?? RENDERER_DIR, harnessDir: HARNESS_OUT_DIR });
    cleanups.push(() => server.close());
    const services = await createServices(dataDir, { osLocale: options.osLocale, trustedOrigin: server.baseUrl, pickPaths: options.pickPaths, pickFolderPath: options.pickFolderPath });
    cleanups.push(() => services.close());
    const bridge = await bundleBridge();

    let browser = options.browser;
    if (browser === undefined) {
      const launched = await launchChromium();
      cleanups.push(() => launched.close());
      browser = launched;
    }
    const context = await browser.newContext({ viewport: options.viewport, locale: options.locale, serviceWorkers: 'block' });
    cleanups.push(() => context.close());

    // The calling frame's URL feeds the sender check, just as event.senderFrame.url does in Electron.
    await context.exposeBinding('__shelfreadyInvoke', (source, channel: unknown, input: unknown) =>
      dispatch(services.registry, String(channel), input, source.frame.url()),
    );
    await context.addInitScript({ content: bridge });
    const registerDropFiles = (files: Record<string, string>) => {
      for (const [name, path] of Object.entries(files)) window.__shelfreadyRegisterDropFile?.(name, path);
    };
    if (options.files !== undefined) await context.addInitScript(registerDropFiles, options.files);
    const registerDropFile = async (path: string, name = basename(path)) => {
      const files = { [name]: path };
      await context.addInitScript(registerDropFiles, files);
      await Promise.all(context.pages().map((page) => page.evaluate(registerDropFiles, files)));
    };
    const disconnect = connectEvents(services.app, (event, payload) => {
      for (const page of context.pages()) {
        page
          .evaluate(([name, value]) => window.__shelfreadyEmit?.(name, value), [event, payload] as const)
          .catch((error: unknown) => services.app.logger.debug('event not delivered', { event, error }));
      }
    });
    cleanups.push(async () => disconnect());

    const page = await context.newPage();
    if (options.startPath !== null) await page.goto(new URL(options.startPath ?? '/', server.baseUrl).toString());
    return { browser, context, page, baseUrl: server.baseUrl, dataDir, services, registerDropFile, close };
  } catch (error) {
    // The launch error is the one to report; a cleanup failure after it is only noted.
    await close().catch((cleanupError: unknown) => process.stderr.write(`harness cleanup failed: ${String(cleanupError)}\n`));
    throw error;
  }
}
