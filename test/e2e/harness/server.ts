import { access } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readStaticFile, type StaticResponse } from '../../../electron/main/protocol-path';

export interface StaticServer {
  /** http://127.0.0.1:<port>, the app origin for this run. */
  baseUrl: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  rendererDir: string;
  /** Served at /__harness/: harness-only pages and scripts. */
  harnessDir: string;
}

const HARNESS_PREFIX = '/__harness/';

/** The same resolver and headers (CSP included) as the app:// protocol handler, over loopback HTTP. */
async function respond(options: StaticServerOptions, req: IncomingMessage): Promise<StaticResponse | null> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (pathname.startsWith(HARNESS_PREFIX)) return readStaticFile(options.harnessDir, pathname.slice(HARNESS_PREFIX.length - 1));
  return readStaticFile(options.rendererDir, pathname);
}

function send(req: IncomingMessage, res: ServerResponse, response: StaticResponse | null): void {
  if (response === null) {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  res.writeHead(response.status, { ...response.headers, 'content-length': String(response.body.byteLength) });
  res.end(req.method === 'HEAD' ? undefined : response.body);
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  await access(join(options.rendererDir, 'index.html')).catch(() => {
    throw new Error(`No renderer build at ${options.rendererDir}: run \`npx electron-vite build\` first.`);
  });
  const server = createServer((req, res) => {
    respond(options, req).then(
      (response) => send(req, res, response),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // Chromium keeps sockets alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
