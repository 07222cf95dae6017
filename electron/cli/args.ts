import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CHANNEL_IDS, COPY_LOCALES, type ChannelId, type CopyLocale } from '../../shared/model/ids';
import { InputError } from './io';

/*
 * Argument parsing over node:util parseArgs (strict: an unknown flag is a usage error, exit 2).
 * Every command accepts the global flags; each adds its own.
 */

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export const GLOBAL_OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  progress: { type: 'boolean' },
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Parsed {
  values: Values;
  positionals: string[];
}

export function parseCommandArgs(args: readonly string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: { ...GLOBAL_OPTIONS, ...options }, strict: true, allowPositionals: true });
    return { values: values as Values, positionals };
  } catch (error) {
    // parseArgs explains unknown flags and missing values in English; the message is kept as is.
    const message = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
    throw new InputError('errors.usage', { message });
  }
}

export function stringOf(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function stringsOf(values: Values, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? [value] : [];
}

export function requireString(values: Values, name: string): string {
  const value = stringOf(values, name);
  if (value === undefined || value === '') throw new InputError('errors.missingArgument', { what: `--${name}` });
  return value;
}

/** The one positional a command takes (bundle folder, sheet file). */
export function onePositional(positionals: readonly string[], what: string): string {
  const [first, extra] = positionals;
  if (first === undefined) throw new InputError('errors.missingArgument', { what });
  if (extra !== undefined) throw new InputError('errors.tooManyArguments', { value: extra });
  return first;
}

export function parseChannel<T extends string>(value: string, allowed: readonly T[], key = 'errors.unknownChannel'): T {
  const found = allowed.find((c) => c === value);
  if (found === undefined) throw new InputError(key, { value, allowed: allowed.join(', ') });
  return found;
}

export function parseChannels(values: readonly string[]): ChannelId[] {
  return [...new Set(values.map((v) => parseChannel(v, CHANNEL_IDS)))];
}

export function parseLocales(values: readonly string[]): CopyLocale[] {
  return [...new Set(values.map((value) => {
    const found = COPY_LOCALES.find((l) => l.toLowerCase() === value.toLowerCase());
    if (found === undefined) throw new InputError('errors.unknownLocale', { value, allowed: COPY_LOCALES.join(', ') });
    return found;
  }))];
}

/** YYYY-MM-DD that is a real calendar date. */
export function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new InputError('errors.badDate', { value });
  return value;
}

/** Today in local time, as the person running the command reads their calendar. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
