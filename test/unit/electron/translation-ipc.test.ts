import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/handle';
import { createRegistry } from '../../../electron/main/ipc/register';
import { createAppServices } from '../../../electron/services/app-services';
import { createStandInSecretBox } from '../../fixtures/secret-box';
import { createCapturedLogger } from './capture-logger';
import { createFakeEngine } from './fake-image-engine';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();
const APP = 'app://shelfready/index.html';
const XML = '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0"><file id="a"/></xliff>\n';

async function setup() {
  const dataDir = await makeDir();
  const work = await makeDir();
  const { logger } = await createCapturedLogger();
  const dialogs = { open: null as string | null, save: null as string | null, offered: [] as string[] };
  const services = await createAppServices({
    dataDir,
    logger,
    appInfo: () => ({ version: '9.9.9', osLocale: 'en', platform: 'linux' }),
    openExternal: async () => undefined,
    imageEngine: createFakeEngine(),
    pickFiles: async () => [],
    pickFolder: async () => null,
    pickXliffOpen: async () => dialogs.open,
    pickXliffSave: async (name) => {
      dialogs.offered.push(name);
      return dialogs.save;
    },
    secretBox: createStandInSecretBox(),
  });
  const registry = createRegistry(services);
  const call = (channel: string, input: unknown) => dispatch(registry, channel, input, APP);
  return { dialogs, call, work };
}

describe('xliff:save', () => {
  it('writes the text where the save dialog says, offering the suggested name', async () => {
    const { dialogs, call, work } = await setup();
    dialogs.save = join(work, 'out.xlf');
    expect(await call('xliff:save', { fileName: 'DR-1_zh-CN_en-US_2026-11-25.xlf', xml: XML })).toEqual({ ok: true, value: { status: 'saved', path: dialogs.save } });
    expect(dialogs.offered).toEqual(['DR-1_zh-CN_en-US_2026-11-25.xlf']);
    expect(await readFile(dialogs.save, 'utf8')).toBe(XML);
  });

  it('reports a cancelled dialog and a folder it cannot write to', async () => {
    const { dialogs, call, work } = await setup();
    expect(await call('xliff:save', { fileName: 'a.xlf', xml: XML })).toEqual({ ok: true, value: { status: 'cancelled' } });
    dialogs.save = join(work, 'no-such-folder', 'out.xlf');
    expect(await call('xliff:save', { fileName: 'a.xlf', xml: XML })).toEqual({ ok: true, value: { status: 'failed', code: 'write-failed' } });
  });

  it('refuses a file name with folders in it or another extension', async () => {
    const { call } = await setup();
    for (const fileName of ['../a.xlf', 'C:\\\\a.xlf', 'a.txt', '']) {
      const result = await call('xliff:save', { fileName, xml: XML });
      expect(result.ok).toBe(false);
    }
  });
});

describe('xliff:open', () => {
  it('returns the picked file text and name', async () => {
    const { dialogs, call, work } = await setup();
    dialogs.open = join(work, 'back.xlf');
    await writeFile(dialogs.open, XML);
    expect(await call('xliff:open', {})).toEqual({ ok: true, value: { status: 'read', name: 'back.xlf', xml: XML } });
  });

  it('tells cancelled, missing and non-UTF-8 files apart', async () => {
    const { dialogs, call, work } = await setup();
    expect(await call('xliff:open', {})).toEqual({ ok: true, value: { status: 'cancelled' } });
    dialogs.open = join(work, 'gone.xlf');
    expect(await call('xliff:open', {})).toEqual({ ok: true, value: { status: 'failed', code: 'unreadable' } });
    dialogs.open = join(work, 'binary.xlf');
    await writeFile(dialogs.open, Buffer.from([0xff, 0xfe, 0x3c, 0x00, 0xc3, 0x28]));
    expect(await call('xliff:open', {})).toEqual({ ok: true, value: { status: 'failed', code: 'notText' } });
  });
});
