/** Channels an export package can be written for (the own mall is pushed, never exported). */
export const EXPORT_CHANNELS = ['taobao', 'tmall', 'jd', 'pinduoduo', 'douyin', 'amazon', 'shopify', 'woocommerce'] as const;
export type ExportChannel = (typeof EXPORT_CHANNELS)[number];
