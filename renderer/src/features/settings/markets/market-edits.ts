import { COPY_LOCALES, type ChannelId, type CopyLocale } from '@shared/model/ids';
import type { Market } from '@shared/markets/market';

/*
 * Edits of the market list as pure functions. The Markets card edits a full copy of the list and
 * saves it whole once it is valid; these say what is wrong with a row before it is sent.
 */

/** The schema's limits (shared/markets/market.ts). */
export const MAX_MARKET_NAME = 60;
export const MAX_MARKETS = 50;

export type MarketIssue = { index: number; code: 'nameEmpty' | 'nameTooLong' | 'nameDuplicate' };

const norm = (name: string) => name.trim().toLowerCase();

/**
 * What stops the list from being saved, row by row: empty, over-long or repeated names. Two markets
 * with the same language and currency are allowed (say, Amazon US and a US web store kept apart).
 */
export function validateMarkets(markets: readonly Market[]): MarketIssue[] {
  const issues: MarketIssue[] = [];
  markets.forEach((market, index) => {
    const name = market.name.trim();
    if (name === '') issues.push({ index, code: 'nameEmpty' });
    else if (name.length > MAX_MARKET_NAME) issues.push({ index, code: 'nameTooLong' });
    else if (markets.slice(0, index).some((m) => norm(m.name) === norm(name))) issues.push({ index, code: 'nameDuplicate' });
  });
  return issues;
}

/** A stable id the schema accepts and no other market has; the name can change later, the id does not. */
export function newMarketId(markets: readonly Market[], random: () => string = () => crypto.randomUUID()): string {
  const taken = new Set(markets.map((m) => m.id));
  for (;;) {
    const id = `m-${random().replace(/[^a-f0-9]/g, '').slice(0, 8)}`;
    if (!taken.has(id)) return id;
  }
}

/** A new, unnamed market: English copy in dollars until the merchant says otherwise. */
export function createMarket(markets: readonly Market[]): Market {
  return { id: newMarketId(markets), name: '', locale: 'en-US', currency: 'USD', units: 'imperial', channels: [] };
}

export function toggleChannel(market: Market, channel: ChannelId): Market {
  const channels = market.channels.includes(channel) ? market.channels.filter((c) => c !== channel) : [...market.channels, channel];
  return { ...market, channels };
}

/** The list as it is saved: names trimmed. */
export function cleanMarkets(markets: readonly Market[]): Market[] {
  return markets.map((m) => ({ ...m, name: m.name.trim() }));
}

/** The copy locales the markets sell in, in COPY_LOCALES order. */
export function marketLocales(markets: readonly Market[]): CopyLocale[] {
  const used = new Set(markets.map((m) => m.locale));
  return COPY_LOCALES.filter((l) => used.has(l));
}
