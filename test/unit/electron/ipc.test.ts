import { readdir, readFile } from 'node:fs/promises';
import { createChannelAccountsService } from '../../../electron/services/channel-accounts';
import { createListing } from '../../../shared/model/factory';
import { createStandInSecretBox } from '../../fixtures/secret-box';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, type IpcEventLike, type IpcMainLike } from '../../../electron/main/ipc/handle';
import { connectEvents } from '../../../electron/main/ipc/events';
import { registerIpc } from '../../../electron/main/ipc/register';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { CHANNEL_NAMES } from '../../../shared/ipc/names';
import { DEFAULT_CHECKLIST_SETTINGS, DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { createCapturedLogger } from './capture-logger';
import { createFakeEngine } from './fake-image-engine';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();
const APP_FRAME = { url: 'app://shelfready/index.html' };

type Listener = (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>;

/** Stands in for Electron's ipcMain: a Map of handlers and a way to call them as a frame would. */
function createFakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  const invoke = (channel: string, input: unknown, senderFrame: IpcEventLike['senderFrame'] = APP_FRAME) => {
    const listener = handlers.get(channel);
    if (listener === undefined) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame }, input);
  };
  return { ipcMain, handlers, invoke };
}

async function setup(overrides: Partial<AppServices> = {}) {
  const dataDir = await makeDir();
  const { logger, lines } = await createCapturedLogger();
  const opened: string[] = [];
  const base = await createAppServices({
    dataDir,
    logger,
    appInfo: () => ({ version: '0.1.0', osLocale: 'zh-Hans-CN', platform: 'win32' }),
    openExternal: async (url) => void opened.push(url),
    imageEngine: createFakeEngine(),
    pickFiles: async () => ['/picked/WM26F-00164_1.jpg'],
    pickFolder: async () => null,
    secretBox: createStandInSecretBox(),
  });
  const services = { ...base, ...overrides };
  const fake = createFakeIpcMain();
  const registry = registerIpc(fake.ipcMain, services);
  return { ...fake, registry, services, dataDir, lines, opened };
}

