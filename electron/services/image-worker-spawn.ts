import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { WorkerReply, WorkerRequest } from '../image-worker/protocol';
import { isWorkerReply } from '../image-worker/protocol';

/*
 * How the pool starts a worker, behind one small interface: child_process here (tests, CLI,
 * benchmark), Electron utilityProcess in the app (electron/main/image-worker-utility.ts).
 */

export interface WorkerHandle {
  readonly pid: number | undefined;
  send(message: WorkerRequest): void;
  onMessage(listener: (message: WorkerReply) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type SpawnWorker = () => WorkerHandle;

export interface ChildProcessWorkerOptions {
  /** Worker entry; defaults to the TypeScript source, run through tsx. */
  entry?: string;
  env?: NodeJS.ProcessEnv;
}

const DEFAULT_ENTRY = fileURLToPath(new URL('../image-worker/index.ts', import.meta.url));

export function spawnChildProcessWorker(options: ChildProcessWorkerOptions = {}): SpawnWorker {
  const entry = options.entry ?? DEFAULT_ENTRY;
  return () => {
    const child = fork(entry, [], {
      execArgv: entry.endsWith('.ts') ? ['--import', 'tsx'] : [],
      // glibc: fewer malloc arenas keep worker RSS down (reliability-notes §2.3).
      env: { ...process.env, MALLOC_ARENA_MAX: '2', ...options.env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    return {
      pid: child.pid,
      send: (message) => {
        if (!child.connected) throw new Error('worker disconnected');
        child.send(message);
      },
      onMessage: (listener) => child.on('message', (message) => {
        if (isWorkerReply(message)) listener(message);
      }),
      onExit: (listener) => {
        child.on('exit', (code) => listener(code));
        // A failed spawn emits 'error' (and maybe no 'exit'); report it as an exit so the job fails.
        child.on('error', () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        });
      },
      kill: () => {
        child.kill('SIGKILL');
      },
    };
  };
}
