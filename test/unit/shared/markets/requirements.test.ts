import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS } from '@shared/model/ids';
import { IN_FORCE, type ChannelPack } from '@shared/rules/channel-rule';
import { CHANNEL_PACKS } from '@shared/rules/packs';
import { DEFAULT_MARKETS, marketsForChannel, marketsSchema, type Market } from '@shared/markets/market';
import { requiredFor } from '@shared/markets/requirements';

const japanWith = (channels: Market['channels']): Market => ({ id: 'jp', name: 'Japan', locale: 'ja-JP', currency: 'JPY', units: 'metric', channels });

describe('markets', () => {
  it('default to China, the United States and Japan, and validate', () => {
    expect(marketsSchema.parse(DEFAULT_MARKETS)).toEqual(DEFAULT_MARKETS);
    expect(DEFAULT_MARKETS.map((m) => [m.id, m.locale, m.currency, m.units])).toEqual([
      ['cn', 'zh-CN', 'CNY', 'metric'],
      ['us', 'en-US', 'USD', 'imperial'],
      ['jp', 'ja-JP', 'JPY', 'metric'],
    ]);
  });

  it('put every channel in one default market except none in Japan', () => {
    for (const channel of CHANNEL_IDS) expect(marketsForChannel(DEFAULT_MARKETS, channel)).toHaveLength(1);
    expect(marketsForChannel(DEFAULT_MARKETS, 'shopify').map((m) => m.id)).toEqual(['us']);
  });

  it('list every market a channel sells in, in order', () => {
    const markets = [...DEFAULT_MARKETS.slice(0, 2), japanWith(['shopify'])];
    expect(marketsForChannel(markets, 'shopify').map((m) => m.id)).toEqual(['us', 'jp']);
  });

  it('reject duplicate ids and channels, bad ids and unknown locales', () => {
    const issues = (input: unknown) => marketsSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues([japanWith([]), japanWith([])])).toEqual([['1.id', 'duplicate-market-id']]);
    expect(issues([japanWith(['jd', 'jd'])])).toEqual([['0.channels', 'duplicate-channel']]);
    expect(marketsSchema.safeParse([{ ...japanWith([]), id: 'Japan!' }]).success).toBe(false);
    expect(marketsSchema.safeParse([{ ...japanWith([]), locale: 'xx-XX' }]).success).toBe(false);
    expect(marketsSchema.safeParse([{ ...japanWith([]), name: ' ' }]).success).toBe(false);
  });
});

describe('requiredFor', () => {
  it('reads locales and the currency from the pack and the default markets', () => {
    expect(requiredFor('amazon', DEFAULT_MARKETS)).toEqual({ locales: ['en-US'], currencies: ['USD'] });
    expect(requiredFor('taobao', DEFAULT_MARKETS)).toEqual({ locales: ['zh-CN'], currencies: ['CNY'] });
    expect(requiredFor('own-mall', DEFAULT_MARKETS)).toEqual({ locales: ['zh-CN', 'en-US'], currencies: ['CNY'] });
  });

  it('falls back to the pack alone without markets', () => {
    expect(requiredFor('jd', [])).toEqual({ locales: ['zh-CN'], currencies: ['CNY'] });
    // Shopify's pack names no currency: without a market there is none to price in.
    expect(requiredFor('shopify', [])).toEqual({ locales: ['en-US'], currencies: [] });
  });

  it('adds a second market\'s locale and currency', () => {
    const markets = [...DEFAULT_MARKETS.slice(0, 2), japanWith(['shopify', 'taobao'])];
    expect(requiredFor('shopify', markets)).toEqual({ locales: ['en-US', 'ja-JP'], currencies: ['USD', 'JPY'] });
    expect(requiredFor('taobao', markets)).toEqual({ locales: ['zh-CN', 'ja-JP'], currencies: ['CNY', 'JPY'] });
  });

  it('keeps the pack\'s currency when no market sells the channel in it', () => {
    expect(requiredFor('amazon', [japanWith(['amazon'])])).toEqual({ locales: ['en-US', 'ja-JP'], currencies: ['USD', 'JPY'] });
  });

  it('reads the pack as of a date', () => {
    const pack: ChannelPack = {
      ...CHANNEL_PACKS.shopify,
      rules: [
        { id: 'shopify.currency.v1', check: { kind: 'currency', currencies: ['EUR', 'GBP'] }, severity: 'warning', source: 'test', confidence: 'verified', effectiveFrom: IN_FORCE, effectiveUntil: '2025-01-01' },
        { id: 'shopify.currency.v2', check: { kind: 'currency', currencies: ['HKD'] }, severity: 'warning', source: 'test', confidence: 'verified', effectiveFrom: '2025-01-01' },
      ],
    };
    const packs = { ...CHANNEL_PACKS, shopify: pack };
    expect(requiredFor('shopify', [], { packs, asOf: '2024-06-01' }).currencies).toEqual(['EUR']);
    expect(requiredFor('shopify', [], { packs }).currencies).toEqual(['HKD']);
    // A market in an accepted currency (GBP) meets a "one of" rule; no EUR needed besides.
    const uk: Market = { id: 'uk', name: 'UK', locale: 'en-US', currency: 'GBP', units: 'metric', channels: ['shopify'] };
    expect(requiredFor('shopify', [uk], { packs, asOf: '2024-06-01' }).currencies).toEqual(['GBP']);
  });
});
