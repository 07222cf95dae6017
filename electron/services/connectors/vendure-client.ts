import { pushError, type PushError, type PushErrorKind, type PushOutcome } from '../../../shared/publish/push-error';
import { requestJson } from './http';
import { LOGIN } from './vendure-documents';

/*
 * GraphQL over HTTP to one Vendure Admin API, in bearer mode: login answers with the session token
 * in the `vendure-auth-token` header, every later request sends it as `Authorization: Bearer`.
 * Vendure answers most failures with HTTP 200 and an `errors` array; those are mapped to PushError
 * kinds by their extensions.code here, transport failures by requestJson.
 */

interface GraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string };
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

export interface VendureAuth {
  username?: string;
  password?: string;
  /** A session token or API token saved in settings; used as is, no login. */
  token?: string;
}

export interface UploadFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array<ArrayBuffer>;
  tags: string[];
}

const KIND_BY_CODE: Record<string, PushErrorKind> = {
  FORBIDDEN: 'auth',
  UNAUTHORIZED: 'auth',
  USER_INPUT_ERROR: 'validation',
  BAD_USER_INPUT: 'validation',
  GRAPHQL_VALIDATION_FAILED: 'validation',
  ILLEGAL_OPERATION: 'validation',
  ENTITY_NOT_FOUND: 'not-found',
  INTERNAL_SERVER_ERROR: 'server',
};

function errorOfGraphQL(errors: readonly GraphQLError[]): PushError {
  const first = errors[0];
  const kind = KIND_BY_CODE[first?.extensions?.code ?? ''] ?? 'validation';
  const fields = errors.filter((e) => e.path?.length).map((e) => ({ field: (e.path ?? []).join('.'), message: e.message }));
  return pushError(kind, errors.map((e) => e.message).join('; ').slice(0, 500), fields.length ? { fields } : {});
}

function readErrors(body: unknown): { message?: string } {
  const errors = (body as GraphQLBody<unknown> | undefined)?.errors;
  return Array.isArray(errors) && errors.length > 0 ? { message: errors.map((e) => e.message).join('; ') } : {};
}

/** A mutation result that is one of Vendure's ErrorResult types (`errorCode` + `message`) → validation error. */
export function errorResultOf(value: unknown): PushError | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { errorCode, message } = value as { errorCode?: unknown; message?: unknown };
  if (typeof errorCode !== 'string') return undefined;
  return pushError('validation', `${errorCode}: ${typeof message === 'string' ? message : ''}`);
}

export interface VendureClient {
  /** Logs in unless a token is already held (or was given). */
  authenticate(signal?: AbortSignal): Promise<PushOutcome<void>>;
  request<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<PushOutcome<T>>;
  /** createAssets as a GraphQL multipart request (operations + map + one part per file). */
  upload<T>(query: string, files: readonly UploadFile[], signal?: AbortSignal): Promise<PushOutcome<T>>;
}

export function createVendureClient(options: { adminApiUrl: string; auth: VendureAuth; timeoutMs?: number }): VendureClient {
  let token = options.auth.token;

  function headers(): Record<string, string> {
    // Apollo's CSRF prevention rejects multipart posts without a preflight-forcing header.
    const base: Record<string, string> = { 'apollo-require-preflight': 'true' };
    if (token) base.authorization = `Bearer ${token}`;
    return base;
  }

  async function send<T>(body: unknown, signal?: AbortSignal): Promise<PushOutcome<{ data: T; token: string | null }>> {
    const response = await requestJson<GraphQLBody<T>>(
      { url: options.adminApiUrl, method: 'POST', headers: headers(), body, timeoutMs: options.timeoutMs, signal },
      readErrors,
    );
    if (!response.ok) return response;
    const payload = response.value.body;
    if (payload?.errors?.length) return { ok: false, error: errorOfGraphQL(payload.errors) };
    if (payload?.data === undefined || payload.data === null) {
      return { ok: false, error: pushError('malformed-response', 'GraphQL answer without data', { status: response.value.status }) };
    }
    return { ok: true, value: { data: payload.data, token: response.value.headers.get('vendure-auth-token') } };
  }

  async function authenticate(signal?: AbortSignal): Promise<PushOutcome<void>> {
    if (token) return { ok: true, value: undefined };
    const { username, password } = options.auth;
    if (!username || !password) return { ok: false, error: pushError('auth', 'no Vendure credentials configured') };
    const result = await send<{ login: { __typename: string; errorCode?: string; message?: string } }>(
      { query: LOGIN, variables: { username, password } },
      signal,
    );
    if (!result.ok) return result;
    const failure = errorResultOf(result.value.data.login);
    // InvalidCredentialsError and NotVerifiedError come back as HTTP 200 results: still an auth problem.
    if (failure) return { ok: false, error: pushError('auth', failure.message) };
    if (!result.value.token) return { ok: false, error: pushError('malformed-response', 'login answered without vendure-auth-token (is the server in bearer token mode?)') };
    token = result.value.token;
    return { ok: true, value: undefined };
  }

  async function request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<PushOutcome<T>> {
    let result = await send<T>({ query, variables }, signal);
    if (!result.ok && result.error.kind === 'auth' && options.auth.username && options.auth.password && token) {
      // A long-lived connector's session can expire or be revoked: log in again once, then give up.
      token = undefined;
      const again = await authenticate(signal);
      if (!again.ok) return again;
      result = await send<T>({ query, variables }, signal);
    }
    return result.ok ? { ok: true, value: result.value.data } : result;
  }

  async function upload<T>(query: string, files: readonly UploadFile[], signal?: AbortSignal): Promise<PushOutcome<T>> {
    // https://github.com/jaydenseric/graphql-multipart-request-spec: files are null in the variables
    // and the map says which part fills which variable.
    const form = new FormData();
    const input = files.map((f) => ({ file: null, tags: f.tags }));
    form.append('operations', JSON.stringify({ query, variables: { input } }));
    form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.input.${i}.file`]]))));
    files.forEach((f, i) => form.append(String(i), new Blob([f.bytes], { type: f.mimeType }), f.fileName));
    const result = await send<T>(form, signal);
    return result.ok ? { ok: true, value: result.value.data } : result;
  }

  return { authenticate, request, upload };
}
