import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKETS } from '@shared/markets/market';
import { EXAMPLE_RATE_TABLE } from '@shared/markets/rates';
import { DEFAULT_ROUNDING_RULES } from '@shared/markets/rounding';
import { DEFAULT_CHECKLIST_SETTINGS, DEFAULT_SETTINGS, settingsSchema } from '@shared/model/settings';

describe('market settings', () => {
  it('default to the default markets, the example rates and the default rounding', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ markets: DEFAULT_MARKETS, rates: EXAMPLE_RATE_TABLE, rounding: DEFAULT_ROUNDING_RULES });
  });

  it('fill in defaults for settings saved before markets existed', () => {
    const old = { language: 'zh-CN', watchedFolder: '/Users/li/designs', checklist: { ...DEFAULT_CHECKLIST_SETTINGS, minMarginPercent: 20 } };
    expect(settingsSchema.parse(old)).toEqual({ ...DEFAULT_SETTINGS, ...old });
    // The oldest files had only the language.
    expect(settingsSchema.parse({ language: null })).toEqual(DEFAULT_SETTINGS);
  });

  it('keep what the merchant set', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      markets: [{ id: 'hk', name: '香港', locale: 'zh-CN', currency: 'HKD', units: 'metric', channels: ['shopify'] }],
      rates: { base: 'USD', rates: { USD: '1', HKD: '7.78' }, updatedAt: 1_764_000_000_000 },
      rounding: [{ currency: 'HKD', step: '10', ending: '8', mode: 'nearest' }],
    };
    expect(settingsSchema.parse(stored)).toEqual(stored);
  });

  it('reject an invalid rate table or rounding rule', () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, rates: { base: 'CNY', rates: { CNY: '2' }, updatedAt: null } }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, rounding: [{ currency: 'JPY', step: '0.5', mode: 'up' }] }).success).toBe(false);
  });
});
