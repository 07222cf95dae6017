import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, readAppRequest, readStaticFile, resolveStaticPath } from '../../../electron/main/protocol-path';
import { CSP } from '../../../electron/main/security';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();
const root = '/srv/out/renderer';

describe('resolveStaticPath', () => {
  it('serves index.html for the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '')).toBe(join(root, 'index.html'));
  });

  it('resolves files inside the folder, decoding the URL', () => {
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveStaticPath(root, '/fonts/Noto%20Sans.woff2')).toBe(join(root, 'fonts', 'Noto Sans.woff2'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5c..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/C:/Windows/win.ini',
    '/%00index.html',
    '/%E0%A4%A',
    '/..',
  ])('refuses %s', (pathname) => {
    expect(resolveStaticPath(root, pathname)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('gives module scripts a JavaScript type', () => {
    expect(contentTypeFor('a/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});

describe('readStaticFile / readAppRequest', () => {
  async function makeRenderer() {
    const dir = await makeDir();
    const rendererDir = join(dir, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(join(rendererDir, 'assets', 'main.js'), 'export {};');
    await writeFile(join(dir, 'secret.txt'), 'do not serve');
    return rendererDir;
  }

  it('serves files with type, CSP and nosniff headers', async () => {
    const rendererDir = await makeRenderer();
    const page = await readStaticFile(rendererDir, '/');
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' });
    expect(new TextDecoder().decode(page.body)).toContain('id="root"');
    expect((await readStaticFile(rendererDir, '/assets/main.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and folders, 400 for escapes, with the CSP', async () => {
    const rendererDir = await makeRenderer();
    expect((await readStaticFile(rendererDir, '/nope.js')).status).toBe(404);
    expect((await readStaticFile(rendererDir, '/assets')).status).toBe(404);
    const escape = await readStaticFile(rendererDir, '/%2e%2e/secret.txt');
    expect(escape.status).toBe(400);
    expect(escape.headers['content-security-policy']).toBe(CSP);
  });

  it('serves only app://shelfready', async () => {
    const rendererDir = await makeRenderer();
    expect((await readAppRequest(rendererDir, 'app://shelfready/index.html')).status).toBe(200);
    expect((await readAppRequest(rendererDir, 'app://shelfready/')).status).toBe(200);
    expect((await readAppRequest(rendererDir, 'app://shelfready.evil.com/index.html')).status).toBe(404);
    expect((await readAppRequest(rendererDir, 'app://shelfready/../secret.txt')).status).not.toBe(200);
    expect((await readAppRequest(rendererDir, 'not a url')).status).toBe(400);
  });
});
