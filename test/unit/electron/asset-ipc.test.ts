import { writeFile } from 'node:fs/promises';
import { createStandInSecretBox } from '../../fixtures/secret-box';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/handle';
import { createRegistry } from '../../../electron/main/ipc/register';
import { connectEvents } from '../../../electron/main/ipc/events';
import { imageDialogOptions, pickFolder, pickImageFiles } from '../../../electron/main/pick-files';
import { createAppServices } from '../../../electron/services/app-services';
import { createCapturedLogger } from './capture-logger';
import { createFakeEngine } from './fake-image-engine';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();
const APP = 'app://shelfready/index.html';

async function setup() {
  const dataDir = await makeDir();
  const inbox = await makeDir();
  const { logger } = await createCapturedLogger();
  const engine = createFakeEngine();
  const services = await createAppServices({
    dataDir,
    logger,
    appInfo: () => ({ version: '0', osLocale: 'en', platform: 'linux' }),
    openExternal: async () => undefined,
    imageEngine: engine,
    pickFiles: async () => [join(inbox, 'picked.jpg')],
    pickFolder: async () => inbox,
    secretBox: createStandInSecretBox(),
    watchedFolder: { pollMs: 10 },
  });
  const registry = createRegistry(services);
  const call = (channel: string, input: unknown) => dispatch(registry, channel, input, APP);
  const put = async (name: string, content: string) => {
    const path = join(inbox, name);
    await writeFile(path, content);
    return path;
  };
  return { services, call, put, inbox, engine };
}

