import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME, CSP } from './security';

/*
 * Static file serving shared by the app:// protocol handler and the E2E harness's HTTP server, so
 * both send the same files with the same headers and refuse the same paths.
 */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Module scripts are refused unless served as JavaScript, so the type is ours, not guessed. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL pathname to a file under `rootDir`, or null when it would leave the folder or is
 * malformed. `/` serves index.html (the renderer routes by hash, so no other fallback is needed).
 */
export function resolveStaticPath(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // Backslashes and drive letters mean something to Windows paths; a URL never needs them.
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':')) return null;
  if (decoded.split('/').includes('..')) return null;
  const withIndex = decoded === '' || decoded === '/' ? '/index.html' : decoded;
  const root = resolve(rootDir);
  const target = resolve(root, `.${withIndex}`);
  const fromRoot = relative(root, target);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) return null;
  return target;
}

export interface StaticResponse {
  status: 200 | 400 | 404;
  headers: Record<string, string>;
  /** ArrayBuffer-backed, as fetch's Response requires. */
  body: Uint8Array<ArrayBuffer>;
}

function baseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
}

function textResponse(status: 400 | 404, text: string): StaticResponse {
  return { status, headers: baseHeaders('text/plain; charset=utf-8'), body: new TextEncoder().encode(text) };
}

/** Reads one static file for a request pathname. Never throws: failures are 400/404 responses. */
export async function readStaticFile(rootDir: string, pathname: string): Promise<StaticResponse> {
  const filePath = resolveStaticPath(rootDir, pathname);
  if (filePath === null) return textResponse(400, 'Bad path');
  try {
    const body = await readFile(filePath);
    return { status: 200, headers: baseHeaders(contentTypeFor(filePath)), body: new Uint8Array(body) };
  } catch {
    // Missing file, a directory, or unreadable: the page sees a plain 404 either way.
    return textResponse(404, 'Not found');
  }
}

/** The app:// protocol handler body: only app://shelfready/… is served. */
export async function readAppRequest(rendererDir: string, requestUrl: string): Promise<StaticResponse> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return textResponse(400, 'Bad URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'Not found');
  return readStaticFile(rendererDir, url.pathname);
}

/** readAppRequest as the fetch Response that Electron's protocol.handle expects. */
export async function appProtocolResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const { status, headers, body } = await readAppRequest(rendererDir, requestUrl);
  return new Response(body, { status, headers });
}
