import type { ChannelPack } from '../channel-rule';
import { CORE_RULES } from '../core-rules';
import { channelRule } from './rule';

/*
 * Amazon (channel-rules.md §5), US marketplace: en-US copy, USD. The title rules changed on
 * 2025-01-21 and again on 2026-07-27 (75 characters, reported by third parties): each change is a
 * new rule version with its own dates, so a listing can be checked as of either side of the switch.
 */

const FORUM_2025 = 'channel-rules.md §5.1: Seller Forums announcement effective 2025-01-21 (sellercentral.amazon.it …/5a52c895-8d38-42f2-b58c-6d9795219649)';
const TITLE_75 = 'channel-rules.md §5.1: 75 characters from 2026-07-27 (News_Amazon 2026-06-10, reported by dev.to/toolmaxo and aEboli/GPT-Image2-Studio)';
const IMAGES = 'channel-rules.md §5.2: copies of Seller Central G1881 — 1 MAIN + up to 8 alternates';
const PRODUCT_TYPE = 'channel-rules.md §5.3: product type definitions require brand, bullet_point, product_description (dylan-travis/amz-json-documentation)';
const TITLE_75_FROM = '2026-07-27';

export const AMAZON: ChannelPack = {
  channel: 'amazon',
  version: 3,
  locales: ['en-US'],
  titleUnit: 'chars',
  frontUnits: 75,
  rules: [
    ...CORE_RULES,
    channelRule('amazon', 'title.length', 1, {
      check: { kind: 'title-length', unit: 'chars', max: 200 }, severity: 'blocker', source: FORUM_2025, confidence: 'verified',
      effectiveFrom: '2025-01-21', effectiveUntil: TITLE_75_FROM,
    }),
    channelRule('amazon', 'title.length', 2, {
      check: { kind: 'title-length', unit: 'chars', max: 75 }, severity: 'blocker', source: TITLE_75, confidence: 'third-party', effectiveFrom: TITLE_75_FROM,
    }),
    channelRule('amazon', 'title.special-chars', 1, {
      check: { kind: 'title-chars', forbid: 'amazon-special' }, severity: 'blocker', source: `${FORUM_2025}: ! $ ? _ { } ^ ¬ ¦ not allowed unless part of the brand`, confidence: 'verified', effectiveFrom: '2025-01-21',
    }),
    channelRule('amazon', 'title.repeat', 1, {
      check: { kind: 'title-repeat', maxRepeats: 2 }, severity: 'blocker', source: `${FORUM_2025}: no word more than twice (except prepositions, articles, conjunctions)`, confidence: 'verified', effectiveFrom: '2025-01-21',
    }),
    channelRule('amazon', 'brand', 1, { check: { kind: 'field', field: 'brand' }, severity: 'blocker', source: PRODUCT_TYPE, confidence: 'third-party' }),
    channelRule('amazon', 'description', 1, { check: { kind: 'field', field: 'description', min: 1 }, severity: 'blocker', source: PRODUCT_TYPE, confidence: 'third-party' }),
    channelRule('amazon', 'bullets', 1, {
      check: { kind: 'bullets', min: 3, minChars: 10, maxChars: 255 }, severity: 'warning',
      source: 'channel-rules.md §5.1, §10: min 3 bullets, 10–255 characters each (aEboli, source GX5L8BF8GLMML6CX)', confidence: 'third-party',
    }),
    channelRule('amazon', 'barcode', 1, {
      check: { kind: 'sku-barcode' }, severity: 'blocker',
      source: 'channel-rules.md §5.3: GTIN required for new detail pages unless exempt (Seller Central G200426310)', confidence: 'verified',
    }),
    channelRule('amazon', 'images.main', 1, { check: { kind: 'image-slot', slot: 'main', min: 1 }, severity: 'blocker', source: IMAGES, confidence: 'third-party' }),
    channelRule('amazon', 'images.gallery', 1, { check: { kind: 'image-slot', slot: 'gallery', min: 0, max: 8 }, severity: 'warning', source: IMAGES, confidence: 'third-party' }),
    channelRule('amazon', 'images.variant', 1, { check: { kind: 'variant-images' }, severity: 'blocker', source: `${IMAGES}; every child item needs its own MAIN image`, confidence: 'third-party' }),
    channelRule('amazon', 'currency', 1, { check: { kind: 'currency', currencies: ['USD'] }, severity: 'warning', source: 'app rule: the US marketplace sells in USD', confidence: 'verified' }),
  ],
};
