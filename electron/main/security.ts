/*
 * Pure security rules for the main process (no electron import, unit-tested).
 * Every check parses with `new URL` and compares parts: prefix checks are fooled by
 * `app://shelfready.evil.com` or `https://github.com@evil.com`.
 */

/** The renderer is served from app://shelfready/ forever: IndexedDB is keyed by origin, so changing it loses user data. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'shelfready';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Sent as a header by the app protocol and the E2E server; frame-ancestors only works as a header. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/*
 * Node's URL reports origin "null" for non-special schemes such as app:, so origins are compared
 * as protocol + host. Credentials in the URL are never legitimate here and are rejected.
 */
function hasOrigin(url: string, origin: string): boolean {
  const candidate = parseUrl(url);
  const expected = parseUrl(origin);
  if (candidate === null || expected === null) return false;
  if (candidate.username !== '' || candidate.password !== '') return false;
  return candidate.protocol === expected.protocol && candidate.host === expected.host && candidate.host !== '';
}

/**
 * True when `url` belongs to the app's own origin. `appOrigin` is app://shelfready in the app; dev
 * (Vite server) and the E2E harness (http://127.0.0.1:<port>) pass their own origin.
 */
export function isAppUrl(url: string, appOrigin: string = APP_ORIGIN): boolean {
  return hasOrigin(url, appOrigin);
}

/** IPC sender check. A null frame URL (frame navigated away or destroyed) is never trusted. */
export function isTrustedSender(frameUrl: string | null | undefined, appOrigin: string = APP_ORIGIN): boolean {
  if (frameUrl === null || frameUrl === undefined) return false;
  return isAppUrl(frameUrl, appOrigin);
}

/**
 * Help and seller-doc sites of the channels we support. An allowlist, not a blocklist: file:, smb:,
 * ms-msdt: and friends can run programs through shell.openExternal.
 */
export const EXTERNAL_HOSTS = [
  'taobao.com',
  'tmall.com',
  'jd.com',
  'pinduoduo.com',
  'jinritemai.com',
  'amazon.com',
  'sellercentral.amazon.com',
  'shopify.dev',
  'help.shopify.com',
  'woocommerce.com',
  'github.com',
] as const;

function isHostAllowed(hostname: string, allowed: readonly string[]): boolean {
  return allowed.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/** https only, default port, no credentials, host on the allowlist or a subdomain of one. */
export function isAllowedExternal(url: string, allowedHosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.port !== '') return false;
  return isHostAllowed(parsed.hostname, allowedHosts);
}
