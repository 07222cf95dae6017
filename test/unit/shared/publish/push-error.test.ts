import { describe, expect, it } from 'vitest';
import { kindOfStatus, parseRetryAfter, pushError } from '@shared/publish/push-error';

describe('push errors', () => {
  it('maps HTTP statuses to kinds, retrying only what reliability-notes.md says to retry', () => {
    expect([200, 401, 403, 404, 408, 409, 422, 400, 429, 500, 503].map(kindOfStatus)).toEqual([
      undefined, 'auth', 'auth', 'not-found', 'timeout', 'conflict', 'validation', 'validation', 'rate-limited', 'server', 'server',
    ]);
    expect(pushError('rate-limited', 'slow down').retryable).toBe(true);
    expect(pushError('network', 'ECONNREFUSED').retryable).toBe(true);
    expect(pushError('auth', 'bad token').retryable).toBe(false);
    expect(pushError('validation', 'price').retryable).toBe(false);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7')).toBe(7000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:00:30 GMT', Date.parse('Wed, 25 Nov 2026 12:00:00 GMT'))).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 11:00:00 GMT', Date.parse('Wed, 25 Nov 2026 12:00:00 GMT'))).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
