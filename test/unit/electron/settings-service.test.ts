import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsService, SETTINGS_FILE } from '../../../electron/services/settings';
import { DEFAULT_CHECKLIST_SETTINGS } from '../../../shared/model/settings';
import { createCapturedLogger } from './capture-logger';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();

describe('settings service', () => {
  it('starts from defaults without a file and persists updates', async () => {
    const dataDir = await makeDir();
    const { logger, lines } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    expect(settings.get()).toEqual({ language: null, watchedFolder: null, checklist: DEFAULT_CHECKLIST_SETTINGS });
    expect(lines).toEqual([]);

    await settings.update({ language: 'en' });
    expect(JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'))).toEqual({ language: 'en', watchedFolder: null, checklist: DEFAULT_CHECKLIST_SETTINGS });

    const reopened = await createSettingsService({ dataDir, logger });
    expect(reopened.get()).toEqual({ language: 'en', watchedFolder: null, checklist: DEFAULT_CHECKLIST_SETTINGS });
  });

  it('keeps fields left undefined and stores an explicit null', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    await settings.update({ language: 'zh-CN' });
    expect(await settings.update({ language: undefined })).toEqual({ language: 'zh-CN', watchedFolder: null, checklist: DEFAULT_CHECKLIST_SETTINGS });
    expect(await settings.update({ language: null })).toEqual({ language: null, watchedFolder: null, checklist: DEFAULT_CHECKLIST_SETTINGS });
  });

  it.each([
    ['not JSON', '{"language": "en"'],
    ['wrong shape', '{"language": "klingon"}'],
    ['empty', ''],
  ])('falls back to defaults and warns on a %s file', async (_label, content) => {
    const dataDir = await makeDir();
    await writeFile(join(dataDir, SETTINGS_FILE), content);
    const { logger, lines } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    expect(settings.get()).toEqual({ language: null, watchedFolder: null, checklist: DEFAULT_CHECKLIST_SETTINGS });
    expect(lines.join('')).toMatch(/WARN json file (corrupt|invalid)/);
    // The next update replaces the damaged file.
    await settings.update({ language: 'en' });
    expect(JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'))).toEqual({ language: 'en', watchedFolder: null, checklist: DEFAULT_CHECKLIST_SETTINGS });
  });

  it('notifies listeners only on change and survives a throwing listener', async () => {
    const dataDir = await makeDir();
    const { logger, lines } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    const seen: unknown[] = [];
    settings.onChange(() => {
      throw new Error('listener bug');
    });
    const unsubscribe = settings.onChange((value) => seen.push(value));
    await settings.update({ language: 'en' });
    await settings.update({ language: 'en' });
    unsubscribe();
    await settings.update({ language: 'zh-CN' });
    expect(seen).toEqual([{ language: 'en', watchedFolder: null, checklist: DEFAULT_CHECKLIST_SETTINGS }]);
    expect(lines.join('')).toContain('settings listener failed');
  });

  it('writes atomically: concurrent updates land in order and leave no temp files', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    await Promise.all([settings.update({ language: 'en' }), settings.update({ language: 'zh-CN' }), settings.update({ language: 'en' })]);
    expect(settings.get()).toEqual({ language: 'en', watchedFolder: null, checklist: DEFAULT_CHECKLIST_SETTINGS });
    expect(JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'))).toEqual({ language: 'en', watchedFolder: null, checklist: DEFAULT_CHECKLIST_SETTINGS });
    expect(await readdir(dataDir)).toEqual([SETTINGS_FILE]);
  });

  it('rejects a value the schema does not allow and keeps the old one', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    // The IPC layer validates first; this guards direct callers such as the CLI.
    await expect(settings.update(JSON.parse('{"language":"fr"}') as { language: 'en' })).rejects.toThrow();
    expect(settings.get()).toEqual({ language: null, watchedFolder: null, checklist: DEFAULT_CHECKLIST_SETTINGS });
  });

  it('merges a partial checklist patch, list by list, and persists it', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    await settings.update({ checklist: { competitorBrands: ['Uniqlo'], adTerms: { added: ['秒杀'] } } });
    await settings.update({ checklist: { minMarginPercent: 22, adTerms: { removed: ['最新'] } } });
    const expected = { minMarginPercent: 22, adTerms: { added: ['秒杀'], removed: ['最新'] }, competitorBrands: ['Uniqlo'] };
    expect(settings.get()).toEqual({ language: null, watchedFolder: null, checklist: expected });
    expect(JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'))).toMatchObject({ checklist: expected });
    // Other fields keep the checklist as it is.
    await settings.update({ language: 'en' });
    expect(settings.get().checklist).toEqual(expected);
  });

  it('rejects an out-of-range margin and keeps the old checklist', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    await expect(settings.update({ checklist: { minMarginPercent: 120 } })).rejects.toThrow();
    expect(settings.get().checklist).toEqual(DEFAULT_CHECKLIST_SETTINGS);
  });
});
