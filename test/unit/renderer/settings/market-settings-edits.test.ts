import { describe, expect, it } from 'vitest';
import { DEFAULT_MARKETS, type Market } from '@shared/markets/market';
import { DEFAULT_ROUNDING_RULES } from '@shared/markets/rounding';
import { EXAMPLE_RATE_TABLE } from '@shared/markets/rates';
import { cleanGlossary, setTranslation, validateGlossary } from '../../../../renderer/src/features/settings/markets/glossary-edits';
import { cleanMarkets, createMarket, marketLocales, newMarketId, toggleChannel, validateMarkets } from '../../../../renderer/src/features/settings/markets/market-edits';
import { allowedPrices, checkDraft, cleanDecimal, draftFromSettings, exampleFor, rebaseDraft } from '../../../../renderer/src/features/settings/markets/rate-edits';
import { marketSchema } from '@shared/markets/market';

describe('market edits', () => {
  it('refuses empty, over-long and repeated names, row by row', () => {
    const [cn, us] = DEFAULT_MARKETS as [Market, Market];
    const markets = [cn, { ...us, name: '  ' }, { ...us, id: 'us2', name: ' china ' }, { ...us, id: 'x', name: 'x'.repeat(61) }];
    expect(validateMarkets(markets)).toEqual([
      { index: 1, code: 'nameEmpty' },
      { index: 2, code: 'nameDuplicate' },
      { index: 3, code: 'nameTooLong' },
    ]);
    expect(validateMarkets(DEFAULT_MARKETS)).toEqual([]);
    // Same language and currency under two names is allowed (Amazon US and a US web store apart).
    expect(validateMarkets([us, { ...us, id: 'us-web', name: 'US web store' }])).toEqual([]);
  });

  it('makes new markets with ids the schema accepts and no other market has', () => {
    const ids = ['aaaaaaaa-0000', 'aaaaaaaa-1111', 'bbbbbbbb-2222'];
    const taken: Market[] = [{ ...createMarket([]), id: 'm-aaaaaaaa' }];
    expect(newMarketId(taken, () => ids.shift() ?? '')).toBe('m-bbbbbbbb');
    const market = createMarket(DEFAULT_MARKETS);
    expect(marketSchema.safeParse({ ...market, name: 'UK' }).success).toBe(true);
    expect(DEFAULT_MARKETS.map((m) => m.id)).not.toContain(market.id);
  });

  it('toggles channels, trims names and lists the locales in use', () => {
    const [cn] = DEFAULT_MARKETS as [Market];
    expect(toggleChannel(cn, 'taobao').channels).not.toContain('taobao');
    expect(toggleChannel({ ...cn, channels: [] }, 'jd').channels).toEqual(['jd']);
    expect(cleanMarkets([{ ...cn, name: ' 中国 ' }])[0]?.name).toBe('中国');
    expect(marketLocales(DEFAULT_MARKETS)).toEqual(['zh-CN', 'en-US', 'ja-JP']);
    expect(marketLocales([])).toEqual([]);
  });
});

