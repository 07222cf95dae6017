import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import type { Logger } from './logger';

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/**
 * Copies a file the app could not (wholly) read to `<name>.unreadable-<time>` beside it, never
 * over an earlier copy, so the next save cannot destroy what the user had: it can be mended by
 * hand or sent to support. Failing to copy is logged and does not stop the app.
 */
export async function keepAside(filePath: string, logger: Logger, now: Date = new Date()): Promise<string | null> {
  const base = `${filePath}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (let n = 1; n <= 100; n++) {
    const copyPath = n === 1 ? base : `${base}-${n}`;
    try {
      await copyFile(filePath, copyPath, constants.COPYFILE_EXCL);
      logger.warn('json file kept aside', { filePath, copyPath });
      return copyPath;
    } catch (error) {
      // Another copy from the same millisecond: take the next name.
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST') continue;
      logger.error('json file could not be kept aside', { filePath, error });
      return null;
    }
  }
  logger.error('json file could not be kept aside', { filePath, reason: 'too many copies with this time' });
  return null;
}

/**
 * Reads and validates a JSON file. Missing → `fallback` quietly; unreadable or invalid → `fallback`
 * with a warning, so a damaged settings file never stops the app from starting; a corrupt or
 * invalid one is kept aside first.
 */
export async function readJsonFile<T>(filePath: string, schema: z.ZodType<T>, fallback: T, logger: Logger): Promise<T> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (!isMissingFile(error)) logger.warn('json file unreadable, using defaults', { filePath, error });
    return fallback;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    logger.warn('json file corrupt, using defaults', { filePath, error });
    await keepAside(filePath, logger);
    return fallback;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    logger.warn('json file invalid, using defaults', { filePath, issues: parsed.error.issues.length });
    await keepAside(filePath, logger);
    return fallback;
  }
  return parsed.data;
}

/**
 * Write to a temp file in the same folder, fsync, then rename over the target: a crash or power
 * loss leaves either the old file or the new one, never half of one.
 */
export async function writeJsonFileAtomic(filePath: string, value: unknown): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true });
  const tempPath = `${filePath}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  try {
    const handle = await open(tempPath, 'w');
    try {
      await handle.writeFile(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
}

/** Runs async tasks one after another, so two quick updates cannot land on disk out of order. */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
