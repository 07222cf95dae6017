/** Locales a listing can carry copy for; the UI languages are a separate, smaller set. */
export const COPY_LOCALES = ['zh-CN', 'en-US', 'ja-JP', 'ko-KR', 'de-DE', 'fr-FR', 'es-ES'] as const;
export type CopyLocale = (typeof COPY_LOCALES)[number];

/** Sales channels ShelfReady knows; rule packs and connectors key off these ids. */
export const CHANNEL_IDS = ['taobao', 'tmall', 'jd', 'pinduoduo', 'douyin', 'amazon', 'shopify', 'woocommerce', 'own-mall'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'JPY', 'GBP', 'HKD', 'KRW'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Random id for rows inside a listing (SKUs, specs, measurements) so React keys and undo stay stable. */
export function newId(): string {
  // shared/ is typed without DOM or Node libs; both runtimes provide Web Crypto's randomUUID.
  const runtime = globalThis as unknown as { crypto: { randomUUID(): string } };
  return runtime.crypto.randomUUID();
}
