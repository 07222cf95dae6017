import { kindOfStatus, parseRetryAfter, pushError, type PushOutcome } from '../../../shared/publish/push-error';

/*
 * JSON over HTTP for connectors, with every failure turned into a PushError the outbox can act on:
 * a time limit per request (a server that answers slowly counts as a timeout, retryable), refused
 * or dropped connections as network errors, an unreadable body as malformed-response, and HTTP
 * statuses by kindOfStatus with Retry-After kept. Uses Node's fetch; nothing here logs bodies or
 * headers, which can carry credentials.
 */

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  /** Sent as JSON unless it is already a string, Uint8Array or FormData. */
  body?: unknown;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

type Body = NonNullable<RequestInit['body']>;

function encodeBody(body: unknown, headers: Record<string, string>): Body | undefined {
  if (body === undefined) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array || body instanceof FormData) return body as Body;
  headers['content-type'] ??= 'application/json';
  return JSON.stringify(body);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? error.message;
  }
  return String(error);
}

/**
 * Sends one request and reads a JSON answer. A non-2xx answer is an error whose message is the
 * channel's own text (from its JSON or the raw body, cut short); `readErrors` can pull field errors
 * out of the channel's error body.
 */
export async function requestJson<T>(
  request: HttpRequest,
  readErrors?: (body: unknown) => { message?: string; fields?: { field: string; message: string }[] },
): Promise<PushOutcome<HttpResponse<T>>> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  const timeout = AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.url, { method: request.method ?? 'GET', headers, body: encodeBody(request.body, headers), signal });
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) return { ok: false, error: pushError('cancelled', 'cancelled') };
    if (timeout.aborted) return { ok: false, error: pushError('timeout', `no answer within ${request.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms`) };
    return { ok: false, error: pushError('network', describe(error)) };
  }
  let body: unknown = undefined;
  let isJson = true;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      isJson = false;
    }
  }
  const kind = kindOfStatus(response.status);
  if (kind) {
    const read = isJson && readErrors ? readErrors(body) : {};
    return {
      ok: false,
      error: pushError(kind, read.message ?? (text.slice(0, 300) || response.statusText), {
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
        ...(read.fields?.length ? { fields: read.fields } : {}),
      }),
    };
  }
  if (!isJson) return { ok: false, error: pushError('malformed-response', `not JSON: ${text.slice(0, 120)}`, { status: response.status }) };
  return { ok: true, value: { status: response.status, headers: response.headers, body: body as T } };
}
