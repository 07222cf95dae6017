// Lifecycle only: every rule lives in a tested module (security, window, ipc, services).
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, screen, shell, utilityProcess } from 'electron';
import { createAppServices } from '../services/app-services';
import { createImagePool } from '../services/image-pool';
import { createLogger, type Logger } from '../services/logger';
import { createWindowStateStore, type WindowStateStore } from '../services/window-state';
import { spawnUtilityProcessWorker } from './image-worker-utility';
import { connectEvents } from './ipc/events';
import { registerIpc } from './ipc/register';
import { pickFolder, pickImageFiles, pickSheetFile, pickXliffOpenFile, pickXliffSaveFile } from './pick-files';
import { appProtocolResponse } from './protocol-path';
import { APP_ORIGIN, APP_SCHEME } from './security';
import { attachGuards, createWindowOptions, trackWindowState } from './window';

// Privileges can only be granted before `ready`. standard+secure gives app://shelfready a real,
// stable origin (IndexedDB lives there) and a secure context.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false } },
]);
app.enableSandbox();

const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appOrigin = devUrl === undefined ? APP_ORIGIN : new URL(devUrl).origin;
const outDir = join(import.meta.dirname, '..');
let mainWindow: BrowserWindow | null = null;

/** Primary display first: window bounds fall back to it. */
function workAreas() {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
}

function openMainWindow(windowState: WindowStateStore, logger: Logger): void {
  const state = windowState.get();
  const win = new BrowserWindow(createWindowOptions(state, join(outDir, 'preload', 'index.cjs'), workAreas()));
  attachGuards(win, { openExternal: (url) => shell.openExternal(url), logger, appOrigin });
  trackWindowState(win, windowState);
  win.once('ready-to-show', () => {
    if (state.isMaximized) win.maximize();
    win.show();
  });
  win.on('closed', () => {
    mainWindow = null;
  });
  win.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`).catch((error: unknown) => logger.error('renderer failed to load', { error }));
  mainWindow = win;
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = app.getPath('userData');
  const logger = await createLogger({ filePath: join(dataDir, 'logs', 'main.log') });
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));
  app.on('render-process-gone', (_event, _contents, details) => logger.error('renderer gone', { ...details }));
  const services = await createAppServices({
    dataDir,
    logger,
    // getLocale() is the UI locale Chromium picked; the OS preference list is what the user set.
    appInfo: () => ({ version: app.getVersion(), osLocale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(), platform: process.platform }),
    openExternal: (url) => shell.openExternal(url),
    // openPath resolves to an error string ('' on success); a folder that will not open is logged, not thrown.
    openPath: async (path) => {
      const problem = await shell.openPath(path);
      if (problem) logger.warn('open path failed', { problem });
    },
    // sharp runs only in these utility processes, never here (ARCHITECTURE principle 4).
    imageEngine: createImagePool({ spawn: spawnUtilityProcessWorker(utilityProcess, import.meta.dirname) }),
    pickFiles: () => pickImageFiles(dialog, mainWindow, services.settings.get().language),
    pickFolder: () => pickFolder(dialog, mainWindow),
    pickSheet: () => pickSheetFile(dialog, mainWindow, services.settings.get().language),
    pickXliffOpen: () => pickXliffOpenFile(dialog, mainWindow, services.settings.get().language),
    pickXliffSave: (fileName) => pickXliffSaveFile(dialog, mainWindow, services.settings.get().language, fileName),
    // Channel credentials are encrypted with the OS keychain / DPAPI / libsecret, never stored in clear.
    secretBox: safeStorage,
  });
  registerIpc(ipcMain, services, { trustedOrigin: appOrigin });
  connectEvents(services, (event, payload) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send(event, payload);
  });
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(join(outDir, 'renderer'), request.url));
  const windowState = await createWindowStateStore({ dataDir, logger });
  openMainWindow(windowState, logger);
  app.on('activate', () => {
    if (mainWindow === null) openMainWindow(windowState, logger);
  });

  // Debounced writes and the log stream finish before the process exits.
  let isFlushed = false;
  app.on('will-quit', (event) => {
    if (isFlushed) return;
    event.preventDefault();
    void Promise.allSettled([windowState.flush(), services.close()]).then(async () => {
      await logger.close();
      isFlushed = true;
      app.quit();
    });
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    // The logger may be what failed, so this last word goes straight to stderr.
    process.stderr.write(`ShelfReady failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
    app.exit(1);
  });
}
