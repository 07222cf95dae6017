import type { Api } from '@shared/ipc/api';
import type { Result } from '@shared/ipc/result';

declare global {
  interface Window {
    /** Built by the preload (Electron) or the E2E harness from the shared contract. */
    api: Api;
  }
}

/** The only user of window.api: everything else imports `api` from here. */
export const api: Api = window.api;

/** Unwraps a Result for callers that show the error themselves. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const r = await call;
  if (r.ok) return r.value;
  throw Object.assign(new Error(r.error.code), { code: r.error.code });
}
