import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../electron/services/logger';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();
const fixedNow = () => new Date('2026-11-25T10:00:00.000Z');

async function readLines(filePath: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(filePath, 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('logger', () => {
  it('writes JSON lines with level, message and context to the file and stderr', async () => {
    const filePath = join(await makeDir(), 'logs', 'main.log');
    const stderr: string[] = [];
    const logger = await createLogger({ filePath, now: fixedNow, stderr: { write: (line: string) => stderr.push(line) } });
    logger.child({ channel: 'settings:get' }).warn('slow call', { ms: 12 });
    await logger.close();

    expect(await readLines(filePath)).toEqual([
      { time: '2026-11-25T10:00:00.000Z', level: 'warn', msg: 'slow call', channel: 'settings:get', ms: 12 },
    ]);
    expect(stderr).toEqual(['2026-11-25T10:00:00.000Z WARN slow call {"channel":"settings:get","ms":12}\n']);
  });

  it('drops lines below the level', async () => {
    const filePath = join(await makeDir(), 'main.log');
    const logger = await createLogger({ filePath, level: 'warn', stderr: false });
    logger.info('not written');
    logger.error('written');
    await logger.close();
    expect((await readLines(filePath)).map((line) => line.msg)).toEqual(['written']);
  });

  it('redacts secret-looking keys at any depth and serializes errors and bytes', async () => {
    const filePath = join(await makeDir(), 'main.log');
    const logger = await createLogger({ filePath, stderr: false });
    logger.error('push failed', {
      connector: { shop: 'demo', accessToken: 'tok-123', nested: { password: 'pw', apiKey: 'k' } },
      Authorization: 'Bearer abc',
      error: new Error('boom'),
      thumbnail: new Uint8Array(10),
    });
    await logger.close();

    const text = await readFile(filePath, 'utf8');
    expect(text).not.toContain('tok-123');
    expect(text).not.toContain('Bearer abc');
    expect(text).not.toContain('"pw"');
    const [line] = await readLines(filePath);
    expect(line).toMatchObject({
      connector: { shop: 'demo', accessToken: '[redacted]', nested: { password: '[redacted]', apiKey: '[redacted]' } },
      error: { name: 'Error', message: 'boom' },
      thumbnail: '[Uint8Array 10 bytes]',
    });
  });

  it('survives circular context', async () => {
    const lines: string[] = [];
    const logger = await createLogger({ stderr: { write: (line: string) => lines.push(line) } });
    const loop: Record<string, unknown> = { name: 'a' };
    loop.self = loop;
    logger.info('loop', { loop });
    expect(lines[0]).toContain('[circular]');
  });

  it('rotates a file that grew too large', async () => {
    const dir = await makeDir();
    const filePath = join(dir, 'main.log');
    await writeFile(filePath, 'x'.repeat(6 * 1024 * 1024));
    const logger = await createLogger({ filePath, stderr: false });
    logger.info('fresh');
    await logger.close();
    expect((await readLines(filePath)).map((line) => line.msg)).toEqual(['fresh']);
    expect((await readFile(`${filePath}.1`, 'utf8')).length).toBe(6 * 1024 * 1024);
  });

  it('keeps logging to stderr when the file cannot be opened', async () => {
    const dir = await makeDir();
    await writeFile(join(dir, 'blocker'), '');
    const lines: string[] = [];
    const logger = await createLogger({ filePath: join(dir, 'blocker', 'main.log'), stderr: { write: (line: string) => lines.push(line) } });
    logger.info('still here');
    await logger.close();
    expect(lines.some((line) => line.includes('log file disabled'))).toBe(true);
    expect(lines.some((line) => line.includes('still here'))).toBe(true);
  });
});
