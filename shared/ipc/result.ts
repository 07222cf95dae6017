/** Expected failures cross IPC as values; each code maps to the i18n key `errors:<code>`. */
export const ERROR_CODES = ['invalid-input', 'untrusted-sender', 'not-allowed', 'not-found', 'internal', 'secure-storage-unavailable'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** Developer-facing detail for logs; the UI shows the translated code, not this. */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, detail?: string): Result<never> => ({ ok: false, error: { code, detail } });

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
