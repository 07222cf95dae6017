import type { ChannelId } from '../model/ids';
import { findImageRule } from '../rules/image-rules';

/*
 * The size-chart image goes among the channel's detail images, so it takes that rule's width and
 * height limit (Taobao 750, Tmall/JD 790, Pinduoduo 750 × ≤1500, Douyin 750). Channels without
 * detail images (Amazon, Shopify, WooCommerce, own mall) show it in the gallery or inline in the
 * description; 1000 px is the app's choice there: wide enough to read on a desktop product page,
 * Amazon's zoom threshold, and below every channel's size limit.
 */

export const FALLBACK_CHART_WIDTH = 1000;
export const FALLBACK_CHART_MAX_HEIGHT = 4000;

export interface ChartImageSize {
  width: number;
  maxHeight: number;
  /** Image rule the size comes from, for reports; undefined when the fallback applies. */
  ruleId?: string;
}

export function chartImageSizeFor(channel: ChannelId): ChartImageSize {
  const rule = findImageRule(channel, 'detail');
  if (!rule) return { width: FALLBACK_CHART_WIDTH, maxHeight: FALLBACK_CHART_MAX_HEIGHT };
  return { width: rule.width, maxHeight: rule.height, ruleId: rule.id };
}
