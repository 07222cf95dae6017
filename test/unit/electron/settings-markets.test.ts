import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/handle';
import { registerIpc } from '../../../electron/main/ipc/register';
import { createAppServices } from '../../../electron/services/app-services';
import { keepAside } from '../../../electron/services/json-file';
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

  it('keeps the valid entries of a list and the valid parts of the checklist', async () => {
    const dataDir = await makeDir();
    const glossary = [...GLOSSARY, { term: 'x'.repeat(101), translations: {} }, { term: '真丝', translations: { 'en-US': 'silk' } }];
    const markets = [UK, { ...UK, id: 'etsy', name: 'Etsy shops', channels: ['etsy', 'shopify'] }];
    const checklist = { minMarginPercent: 400, adTerms: { added: ['秒杀', ''], removed: ['最'] }, competitorBrands: ['ZARA', 'y'.repeat(101)] };
    await writeFile(join(dataDir, SETTINGS_FILE), JSON.stringify({ ...DEFAULT_SETTINGS, glossary, markets, checklist }));
    const { logger, lines } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    expect(settings.get().glossary).toEqual([GLOSSARY[0], { term: '真丝', translations: { 'en-US': 'silk' } }]);
    expect(settings.get().markets).toEqual([UK, { ...UK, id: 'etsy', name: 'Etsy shops', channels: ['shopify'] }]);
    expect(settings.get().checklist).toEqual({ minMarginPercent: 15, adTerms: { added: ['秒杀'], removed: ['最'] }, competitorBrands: ['ZARA'] });
    expect(lines.filter((line) => line.includes('kept its valid entries'))).toHaveLength(3);
  });

  it('keeps a copy of a file it had to repair, which the next save does not touch', async () => {
    const dataDir = await makeDir();
    const original = JSON.stringify({ ...DEFAULT_SETTINGS, language: 'zh-CN', rates: { ...RATES, rates: { USD: 'lots' } } });
    await writeFile(join(dataDir, SETTINGS_FILE), original);
    const { logger, lines } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    await settings.update({ language: 'en' });
    const copies = (await readdir(dataDir)).filter((name) => name.startsWith(`${SETTINGS_FILE}.unreadable-`));
    expect(copies).toHaveLength(1);
    expect(await readFile(join(dataDir, copies[0] ?? ''), 'utf8')).toBe(original);
    expect(JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'))).toMatchObject({ language: 'en', rates: DEFAULT_SETTINGS.rates });
    expect(lines.join('')).toMatch(/WARN json file kept aside/);
    expect(settings.repairs()).toEqual({ fields: ['rates'], copyPath: join(dataDir, copies[0] ?? '') });

    // A file that is not JSON at all is kept aside too.
    await writeFile(join(dataDir, SETTINGS_FILE), '{"language": "zh-CN", ');
    await createSettingsService({ dataDir, logger });
    expect((await readdir(dataDir)).filter((name) => name.startsWith(`${SETTINGS_FILE}.unreadable-`))).toHaveLength(2);
  });

  it('writes the repaired settings back, so the next start neither repairs nor copies again', async () => {
    const dataDir = await makeDir();
    await writeFile(join(dataDir, SETTINGS_FILE), JSON.stringify({ ...DEFAULT_SETTINGS, glossary: [...GLOSSARY, { term: 'x'.repeat(200), translations: {} }] }));
    const { logger } = await createCapturedLogger();
    await createSettingsService({ dataDir, logger });
    const again = await createSettingsService({ dataDir, logger });
    expect(again.get().glossary).toEqual(GLOSSARY);
    expect((await readdir(dataDir)).filter((name) => name.startsWith(`${SETTINGS_FILE}.unreadable-`))).toHaveLength(1);
  });

  it('takes the default rather than an empty list when nothing of a list is usable, and keeps the margin beside too many brands', async () => {
    const dataDir = await makeDir();
    const brands = Array.from({ length: 2001 }, (_, i) => `Brand ${i}`);
    await writeFile(join(dataDir, SETTINGS_FILE), JSON.stringify({
      ...DEFAULT_SETTINGS,
      markets: [{ id: 'US', name: 'US' }],
      rounding: [{ currency: 'XXX' }],
      checklist: { minMarginPercent: 20, adTerms: { added: ['秒杀'], removed: [] }, competitorBrands: brands },
    }));
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    expect(settings.get().markets).toEqual(DEFAULT_MARKETS);
    expect(settings.get().rounding).toEqual(DEFAULT_ROUNDING_RULES);
    expect(settings.get().checklist.minMarginPercent).toBe(20);
    expect(settings.get().checklist.adTerms.added).toEqual(['秒杀']);
    expect(settings.get().checklist.competitorBrands).toHaveLength(2000);
  });

  it('keeps no copy of a file that was only missing new fields', async () => {
    const dataDir = await makeDir();
    await writeFile(join(dataDir, SETTINGS_FILE), JSON.stringify({ language: 'en' }));
    const { logger } = await createCapturedLogger();
    const settings = await createSettingsService({ dataDir, logger });
    expect(await readdir(dataDir)).toEqual([SETTINGS_FILE]);
    expect(settings.repairs()).toBeNull();
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

describe('keeping an unreadable file aside', () => {
  it('never overwrites an earlier copy, even from the same moment', async () => {
    const dataDir = await makeDir();
    const file = join(dataDir, 'accounts.json');
    const { logger } = await createCapturedLogger();
    const now = new Date(Date.UTC(2026, 11, 7, 1, 2, 3, 4));
    await writeFile(file, 'first');
    const first = await keepAside(file, logger, now);
    await writeFile(file, 'second');
    const second = await keepAside(file, logger, now);
    expect(first).toBe(`${file}.unreadable-2026-12-07T01-02-03-004Z`);
    expect(second).toBe(`${first}-2`);
    expect(await readFile(first ?? '', 'utf8')).toBe('first');
    expect(await readFile(second ?? '', 'utf8')).toBe('second');
  });
});
