import { readFile } from 'node:fs/promises';
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

async function setup() {
  const dataDir = await makeDir();
  const { logger } = await createCapturedLogger();
  const openedPaths: string[] = [];
  const services = await createAppServices({
    dataDir, logger,
    appInfo: () => ({ version: '0', osLocale: 'en', platform: 'linux' }),
    openExternal: async () => undefined,
    openPath: async (path) => {
      openedPaths.push(path);
    },
    imageEngine: createFakeEngine(),
    pickFiles: async () => [],
    pickFolder: async () => null,
    secretBox: createStandInSecretBox(),
  });
  const registry = createRegistry(services);
  return { dataDir, services, openedPaths, call: (channel: string, input: unknown) => dispatch(registry, channel, input, APP) };
}

describe('launch channels', () => {
  it('saves the report under the launch folder (CSV with a BOM for Excel) and opens only that folder', async () => {
    const { dataDir, services, openedPaths, call } = await setup();
    const saved = await call('launches:saveReport', { launchId: 'L-1', html: '<!doctype html><p>报告</p>', csv: 'SPU,标题\r\nA,连衣裙' });
    const folder = join(dataDir, 'launches', 'L-1');
    expect(saved).toEqual({ ok: true, value: { folder, htmlPath: join(folder, 'report.html'), csvPath: join(folder, 'report.csv') } });
    expect(await readFile(join(folder, 'report.html'), 'utf8')).toBe('<!doctype html><p>报告</p>');
    expect(await readFile(join(folder, 'report.csv'), 'utf8')).toBe('\uFEFFSPU,标题\r\nA,连衣裙');
    expect(await call('launches:reveal', { launchId: 'L-1', what: 'report' })).toEqual({ ok: true, value: { opened: true } });
    expect(await call('launches:reveal', { launchId: 'L-1', what: 'folder' })).toEqual({ ok: true, value: { opened: true } });
    expect(openedPaths).toEqual([join(folder, 'report.html'), folder]);
    await services.close();
  });

  it('refuses launch ids that could leave the launches folder, and unknown keys', async () => {
    const { services, openedPaths, call } = await setup();
    for (const launchId of ['../x', '..', 'a/b', 'a\\b', '', 'C:']) {
      expect(await call('launches:reveal', { launchId, what: 'folder' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(await call('launches:saveReport', { launchId, html: '', csv: '' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await call('launches:reveal', { launchId: 'ok', what: 'folder', path: '/etc' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(openedPaths).toEqual([]);
    await services.close();
  });
});
