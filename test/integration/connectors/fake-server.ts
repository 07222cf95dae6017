import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { z } from 'zod';
import type { PushImage } from '../../../electron/services/connectors/types';
import { createEmptyCopy, createListing } from '../../../shared/model/factory';
import type { Listing, Sku } from '../../../shared/model/listing';

/*
 * Local HTTP servers for connector tests: real sockets on 127.0.0.1, a handler per test that
 * checks each request against the channel's documented shapes (a failed check is recorded as a
 * violation and answered 500, so tests assert `violations` is empty), and a way to never answer
 * at all (the timeout fault) that close() ends without waiting.
 */

export interface RecordedRequest {
  method: string;
  /** Path with query string. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings and Buffers as they are (malformed JSON, XML, image bytes). */
  body?: unknown;
}

export const HANG = Symbol('hang');
export type Handler = (request: RecordedRequest, server: FakeServer) => FakeResponse | typeof HANG | Promise<FakeResponse | typeof HANG>;

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  violations: string[];
  close(): Promise<void>;
}

export class ContractViolation extends Error {}

/** Parses `value` with `schema` or fails the request as a contract violation naming `what`. */
export function check<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ContractViolation(`${what}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function expectThat(condition: boolean, what: string): void {
  if (!condition) throw new ContractViolation(what);
}

export function jsonOf(request: RecordedRequest): unknown {
  try {
    return JSON.parse(request.body.toString('utf8'));
  } catch {
    throw new ContractViolation(`${request.method} ${request.url}: body is not JSON`);
  }
}

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

export async function startFakeServer(handler: Handler): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      requests.push(recorded);
      Promise.resolve()
        .then(() => handler(recorded, server))
        .then((answer) => {
          if (answer === HANG) return;
          const { body } = answer;
          const isRaw = typeof body === 'string' || body === undefined || Buffer.isBuffer(body);
          res.writeHead(answer.status, { 'content-type': isRaw ? 'text/plain' : 'application/json', ...answer.headers });
          res.end(body === undefined ? '' : Buffer.isBuffer(body) ? body : isRaw ? String(body) : JSON.stringify(body));
        })
        .catch((error: unknown) => {
          violations.push(error instanceof Error ? error.message : String(error));
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('contract violation');
        });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const server: FakeServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    violations,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
  servers.push(server);
  return server;
}

/** A loopback URL nothing listens on: a port that was free a moment ago. */
export async function refusedUrl(): Promise<string> {
  const http = createServer();
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  await new Promise<void>((resolve) => http.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Two small "renditions" on disk in a fresh folder, removed after the test. */
export async function writeTestImages(): Promise<PushImage[]> {
  const dir = await mkdtemp(join(tmpdir(), 'shelfready-connectors-'));
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const images: PushImage[] = [
    { assetId: 'a'.repeat(64), role: 'main', order: 0, filePath: join(dir, 'DR26S-00001_1.jpg'), fileName: 'DR26S-00001_1.jpg', mimeType: 'image/jpeg' },
    { assetId: 'b'.repeat(64), role: 'variant', order: 1, variantValue: 'Blue', filePath: join(dir, 'DR26S-00001_2.png'), fileName: 'DR26S-00001_2.png', mimeType: 'image/png' },
  ];
  await writeFile(images[0]?.filePath ?? '', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]));
  await writeFile(images[1]?.filePath ?? '', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]));
  return images;
}

export function sku(code: string, values: string[], over: Partial<Sku> = {}): Sku {
  return { id: code, code, optionValues: values, price: '199', compareAtPrice: '299', cost: '80', stock: '20', barcode: '4006381333931', ...over };
}

/** A dress in two colours and two sizes with English and Chinese copy. */
export function testListing(over: Partial<Listing> = {}): Listing {
  return createListing(Date.UTC(2026, 10, 25), {
    id: 'listing-1',
    spuCode: 'DR26S-00001',
    categoryPath: ['Women', 'Dresses'],
    brand: 'Lumière',
    status: 'ready',
    currency: 'USD',
    options: [
      { id: 'c', name: 'Colour', values: ['Red', 'Blue'] },
      { id: 's', name: 'Size', values: ['S', 'M'] },
    ],
    skus: [sku('DR-RED-S', ['Red', 'S']), sku('DR-RED-M', ['Red', 'M']), sku('DR-BLUE-S', ['Blue', 'S'], { price: '1,299.50', compareAtPrice: '' })],
    tags: ['summer', 'floral'],
    copy: {
      'en-US': { ...createEmptyCopy(), title: 'Floral Chiffon Midi Dress', description: 'Light chiffon.\n\nFitted <waist>.', bullets: ['Breathable', 'Slim fit'] },
      'zh-CN': { ...createEmptyCopy(), title: '法式碎花连衣裙', description: '轻盈雪纺。', bullets: [] },
    },
    revision: 3,
    ...over,
  });
}