describe('asset channels', () => {
  it('importPaths: per-file results in input order, a folder expanded in place', async () => {
    const { call, put, inbox, services } = await setup();
    const bad = await put('B_1.jpg', 'BAD');
    await put('A_1.jpg', 'a');
    const result = await call('assets:importPaths', { paths: [bad, inbox] });
    expect(result).toMatchObject({
      ok: true,
      value: { results: [{ name: 'B_1.jpg', ok: false, error: 'not-an-image' }, { name: 'A_1.jpg', ok: true }, { name: 'B_1.jpg', ok: false }] },
    });
    await services.close();
  });

  it('rejects more than 500 paths, non-string paths and unknown keys as invalid-input', async () => {
    const { call, services } = await setup();
    for (const input of [{ paths: Array.from({ length: 501 }, (_, i) => `/x/${i}.jpg`) }, { paths: [1] }, { paths: [], extra: true }]) {
      expect(await call('assets:importPaths', input)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    await services.close();
  });

  it('importBytes takes a Uint8Array only, at most 50 MB', async () => {
    const { call, services } = await setup();
    expect(await call('assets:importBytes', { name: 'p.png', bytes: new TextEncoder().encode('pasted') })).toMatchObject({ ok: true, value: { ok: true, isNew: true } });
    expect(await call('assets:importBytes', { name: 'p.png', bytes: 'cGFzdGVk' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('assets:importBytes', { name: 'p.png', bytes: new Uint8Array(50 * 1024 * 1024 + 1) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    await services.close();
  });

  it('thumbnail returns Uint8Array webp bytes; an unknown hash is not-found; a non-hash is invalid-input', async () => {
    const { call, put, services } = await setup();
    const imported = await call('assets:importPaths', { paths: [await put('A_1.jpg', 'pic')] });
    const hash = (imported as { value: { results: [{ meta: { hash: string } }] } }).value.results[0].meta.hash;
    const thumb = await call('assets:thumbnail', { hash });
    expect(thumb).toMatchObject({ ok: true, value: { mime: 'image/webp' } });
    expect(thumb.ok && (thumb.value as { bytes: unknown }).bytes).toBeInstanceOf(Uint8Array);
    expect(await call('assets:thumbnail', { hash: '0'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('assets:thumbnail', { hash: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await services.close();
  });

  it('renditions: render by channel and slot through the rule packs, cached the second time; preview by key', async () => {
    const { call, put, services, engine } = await setup();
    const imported = await call('assets:importPaths', { paths: [await put('A_1.jpg', 'pic')] });
    const hash = (imported as { value: { results: [{ meta: { hash: string } }] } }).value.results[0].meta.hash;
    const first = await call('renditions:render', { hash, channel: 'taobao', slot: 'main' });
    expect(first).toMatchObject({ ok: true, value: { assetHash: hash, ruleId: 'taobao.main.v1', isCached: false } });
    expect(await call('renditions:render', { hash, channel: 'taobao', slot: 'main' })).toMatchObject({ ok: true, value: { isCached: true } });
    expect(engine.calls.render).toHaveLength(1);
    const key = (first as { value: { key: string } }).value.key;
    expect(await call('renditions:preview', { key })).toMatchObject({ ok: true, value: { mime: 'image/jpeg' } });
    expect(await call('renditions:preview', { key: `${'0'.repeat(64)}-taobao.main.v1` })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('renditions:render', { hash, channel: 'ebay', slot: 'main' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await services.close();
  });

  it('settings:update takes an absolute watched folder or null, nothing else', async () => {
    const { call, services } = await setup();
    for (const watchedFolder of ['relative/designs', '', 42]) {
      expect(await call('settings:update', { watchedFolder })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    for (const watchedFolder of ['C:\\设计\\上新', '\\\\nas\\design', null]) {
      expect(await call('settings:update', { watchedFolder })).toMatchObject({ ok: true, value: { watchedFolder } });
    }
    await services.close();
  });

  it('files:pick returns the injected dialog answer', async () => {
    const { call, inbox, services } = await setup();
    expect(await call('files:pick', {})).toEqual({ ok: true, value: { paths: [join(inbox, 'picked.jpg')] } });
    expect(await call('files:pickFolder', {})).toEqual({ ok: true, value: { path: inbox } });
    expect(await call('files:pickFolder', { path: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await services.close();
  });

  it('settings.watchedFolder starts the watcher; its imports become assets:watched events', async () => {
    const { call, services, inbox } = await setup();
    const emitted: unknown[] = [];
    const disconnect = connectEvents(services, (event, payload) => {
      if (event === 'assets:watched') emitted.push(payload);
    });
    expect(await call('settings:update', { watchedFolder: inbox })).toMatchObject({ ok: true, value: { watchedFolder: inbox } });
    await writeFile(join(inbox, 'W_1.jpg'), 'watched');
    await expect.poll(() => emitted, { timeout: 5000 }).toMatchObject([{ results: [{ name: 'W_1.jpg', ok: true, isNew: true }] }]);
    disconnect();
    await services.close();
  });
});

describe('pickImageFiles', () => {
  it('asks for several image files and returns [] when cancelled', async () => {
    const asked: unknown[] = [];
    const dialog = {
      showOpenDialog: async (...args: unknown[]) => {
        asked.push(args.at(-1));
        return { canceled: asked.length > 1, filePaths: ['/a/WM26F-00164_1.jpg'] };
      },
    } as unknown as Parameters<typeof pickImageFiles>[0];
    expect(await pickImageFiles(dialog, null, 'zh-CN')).toEqual(['/a/WM26F-00164_1.jpg']);
    expect(await pickImageFiles(dialog, null, 'en')).toEqual([]);
    expect(asked[0]).toEqual(imageDialogOptions('zh-CN'));
    expect(imageDialogOptions('en').properties).toEqual(['openFile', 'multiSelections']);
    expect(imageDialogOptions('en').filters?.[0]?.extensions).toContain('heic');
  });
});

describe('pickFolder', () => {
  it('asks for one folder and returns null when cancelled', async () => {
    const asked: unknown[] = [];
    const dialog = {
      showOpenDialog: async (...args: unknown[]) => {
        asked.push(args.at(-1));
        return { canceled: asked.length > 1, filePaths: ['/designers/inbox'] };
      },
    } as unknown as Parameters<typeof pickFolder>[0];
    expect(await pickFolder(dialog, null)).toBe('/designers/inbox');
    expect(await pickFolder(dialog, null)).toBeNull();
    expect(asked[0]).toEqual({ properties: ['openDirectory', 'createDirectory'] });
  });
});
