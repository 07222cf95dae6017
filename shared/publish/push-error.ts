import { z } from 'zod';

/*
 * What can go wrong pushing a listing to a channel, as data: the outbox decides from `kind` and
 * `retryable` whether to try again (reliability-notes.md: retry 408, 429, 5xx, timeouts and
 * dropped connections with capped backoff; never 401/403 or validation errors), and the UI turns
 * `kind` into the i18n key `publish:errors.<kind>` and shows `fields` next to the fields they name.
 */

export const PUSH_ERROR_KINDS = [
  'auth', // 401 / 403: wrong or expired credentials
  'validation', // 400 / 422 with the channel's field errors
  'not-found', // 404 on a resource we expected (e.g. a deleted product)
  'conflict', // 409
  'rate-limited', // 429
  'server', // 5xx
  'timeout', // no answer within the time limit
  'network', // refused, reset, DNS: the channel could not be reached
  'malformed-response', // an answer we could not read (not JSON, wrong shape)
  'cancelled',
] as const;
export type PushErrorKind = (typeof PUSH_ERROR_KINDS)[number];

export interface FieldError {
  /** The channel's field name as it reported it, e.g. "variants[0].price" or "sku". */
  field: string;
  message: string;
}

export interface PushError {
  kind: PushErrorKind;
  retryable: boolean;
  /** From Retry-After (seconds or HTTP date), when the channel sent one. */
  retryAfterMs?: number;
  status?: number;
  /** The channel's own message, for the log and the "details" line; never contains credentials. */
  message: string;
  fields?: FieldError[];
}

export const pushErrorSchema = z.object({
  kind: z.enum(PUSH_ERROR_KINDS),
  retryable: z.boolean(),
  retryAfterMs: z.number().optional(),
  status: z.number().optional(),
  message: z.string(),
  fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
}) satisfies z.ZodType<PushError>;

export type PushOutcome<T> = { ok: true; value: T } | { ok: false; error: PushError };

const RETRYABLE: ReadonlySet<PushErrorKind> = new Set(['rate-limited', 'server', 'timeout', 'network']);

export function pushError(kind: PushErrorKind, message: string, extra: Partial<Omit<PushError, 'kind' | 'message' | 'retryable'>> = {}): PushError {
  return { kind, message, retryable: RETRYABLE.has(kind), ...extra };
}

/** The error kind an HTTP status stands for; undefined for success codes. */
export function kindOfStatus(status: number): PushErrorKind | undefined {
  if (status < 400) return undefined;
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'validation';
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