describe('registerIpc', () => {
  it('registers every channel of the contract exactly once', async () => {
    const { handlers } = await setup();
    expect([...handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });
});

describe('a good call', () => {
  it('returns ok with the service result', async () => {
    const { invoke } = await setup();
    expect(await invoke('app:info', {})).toEqual({ ok: true, value: { version: '0.1.0', osLocale: 'zh-Hans-CN', platform: 'win32' } });
  });

  it('persists settings through the service', async () => {
    const { invoke, dataDir } = await setup();
    expect(await invoke('settings:update', { language: 'en' })).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, language: 'en' } });
    expect(await invoke('settings:get', {})).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, language: 'en' } });
    expect(JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });

  it('updates part of the checklist settings and broadcasts settings:changed', async () => {
    const { invoke, services } = await setup();
    const emitted: unknown[] = [];
    const disconnect = connectEvents(services, (event, payload) => emitted.push([event, payload]));
    const result = await invoke('settings:update', { checklist: { minMarginPercent: 30, competitorBrands: ['Uniqlo', 'ZARA'] } });
    const checklist = { ...DEFAULT_CHECKLIST_SETTINGS, minMarginPercent: 30, competitorBrands: ['Uniqlo', 'ZARA'] };
    expect(result).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, checklist } });
    const next = await invoke('settings:update', { checklist: { adTerms: { removed: ['最新'] } } });
    expect(next).toMatchObject({ ok: true, value: { checklist: { ...checklist, adTerms: { added: [], removed: ['最新'] } } } });
    disconnect();
    expect(emitted).toHaveLength(2);
    expect(emitted[0]).toEqual(['settings:changed', { ...DEFAULT_SETTINGS, checklist }]);
  });

  it('names the checklist field a rejected patch got wrong', async () => {
    const { invoke, services } = await setup();
    const result = await invoke('settings:update', { checklist: { minMarginPercent: 150 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', detail: expect.stringContaining('minMarginPercent') } });
    expect(services.settings.get().checklist).toEqual(DEFAULT_CHECKLIST_SETTINGS);
  });

  it('opens allowlisted links and refuses others as a value', async () => {
    const { invoke, opened } = await setup();
    expect(await invoke('shell:openExternal', { url: 'https://help.shopify.com/en' })).toEqual({ ok: true, value: { opened: true } });
    expect(await invoke('shell:openExternal', { url: 'file:///C:/Windows/System32/calc.exe' })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    expect(opened).toEqual(['https://help.shopify.com/en']);
  });
});

describe('channel accounts over IPC', () => {
  const TOKEN = 'shpat_0123456789abcdef0123456789abcdef';

  it('saves a secret once and never returns it; the file holds only ciphertext', async () => {
    const { invoke, dataDir, lines } = await setup();
    const endpoint = { target: 'shopify', shopDomain: 'linen-lab.myshopify.com' };
    const saved = await invoke('accounts:save', { endpoint, secret: { accessToken: TOKEN } });
    expect(saved).toMatchObject({ ok: true, value: { endpoint, hasSecret: true } });
    expect(await invoke('accounts:list', {})).toMatchObject({ ok: true, value: { accounts: [{ endpoint, hasSecret: true }] } });
    expect(JSON.stringify(await invoke('accounts:list', {}))).not.toContain(TOKEN);
    expect(await readFile(join(dataDir, 'accounts.json'), 'utf8')).not.toContain(TOKEN);
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(await invoke('accounts:remove', { target: 'shopify' })).toEqual({ ok: true, value: { removed: true } });
    expect(await invoke('accounts:list', {})).toEqual({ ok: true, value: { accounts: [] } });
  });

  it('refuses a secret when the OS has no encryption, as a value the UI can translate', async () => {
    const { invoke } = await setup();
    const noKeyring = await setup({
      accounts: await createChannelAccountsService({ dataDir: await makeDir(), box: createStandInSecretBox(false), logger: (await createCapturedLogger()).logger }),
    });
    expect(await noKeyring.invoke('accounts:save', { endpoint: { target: 'webhook', url: 'https://hooks.example.com/in' }, secret: { secret: 'a-long-enough-secret' } }))
      .toMatchObject({ ok: false, error: { code: 'secure-storage-unavailable' } });
    expect(await invoke('accounts:save', { endpoint: { target: 'shopify', shopDomain: 'not a domain' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('exports over IPC', () => {
  it('does nothing when the folder dialog is cancelled, and says why an empty export failed', async () => {
    const listing = createListing(1, { spuCode: 'DR-1' });
    const cancelled = await setup({ pickFolder: async () => null });
    expect(await cancelled.invoke('exports:create', { channel: 'shopify', listings: [listing] })).toEqual({ ok: true, value: { status: 'cancelled' } });
    const dir = await makeDir();
    const empty = await setup({ pickFolder: async () => dir });
    // No SKUs, no title: nothing can be exported, and nothing is written.
    expect(await empty.invoke('exports:create', { channel: 'shopify', listings: [listing] })).toEqual({ ok: true, value: { status: 'failed', code: 'nothing-to-export' } });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('invalid input', () => {
  it.each([
    ['a wrong enum value', 'settings:update', { language: 'fr' }],
    ['an unknown key on a strict input', 'settings:update', { language: 'en', theme: 'dark' }],
    ['a missing object', 'settings:get', undefined],
    ['a margin over 95 %', 'settings:update', { checklist: { minMarginPercent: 96 } }],
    ['a negative margin', 'settings:update', { checklist: { minMarginPercent: -1 } }],
    ['an empty 广告法 term', 'settings:update', { checklist: { adTerms: { added: ['  '] } } }],
    ['an over-long competitor brand', 'settings:update', { checklist: { competitorBrands: ['x'.repeat(101)] } }],
    ['an unknown checklist key', 'settings:update', { checklist: { maxMargin: 10 } }],
    ['a string instead of an object', 'app:info', 'hello'],
    ['an over-long url', 'shell:openExternal', { url: `https://github.com/${'a'.repeat(3000)}` }],
  ])('rejects %s without calling the service', async (_label, channel, input) => {
    const { invoke, lines, dataDir } = await setup();
    const result = await invoke(channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(lines.join('')).toContain('ipc input rejected');
    await expect(readFile(join(dataDir, 'settings.json'), 'utf8')).rejects.toThrow();
  });

  it('names the offending field but never echoes the value', async () => {
    const { invoke, lines } = await setup();
    const result = await invoke('settings:update', { language: 'secret-value-xyz' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', detail: expect.stringContaining('language') } });
    expect(JSON.stringify(result)).not.toContain('secret-value-xyz');
    expect(lines.join('')).not.toContain('secret-value-xyz');
  });
});

describe('untrusted sender', () => {
  it.each([
    ['a null senderFrame (navigated or destroyed)', null],
    ['a look-alike host', { url: 'app://shelfready.evil.com/index.html' }],
    ['another scheme', { url: 'https://shelfready/' }],
    ['a remote page', { url: 'https://evil.example/' }],
    ['a file page', { url: 'file:///C:/Users/me/index.html' }],
    ['about:blank', { url: 'about:blank' }],
  ])('rejects %s before parsing or calling the service', async (_label, senderFrame) => {
    const { invoke, lines, opened } = await setup();
    const result = await invoke('shell:openExternal', { url: 'https://github.com/' }, senderFrame);
    expect(result).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
    expect(opened).toEqual([]);
    expect(lines.join('')).toContain('ipc sender rejected');
  });

  it('treats a frame whose url getter throws (disposed) as untrusted', async () => {
    const { handlers } = await setup();
    const disposed: IpcEventLike = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    const listener = handlers.get('app:info');
    expect(await listener?.(disposed, {})).toEqual({ ok: false, error: { code: 'untrusted-sender' } });
  });
});

describe('a throwing service', () => {
  it('logs with context and returns internal', async () => {
    const { invoke, lines } = await setup({
      appInfo: () => {
        throw new Error('locale lookup exploded');
      },
    });
    expect(await invoke('app:info', {})).toEqual({ ok: false, error: { code: 'internal' } });
    const logged = lines.join('');
    expect(logged).toContain('ipc handler threw');
    expect(logged).toContain('locale lookup exploded');
    expect(logged).toContain('"channel":"app:info"');
  });

  it('returns internal for a rejected promise too', async () => {
    const { invoke, services } = await setup();
    services.settings.update = () => Promise.reject(new Error('disk full'));
    expect(await invoke('settings:update', { language: 'en' })).toEqual({ ok: false, error: { code: 'internal' } });
  });

  it('returns internal when a handler breaks the output contract', async () => {
    const { invoke, lines } = await setup({ appInfo: () => JSON.parse('{"version":1}') as { version: string; osLocale: string; platform: string } });
    expect(await invoke('app:info', {})).toEqual({ ok: false, error: { code: 'internal', detail: 'output does not match the contract' } });
    expect(lines.join('')).toContain('ipc output does not match the contract');
  });
});

describe('dispatch', () => {
  it('takes the trusted origin from the registry (the E2E harness runs on http)', async () => {
    const { services } = await setup();
    const fake = createFakeIpcMain();
    const registry = registerIpc(fake.ipcMain, services, { trustedOrigin: 'http://127.0.0.1:4321' });
    expect(await dispatch(registry, 'settings:get', {}, 'http://127.0.0.1:4321/#/catalog')).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, language: null } });
    expect(await dispatch(registry, 'settings:get', {}, 'app://shelfready/')).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  it('rejects unknown and prototype channel names', async () => {
    const { registry } = await setup();
    for (const channel of ['settings:delete', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(registry, channel, {}, APP_FRAME.url)).toEqual({ ok: false, error: { code: 'invalid-input', detail: 'unknown channel' } });
    }
  });
});

describe('connectEvents', () => {
  it('forwards settings changes until disconnected', async () => {
    const { services, invoke } = await setup();
    const emitted: unknown[] = [];
    const disconnect = connectEvents(services, (event, payload) => emitted.push([event, payload]));
    await invoke('settings:update', { language: 'zh-CN' });
    disconnect();
    await invoke('settings:update', { language: 'en' });
    expect(emitted).toEqual([['settings:changed', { ...DEFAULT_SETTINGS, language: 'zh-CN' }]]);
  });

  it('tells every window when an account is saved or removed, without its secret', async () => {
    const { services, invoke } = await setup();
    const emitted: [string, unknown][] = [];
    const disconnect = connectEvents(services, (event, payload) => emitted.push([event, payload]));
    const endpoint = { target: 'webhook', url: 'https://hooks.example.com/in' };
    await invoke('accounts:save', { endpoint, secret: { secret: 'a-long-enough-secret-1' } });
    await invoke('accounts:remove', { target: 'webhook' });
    disconnect();
    expect(emitted.map(([event]) => event)).toEqual(['accounts:changed', 'accounts:changed']);
    expect(emitted[0]?.[1]).toMatchObject({ accounts: [{ endpoint, hasSecret: true }] });
    expect(emitted[1]?.[1]).toEqual({ accounts: [] });
    expect(JSON.stringify(emitted)).not.toContain('a-long-enough-secret-1');
  });
});
