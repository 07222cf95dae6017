import { pushError, type PushError } from '../../../shared/publish/push-error';

/*
 * Credentials (WooCommerce keys in Basic auth, a webhook's signed listing) only ever travel over
 * HTTPS. Plain http is allowed for loopback hosts alone, which is where the tests' local servers
 * (and a developer's local shop) live; a real shop on plain http is refused before any request.
 */

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The parsed URL, or a validation error on `field` saying why it cannot be used. */
export function checkSecureEndpoint(raw: string, field: string): { ok: true; url: URL } | { ok: false; error: PushError } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, error: pushError('validation', `${field} is not a URL`, { fields: [{ field, message: 'not a URL' }] }) };
  }
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return { ok: true, url };
  const message = 'needs an https:// address: credentials are never sent over plain http (only 127.0.0.1/localhost may use http)';
  return { ok: false, error: pushError('validation', `${field} ${message}`, { fields: [{ field, message }] }) };
}

/** Joins a base URL that may or may not end in "/" (or carry a sub-folder) with an absolute API path. */
export function joinUrl(base: URL, path: string): string {
  return base.href.replace(/\/+$/, '') + path;
}
