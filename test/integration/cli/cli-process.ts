import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/*
 * The CLI as a user runs it: a child process (node + tsx on the TypeScript source, so no build is
 * needed first), its own cache folder per test, English unless asked, stdout and stderr captured.
 */

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CLI = join(ROOT, 'electron/cli/index.ts');
export const SAMPLE = join(ROOT, 'resources/sample-launch');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cacheDir: string;
  env?: NodeJS.ProcessEnv;
  /** Called with each chunk of stderr as it arrives (progress), with the child to kill it. */
  onStderr?: (text: string, child: ChildProcess) => void;
}

export function startCli(args: readonly string[], options: CliOptions): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', XDG_CACHE_HOME: options.cacheDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    options.onStderr?.(chunk, child);
  });
  const done = new Promise<CliRun>((resolveRun, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolveRun({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(args: readonly string[], options: CliOptions): Promise<CliRun> {
  return startCli(args, options).done;
}

/** A fresh folder for one test, removed by the returned cleanup. */
export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `shelfready-cli-${prefix}-`));
}

/** A copy of the sample launch that a test may break. */
export async function copySample(into: string): Promise<string> {
  const dir = join(into, 'bundle');
  await cp(SAMPLE, dir, { recursive: true });
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