describe('rate and rounding draft', () => {
  const draft = draftFromSettings(EXAMPLE_RATE_TABLE, DEFAULT_ROUNDING_RULES);

  it('round-trips the stored table and rules', () => {
    const check = checkDraft(draft, null);
    expect(check.table).toEqual(EXAMPLE_RATE_TABLE);
    // One rule per currency, in CURRENCIES order.
    expect(check.rounding).toHaveLength(DEFAULT_ROUNDING_RULES.length);
    expect(check.rounding).toEqual(expect.arrayContaining(DEFAULT_ROUNDING_RULES));
    expect(check.rateIssues).toEqual({});
  });

  it('says which rate or rule is wrong and keeps the valid rows usable', () => {
    const bad = { ...draft, rates: { ...draft.rates, USD: '0.14x', JPY: '0' }, rounding: { ...draft.rounding, GBP: { step: '1', ending: '1.5', mode: 'up' as const } } };
    const check = checkDraft(bad, null);
    expect(check.table).toBeNull();
    expect(check.rounding).toBeNull();
    expect(check.rateIssues).toEqual({ USD: 'rate-not-decimal', JPY: 'rate-not-positive' });
    expect(check.roundingIssues).toEqual({ GBP: { field: 'ending', code: 'ending-not-below-step' } });
    expect(check.usableTable.rates).toEqual({ CNY: '1', EUR: '0.12', GBP: '0.11', HKD: '1.09', KRW: '200' });
  });

  it('drops an emptied rate and accepts a decimal comma', () => {
    expect(cleanDecimal(' 0,138 ')).toBe('0.138');
    const check = checkDraft({ ...draft, rates: { ...draft.rates, KRW: '', USD: '0,138' } }, 5);
    expect(check.table?.rates).toEqual({ CNY: '1', USD: '0.138', EUR: '0.12', GBP: '0.11', HKD: '1.09', JPY: '21' });
    expect(check.table?.updatedAt).toBe(5);
  });

  it('re-expresses the rates against a new base', () => {
    const next = rebaseDraft({ ...draft, rates: { ...draft.rates, USD: '0.125', KRW: '' } }, 'USD');
    expect(next?.base).toBe('USD');
    expect(next?.rates.CNY).toBe('8');
    expect(next?.rates.USD).toBe('1');
    expect(next?.rates.JPY).toBe('168');
    expect(next?.rates.KRW).toBe('');
    expect(rebaseDraft({ ...draft, rates: { ...draft.rates, KRW: '' } }, 'KRW')).toBeNull();
  });

  it('shows an example price converted, then rounded by the currency rule', () => {
    const table = { base: 'CNY' as const, rates: { CNY: '1', USD: '0.14', JPY: '21' }, updatedAt: null };
    expect(exampleFor('199', 'USD', table, DEFAULT_ROUNDING_RULES)).toEqual({ exact: '27.86', rounded: { source: 'derived', amount: '27.99', rateUsed: '0.14' } });
    expect(exampleFor('199', 'JPY', table, DEFAULT_ROUNDING_RULES).rounded).toMatchObject({ amount: '4179' });
    expect(exampleFor('199', 'EUR', table, DEFAULT_ROUNDING_RULES)).toEqual({ exact: null, rounded: { source: 'missing', reason: 'no-rate' } });
    expect(exampleFor('abc', 'USD', table, DEFAULT_ROUNDING_RULES).rounded).toEqual({ source: 'missing', reason: 'invalid-base-price' });
  });

  it('lists the first prices a rule allows', () => {
    expect(allowedPrices({ currency: 'USD', step: '1', ending: '0.99', mode: 'up' })).toEqual(['0.99', '1.99', '2.99']);
    expect(allowedPrices({ currency: 'KRW', step: '100', mode: 'up' })).toEqual(['100', '200', '300']);
    expect(allowedPrices({ currency: 'CNY', step: '10', ending: '9', mode: 'up' })).toEqual(['9.00', '19.00', '29.00']);
  });
});

describe('glossary edits', () => {
  it('refuses empty and repeated terms (full-width and case folded) and over-long forms', () => {
    const entries = [
      { term: 'USB', translations: {} },
      { term: ' ', translations: {} },
      { term: 'ｕｓｂ', translations: {} },
      { term: '纯棉', translations: { 'en-US': 'x'.repeat(101) } },
    ];
    expect(validateGlossary(entries)).toEqual([
      { index: 1, field: 'term', code: 'termEmpty' },
      { index: 2, field: 'term', code: 'termDuplicate' },
      { index: 3, field: 'en-US', code: 'tooLong' },
    ]);
  });

  it('drops emptied forms and keeps forms for languages no market shows', () => {
    const entry = { term: '纯棉', translations: { 'en-US': '100% cotton', 'de-DE': 'Baumwolle' } };
    expect(setTranslation(entry, 'en-US', '')).toEqual({ term: '纯棉', translations: { 'de-DE': 'Baumwolle' } });
    expect(setTranslation(entry, 'ja-JP', '綿')).toMatchObject({ translations: { 'ja-JP': '綿', 'de-DE': 'Baumwolle' } });
    expect(cleanGlossary([{ term: ' 真丝 ', translations: { 'en-US': ' silk ', 'ja-JP': '  ' } }])).toEqual([{ term: '真丝', translations: { 'en-US': 'silk' } }]);
  });
});
