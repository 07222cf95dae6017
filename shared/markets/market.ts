import { z } from 'zod';
import { CHANNEL_IDS, COPY_LOCALES, CURRENCIES, type ChannelId } from '../model/ids';

/*
 * A market is where a product is sold: the copy locale its shoppers read, the currency it is priced
 * in, the unit system size charts use, and the channels that sell there. Markets are the merchant's
 * settings; what each channel itself demands lives in its rule pack (see requirements.ts).
 */

export const UNIT_SYSTEMS = ['metric', 'imperial'] as const;
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];

export const marketSchema = z.object({
  /** Stable key other data (per-market copy review, exports) can refer to; the name can change. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/),
  /** The merchant's label; the defaults' names are data, not UI text, and can be renamed. */
  name: z.string().trim().min(1).max(60),
  locale: z.enum(COPY_LOCALES),
  currency: z.enum(CURRENCIES),
  units: z.enum(UNIT_SYSTEMS),
  /** A channel may sell in several markets (e.g. a web store shipping abroad). */
  channels: z.array(z.enum(CHANNEL_IDS)),
});
export type Market = z.infer<typeof marketSchema>;

export const marketsSchema = z.array(marketSchema).max(50).superRefine((markets, ctx) => {
  const seen = new Set<string>();
  markets.forEach((market, index) => {
    if (seen.has(market.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'duplicate-market-id' });
    seen.add(market.id);
    if (new Set(market.channels).size !== market.channels.length) ctx.addIssue({ code: 'custom', path: [index, 'channels'], message: 'duplicate-channel' });
  });
});

/** Domestic China, the US marketplaces and web stores, and Japan with no channel until the merchant adds one. */
export const DEFAULT_MARKETS: Market[] = [
  { id: 'cn', name: 'China', locale: 'zh-CN', currency: 'CNY', units: 'metric', channels: ['taobao', 'tmall', 'jd', 'pinduoduo', 'douyin', 'own-mall'] },
  { id: 'us', name: 'United States', locale: 'en-US', currency: 'USD', units: 'imperial', channels: ['amazon', 'shopify', 'woocommerce'] },
  { id: 'jp', name: 'Japan', locale: 'ja-JP', currency: 'JPY', units: 'metric', channels: [] },
];

/** The markets a channel sells in, in settings order. */
export function marketsForChannel(markets: readonly Market[], channel: ChannelId): Market[] {
  return markets.filter((market) => market.channels.includes(channel));
}
