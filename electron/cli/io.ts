import type { Messages } from './i18n';

/*
 * Where the CLI writes: results to stdout (a table, or one JSON document with --json), everything
 * else (progress, diagnostics) to stderr, so `shelfready check --json > report.json` stays clean.
 */

export const EXIT = { ok: 0, notReady: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** A translated error that ends the command with exit status 2 (bad input or usage). */
export class InputError extends Error {
  constructor(readonly key: string, readonly params: Record<string, unknown> = {}, readonly lines: string[] = []) {
    super(key);
  }
}

export interface Output {
  messages: Messages;
  isJson: boolean;
  /** A line of the human-readable result (ignored with --json). */
  line(text?: string): void;
  /** The --json document (ignored without --json). */
  json(value: unknown): void;
  /** A line on stderr: warnings and notes that are not the result. */
  note(text: string): void;
  /** "12/40 label" on stderr, when progress is shown. */
  progress(done: number, total: number, label: string): void;
}

export function createOutput(io: Io, messages: Messages, options: { isJson: boolean; isProgress: boolean }): Output {
  const showProgress = options.isProgress || io.stderr.isTTY === true;
  const isTty = io.stderr.isTTY === true;
  let lastTick = 0;
  return {
    messages,
    isJson: options.isJson,
    line(text = '') {
      if (!options.isJson) io.stdout.write(`${text}\n`);
    },
    json(value) {
      if (options.isJson) io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    note(text) {
      io.stderr.write(`${text}\n`);
    },
    progress(done, total, label) {
      if (!showProgress) return;
      // On a terminal one line is redrawn (at most every 100 ms); elsewhere each step is a line.
      if (isTty) {
        const now = Date.now();
        if (done < total && now - lastTick < 100) return;
        lastTick = now;
        io.stderr.write(`\r${done}/${total} ${label}${done === total ? '\n' : ''}`);
      } else {
        io.stderr.write(`${done}/${total} ${label}\n`);
      }
    },
  };
}
