import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsService, SETTINGS_FILE } from '../../../electron/services/settings';
import { DEFAULT_CHECKLIST_SETTINGS, DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { createCapturedLogger } from './capture-logger';
import { useTempDirs } from './temp-dir';

const makeDir = useTempDirs();

describe('settings service', () => {
  it('starts from defaults without a file and persists updates', async () => {
    const dataDir = await makeDir();
    const { logger, lines } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, language: null });
    expect(lines).toEqual([]);

    await settings.update({ language: 'en' });
    expect(JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });

    const reopened = await createSettingsService({ dataDir, logger });
    expect(reopened.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });

  it('keeps fields left undefined and stores an explicit null', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    await settings.update({ language: 'zh-CN' });
    expect(await settings.update({ language: undefined })).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN' });
    expect(await settings.update({ language: null })).toEqual({ ...DEFAULT_SETTINGS, language: null });
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
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, language: null });
    expect(lines.join('')).toMatch(/WARN json file (corrupt|invalid)/);
    // The next update replaces the damaged file.
    await settings.update({ language: 'en' });
    expect(JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });

  it('loads a file saved before markets with the default markets, rates and rounding', async () => {
    const dataDir = await makeDir();
    const old = { language: 'zh-CN', watchedFolder: null, checklist: { ...DEFAULT_CHECKLIST_SETTINGS, competitorBrands: ['Uniqlo'] } };
    await writeFile(join(dataDir, SETTINGS_FILE), JSON.stringify(old));
    const { logger, lines } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, ...old });
    expect(lines).toEqual([]);
    // The next save writes the new fields out.
    await settings.update({ language: 'en' });
    expect(JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, ...old, language: 'en' });
  });

  it('replaces markets, rates and rounding as a whole', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    const rates = { base: 'CNY' as const, rates: { CNY: '1', USD: '0.138' }, updatedAt: 1_764_000_000_000 };
    await settings.update({ rates });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, rates });
    await expect(settings.update({ rates: { ...rates, rates: { USD: '0' } } })).rejects.toThrow();
    expect(settings.get().rates).toEqual(rates);
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
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, language: 'en' }]);
    expect(lines.join('')).toContain('settings listener failed');
  });

  it('writes atomically: concurrent updates land in order and leave no temp files', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    await Promise.all([settings.update({ language: 'en' }), settings.update({ language: 'zh-CN' }), settings.update({ language: 'en' })]);
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(await readdir(dataDir)).toEqual([SETTINGS_FILE]);
  });

  it('rejects a value the schema does not allow and keeps the old one', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    // The IPC layer validates first; this guards direct callers such as the CLI.
    await expect(settings.update(JSON.parse('{"language":"fr"}') as { language: 'en' })).rejects.toThrow();
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, language: null });
  });

  it('merges a partial checklist patch, list by list, and persists it', async () => {
    const dataDir = await makeDir();
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    await settings.update({ checklist: { competitorBrands: ['Uniqlo'], adTerms: { added: ['秒杀'] } } });
    await settings.update({ checklist: { minMarginPercent: 22, adTerms: { removed: ['最新'] } } });
    const expected = { minMarginPercent: 22, adTerms: { added: ['秒杀'], removed: ['最新'] }, competitorBrands: ['Uniqlo'] };
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, checklist: expected });
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
