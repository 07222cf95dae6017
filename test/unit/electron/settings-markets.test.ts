import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/handle';
import { registerIpc } from '../../../electron/main/ipc/register';
import { createAppServices } from '../../../electron/services/app-services';
import { createSettingsService, SETTINGS_FILE } from '../../../electron/services/settings';
import { DEFAULT_MARKETS, type Market } from '../../../shared/markets/market';
import { DEFAULT_ROUNDING_RULES } from '../../../shared/markets/rounding';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { createStandInSecretBox } from '../../fixtures/secret-box';
import { createCapturedLogger } from './capture-logger';
import { createFakeEngine } from './fake-image-engine';
import { useTempDirs } from './temp-dir';

/*
 * Markets, rates, rounding and the glossary through settings:update: each replaces the stored
 * value whole, an invalid one is refused with the path and reason and changes nothing, and a
 * settings file with one bad field keeps the others.
 */

const makeDir = useTempDirs();
const APP_URL = 'app://shelfready/index.html';

async function setup() {
  const dataDir = await makeDir();
  const { logger, lines } = await createCapturedLogger();
  const services = await createAppServices({
    dataDir,
    logger,
    appInfo: () => ({ version: '0.1.0', osLocale: 'en-US', platform: 'linux' }),
    openExternal: async () => undefined,
    imageEngine: createFakeEngine(),
    pickFiles: async () => [],
    pickFolder: async () => null,
    secretBox: createStandInSecretBox(),
  });
  const registry = registerIpc({ handle: () => undefined }, services);
  const invoke = (channel: string, input: unknown) => dispatch(registry, channel, input, APP_URL);
  return { invoke, services, dataDir, lines };
}

const UK: Market = { id: 'uk', name: 'United Kingdom', locale: 'en-US', currency: 'GBP', units: 'metric', channels: ['shopify'] };
const RATES = { base: 'CNY' as const, rates: { CNY: '1', USD: '0.138', JPY: '21.2' }, updatedAt: 1_764_000_000_000 };
const GLOSSARY = [{ term: '纯棉', translations: { 'en-US': '100% cotton', 'ja-JP': '綿100%' } }];

describe('settings:update with markets, rates, rounding and glossary', () => {
  it('replaces each one whole, persists it and returns the stored settings', async () => {
    const { invoke, dataDir } = await setup();
    const markets = [...DEFAULT_MARKETS.slice(0, 2), UK];
    const rounding = [{ currency: 'JPY' as const, step: '10', mode: 'nearest' as const }];
    const result = await invoke('settings:update', { markets, rates: RATES, rounding, glossary: GLOSSARY });
    const expected = { ...DEFAULT_SETTINGS, markets, rates: RATES, rounding, glossary: GLOSSARY };
    expect(result).toEqual({ ok: true, value: expected });
    expect(JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'))).toEqual(expected);
    // Another field alone leaves them as they are.
    expect(await invoke('settings:update', { language: 'en' })).toEqual({ ok: true, value: { ...expected, language: 'en' } });
    // An empty list is a value too: the merchant removed every glossary entry.
    expect(await invoke('settings:update', { glossary: [] })).toMatchObject({ ok: true, value: { glossary: [], markets } });
  });

  it('trims glossary text as the stored schema does', async () => {
    const { invoke } = await setup();
    const result = await invoke('settings:update', { glossary: [{ term: ' 真丝 ', translations: { 'en-US': ' mulberry silk ' } }] });
    expect(result).toMatchObject({ ok: true, value: { glossary: [{ term: '真丝', translations: { 'en-US': 'mulberry silk' } }] } });
  });

  it.each([
    ['a duplicate market id', { markets: [UK, { ...UK, name: 'UK again' }] }, 'markets.1.id: duplicate-market-id'],
    ['an empty market name', { markets: [{ ...UK, name: '  ' }] }, 'markets.0.name'],
    ['an unknown channel', { markets: [{ ...UK, channels: ['ebay'] }] }, 'markets.0.channels.0'],
    ['a channel twice in one market', { markets: [{ ...UK, channels: ['shopify', 'shopify'] }] }, 'markets.0.channels: duplicate-channel'],
    ['a rate that is not a decimal', { rates: { ...RATES, rates: { USD: '0,14' } } }, 'rates.rates.USD: rate-not-decimal'],
    ['a zero rate', { rates: { ...RATES, rates: { USD: '0' } } }, 'rates.rates.USD: rate-not-positive'],
    ['a base rate other than 1', { rates: { ...RATES, rates: { CNY: '2' } } }, 'rates.rates.CNY: base-rate-not-one'],
    ['an ending not below the step', { rounding: [{ currency: 'USD', step: '1', ending: '1', mode: 'up' }] }, 'rounding.0.ending: ending-not-below-step'],
    ['two rules for one currency', { rounding: [DEFAULT_ROUNDING_RULES[1], DEFAULT_ROUNDING_RULES[1]] }, 'rounding.1.currency: duplicate-currency'],
    ['an empty glossary term', { glossary: [{ term: ' ', translations: {} }] }, 'glossary.0.term'],
    ['a glossary form for an unknown locale', { glossary: [{ term: '棉', translations: { 'xx-XX': 'cotton' } }] }, 'glossary.0.translations'],
  ])('refuses %s, says where, and keeps the stored settings', async (_label, patch, detail) => {
    const { invoke, services, dataDir } = await setup();
    await invoke('settings:update', { language: 'zh-CN' });
    const before = services.settings.get();
    const result = await invoke('settings:update', { ...patch, language: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', detail: expect.stringContaining(detail) } });
    // Nothing of the patch landed, not even its valid part.
    expect(services.settings.get()).toBe(before);
    expect(JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'))).toEqual(before);
  });
});

describe('loading a settings file with one bad field', () => {
  it('keeps the valid fields and defaults only the bad one, with a warning naming it', async () => {
    const dataDir = await makeDir();
    const saved = { ...DEFAULT_SETTINGS, language: 'zh-CN', markets: [UK], glossary: GLOSSARY, rates: { ...RATES, rates: { USD: 'lots' } } };
    await writeFile(join(dataDir, SETTINGS_FILE), JSON.stringify(saved));
    const { logger, lines } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN', markets: [UK], glossary: GLOSSARY });
    expect(lines.join('')).toMatch(/WARN json file invalid field.*rates/);
    expect(lines.join('')).not.toContain('lots');
  });

  it('defaults a bad language and keeps the checklist and markets', async () => {
    const dataDir = await makeDir();
    const checklist = { minMarginPercent: 30, adTerms: { added: ['秒杀'], removed: [] }, competitorBrands: ['ZARA'] };
    await writeFile(join(dataDir, SETTINGS_FILE), JSON.stringify({ language: 'klingon', checklist, markets: [UK], unknownField: 1 }));
    const { logger, lines } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, checklist, markets: [UK] });
    expect(lines.filter((line) => line.includes('invalid field'))).toHaveLength(1);
  });

  it('falls back to all defaults for a file that is not an object', async () => {
    const dataDir = await makeDir();
    await writeFile(join(dataDir, SETTINGS_FILE), '[1, 2, 3]');
    const { logger, lines } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    expect(settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(lines.join('')).toMatch(/WARN json file invalid, using defaults/);
  });
});
