import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import type { Logger } from './logger';

function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/**
 * Reads and validates a JSON file. Missing → `fallback` quietly; unreadable or invalid → `fallback`
 * with a warning, so a damaged settings file never stops the app from starting.
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
    return fallback;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    logger.warn('json file invalid, using defaults', { filePath, issues: parsed.error.issues.length });
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
