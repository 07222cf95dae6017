import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogContext = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
  /** A logger that adds `context` to every line, e.g. `{ channel }` for one IPC domain. */
  child(context: LogContext): Logger;
  /** Flushes and closes the file; later lines go to stderr only. */
  close(): Promise<void>;
}

export interface LineSink {
  write(line: string): unknown;
}

export interface LoggerOptions {
  /** JSON lines are appended here; omitted → stderr only. */
  filePath?: string;
  level?: LogLevel;
  /** false silences stderr (tests, the harness); a sink captures lines. Default: process.stderr. */
  stderr?: boolean | LineSink;
  now?: () => Date;
}

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
/** Keep one previous file; logs are for support, not an archive. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 5;
const MAX_ITEMS = 50;
const MAX_STRING = 2000;

/*
 * Redaction by key name is the safety net behind the rule "never pass secrets to the logger":
 * channel credentials, tokens and cookies are dropped even when a whole object is logged.
 */
const SECRET_KEY = /pass(word|phrase)?|secret|token|api[-_]?key|authori[sz]ation|cookie|credential|private[-_]?key/i;

function sanitize(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return `[${typeof value}]`;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[deep]';
  seen.add(value);
  if (value instanceof Error) {
    const code = 'code' in value ? sanitize(value.code, depth + 1, seen) : undefined;
    return { name: value.name, message: value.message, stack: value.stack, code };
  }
  if (ArrayBuffer.isView(value)) return `[${value.constructor.name} ${value.byteLength} bytes]`;
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => sanitize(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value).slice(0, MAX_ITEMS)) {
    out[key] = SECRET_KEY.test(key) ? '[redacted]' : sanitize(item, depth + 1, seen);
  }
  return out;
}

async function openLogFile(filePath: string, onError: (error: unknown) => void): Promise<WriteStream> {
  await mkdir(dirname(filePath), { recursive: true });
  const size = await stat(filePath).then(
    (info) => info.size,
    () => 0,
  );
  if (size > MAX_FILE_BYTES) await rename(filePath, `${filePath}.1`);
  const stream = createWriteStream(filePath, { flags: 'a', encoding: 'utf8' });
  stream.on('error', onError);
  return stream;
}

export async function createLogger(options: LoggerOptions = {}): Promise<Logger> {
  const minLevel = LEVELS[options.level ?? 'info'];
  const now = options.now ?? (() => new Date());
  const stderr: LineSink | null =
    options.stderr === false ? null : options.stderr === true || options.stderr === undefined ? process.stderr : options.stderr;
  let file: WriteStream | null = null;
  const disableFile = (error: unknown) => {
    // The file is a convenience: losing it must not take the app down, but say so once.
    stderr?.write(`[logger] log file disabled: ${String(error)}\n`);
    file = null;
  };
  if (options.filePath !== undefined) {
    file = await openLogFile(options.filePath, disableFile).catch((error: unknown) => {
      disableFile(error);
      return null;
    });
  }

  const write = (level: LogLevel, message: string, context: LogContext) => {
    if (LEVELS[level] < minLevel) return;
    const fields = sanitize(context, 0, new WeakSet()) as Record<string, unknown>;
    const time = now().toISOString();
    file?.write(`${JSON.stringify({ time, level, msg: message, ...fields })}\n`);
    const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
    stderr?.write(`${time} ${level.toUpperCase()} ${message}${extra}\n`);
  };

  const close = async () => {
    const stream = file;
    file = null;
    if (stream === null) return;
    await new Promise<void>((resolve) => stream.end(resolve));
  };

  const make = (base: LogContext): Logger => ({
    debug: (message, context = {}) => write('debug', message, { ...base, ...context }),
    info: (message, context = {}) => write('info', message, { ...base, ...context }),
    warn: (message, context = {}) => write('warn', message, { ...base, ...context }),
    error: (message, context = {}) => write('error', message, { ...base, ...context }),
    child: (context) => make({ ...base, ...context }),
    close,
  });
  return make({});
}
