import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MARKET_SETTINGS } from '@shared/checklist/market-facts';
import { DEFAULT_MARKETS } from '@shared/markets/market';
import { DEFAULT_CHECKLIST_SETTINGS, DEFAULT_SETTINGS, type Settings } from '@shared/model/settings';
import { currentReadinessInputs, loadReadinessContext, readinessStamp } from '../../../../renderer/src/db/readiness-summary';
import { toSummary } from '../../../../renderer/src/db/summary';
import { getMarketSettings, setMarketSettings } from '../../../../renderer/src/features/checklist/market-settings';
import { plainContext, sellableListing } from './readiness-fixtures';
import { openCatalogDb } from './test-db';

const SHOPIFY_IN_JAPAN = { ...DEFAULT_MARKET_SETTINGS, markets: DEFAULT_MARKETS.map((m) => (m.id === 'jp' ? { ...m, channels: ['shopify' as const] } : m)) };

describe('stored readiness and the markets', () => {
  afterEach(() => setMarketSettings(DEFAULT_MARKET_SETTINGS));

  it("is not ready for a channel whose market's locale has no copy", () => {
    expect(toSummary(sellableListing(), plainContext()).readyFor).toContain('shopify');
    const ctx = { ...plainContext(), markets: SHOPIFY_IN_JAPAN };
    const summary = toSummary(sellableListing(), ctx);
    expect(summary.readyFor).not.toContain('shopify');
    expect(summary.readyFor).toContain('woocommerce');
  });

  it('keeps one settings object while the content is the same, and only the fields the checklist reads', () => {
    setMarketSettings(DEFAULT_SETTINGS);
    const first = getMarketSettings();
    expect(Object.keys(first).sort()).toEqual(['glossary', 'markets', 'rates', 'rounding']);
    const otherLanguage: Settings = { ...DEFAULT_SETTINGS, language: 'en' };
    setMarketSettings(otherLanguage);
    expect(getMarketSettings()).toBe(first);
    setMarketSettings(SHOPIFY_IN_JAPAN);
    expect(getMarketSettings()).not.toBe(first);
  });

  it('stamps the markets, so a change re-scores the catalog', async () => {
    const asOf = plainContext().asOf;
    const before = readinessStamp(DEFAULT_CHECKLIST_SETTINGS, asOf);
    setMarketSettings(SHOPIFY_IN_JAPAN);
    expect(readinessStamp(DEFAULT_CHECKLIST_SETTINGS, asOf)).not.toBe(before);
    expect(readinessStamp(DEFAULT_CHECKLIST_SETTINGS, asOf, DEFAULT_MARKET_SETTINGS)).toBe(before);
    expect(currentReadinessInputs().markets).toBe(getMarketSettings());
    // The context a summary write uses reads the markets in force.
    const db = await openCatalogDb();
    try {
      const ctx = await loadReadinessContext(db.assets, [sellableListing()]);
      expect(ctx.markets).toBe(getMarketSettings());
      expect(toSummary(sellableListing(), ctx).readyFor).not.toContain('shopify');
    } finally {
      db.close();
    }
  });
});
