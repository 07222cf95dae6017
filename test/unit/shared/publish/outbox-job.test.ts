import { describe, expect, it } from 'vitest';
import { cancel, isDue, newJob, recover, RETRY, retryDelay, retryNow, settle, startSending } from '@shared/publish/outbox-job';
import { pushError } from '@shared/publish/push-error';

const T0 = Date.UTC(2026, 10, 25, 12);
const half = () => 0.5;

describe('outbox job', () => {
  it('keys a job by listing version and channel', () => {
    const job = newJob('j1', 'L1', 7, 'shopify', T0);
    expect(job).toMatchObject({ idempotencyKey: 'L1:7:shopify', state: 'queued', attempts: 0, nextAttemptAt: T0 });
    expect(isDue(job, T0)).toBe(true);
  });

  it('backs off exponentially with full jitter, capped, and never before Retry-After', () => {
    expect([0, 1, 2, 3].map((a) => retryDelay(a, undefined, () => 0.999999))).toEqual([1999, 3999, 7999, 15999]);
    expect(retryDelay(20, undefined, () => 0.999999)).toBe(RETRY.capMs - 1);
    expect(retryDelay(0, undefined, () => 0)).toBe(0);
    expect(retryDelay(0, 30_000, half)).toBe(30_000);
  });

  it('retries a retryable failure later and gives up after the last attempt', () => {
    let job = startSending(newJob('j1', 'L1', 1, 'shopify', T0), T0);
    job = settle(job, { ok: false, error: pushError('rate-limited', '429', { retryAfterMs: 5000 }) }, T0, half);
    expect(job).toMatchObject({ state: 'queued', attempts: 1, nextAttemptAt: T0 + 5000, lastError: { kind: 'rate-limited' } });
    expect(isDue(job, T0 + 4999)).toBe(false);
    for (let i = 1; i < RETRY.maxAttempts; i++) {
      job = settle(startSending(job, T0), { ok: false, error: pushError('server', '503') }, T0, half);
    }
    expect(job).toMatchObject({ state: 'failed', attempts: RETRY.maxAttempts, lastError: { kind: 'server' } });
  });

  it('does not retry auth or validation errors', () => {
    const sending = startSending(newJob('j1', 'L1', 1, 'woocommerce', T0), T0);
    expect(settle(sending, { ok: false, error: pushError('auth', '401') }, T0, half).state).toBe('failed');
    const fields = [{ field: 'regular_price', message: 'must be a number' }];
    expect(settle(sending, { ok: false, error: pushError('validation', '400', { fields }) }, T0, half)).toMatchObject({ state: 'failed', lastError: { fields } });
  });

  it('records the remote id when done and clears the last error', () => {
    const failedOnce = settle(startSending(newJob('j1', 'L1', 1, 'own-mall', T0), T0), { ok: false, error: pushError('network', 'ECONNREFUSED') }, T0, half);
    const done = settle(startSending(failedOnce, T0 + 10_000), { ok: true, remoteId: '42' }, T0 + 11_000, half);
    expect(done).toMatchObject({ state: 'done', remoteId: '42', attempts: 2, updatedAt: T0 + 11_000 });
    expect(done.lastError).toBeUndefined();
  });

  it('keeps what a successful push left out, and forgets it on the next clean push', () => {
    const sending = startSending(newJob('j1', 'L1', 1, 'woocommerce', T0), T0);
    const partial = settle(sending, { ok: true, remoteId: '7', warnings: [{ code: 'images-not-sent' }, { code: 'images-failed', count: 2 }] }, T0, half);
    expect(partial).toMatchObject({ state: 'done', warnings: [{ code: 'images-not-sent' }, { code: 'images-failed', count: 2 }] });
    const clean = settle(startSending({ ...partial, state: 'queued' }, T0), { ok: true, remoteId: '7' }, T0, half);
    expect(clean.state).toBe('done');
    expect(clean.warnings).toBeUndefined();
  });

  it('puts a job left sending by a crash back in the queue with the same key', () => {
    const sending = startSending(newJob('j1', 'L1', 3, 'shopify', T0), T0);
    const recovered = recover(sending, T0 + 60_000);
    expect(recovered).toMatchObject({ state: 'queued', attempts: 0, nextAttemptAt: T0 + 60_000, idempotencyKey: 'L1:3:shopify' });
    expect(recover(recovered, T0 + 61_000)).toBe(recovered);
  });

  it('lets the user retry a failed job and cancel a queued one', () => {
    const failed = settle(startSending(newJob('j1', 'L1', 1, 'shopify', T0), T0), { ok: false, error: pushError('auth', '401') }, T0, half);
    expect(retryNow(failed, T0 + 1)).toMatchObject({ state: 'queued', attempts: 0, nextAttemptAt: T0 + 1 });
    expect(cancel(newJob('j2', 'L1', 1, 'jd', T0), T0).state).toBe('cancelled');
    expect(cancel(startSending(newJob('j3', 'L1', 1, 'shopify', T0), T0), T0).state).toBe('sending');
  });
});
