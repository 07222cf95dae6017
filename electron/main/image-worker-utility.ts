import { join } from 'node:path';
import type { utilityProcess } from 'electron';
import type { WorkerReply } from '../image-worker/protocol';
import { isWorkerReply } from '../image-worker/protocol';
import type { SpawnWorker } from '../services/image-worker-spawn';
import { SIZE_CHART_FONTS_ENV } from '../services/size-chart-font-path';

/*
 * The app's worker spawner: Electron utilityProcess running out/main/image-worker.js (second input of
 * the main build). `utilityProcess` is passed in by main/index.ts, so this file needs only electron's
 * types. Cannot run here (no Electron binary); the same worker entry is tested over child_process.
 */

export function spawnUtilityProcessWorker(utility: typeof utilityProcess, mainDir: string): SpawnWorker {
  const modulePath = join(mainDir, 'image-worker.js');
  // Main knows where electron-builder put resources/fonts (extraResources); the worker is told rather
  // than left to guess, as the size-chart font must be found in every packaged layout.
  const resourcesPath: unknown = Reflect.get(process, 'resourcesPath');
  const fontsDir = typeof resourcesPath === 'string' ? { [SIZE_CHART_FONTS_ENV]: join(resourcesPath, 'fonts') } : {};
  return () => {
    const child = utility.fork(modulePath, [], {
      serviceName: 'ShelfReady image worker',
      env: { ...process.env, MALLOC_ARENA_MAX: '2', ...fontsDir },
      stdio: 'inherit',
    });
    let isAlive = true;
    child.on('exit', () => {
      isAlive = false;
    });
    return {
      get pid() {
        return child.pid;
      },
      send: (message) => {
        if (!isAlive) throw new Error('worker exited');
        child.postMessage(message);
      },
      onMessage: (listener: (message: WorkerReply) => void) => child.on('message', (message: unknown) => {
        if (isWorkerReply(message)) listener(message);
      }),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => {
        child.kill();
      },
    };
  };
}
