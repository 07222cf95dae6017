import type { ChannelPack } from '../channel-rule';
import { CORE, CORE_RULES } from '../core-rules';
import { channelRule } from './rule';

/*
 * Shopify, WooCommerce and the own mall (Vendure) (channel-rules.md §6, §7). These platforms
 * require little beyond a title; the image rules here are the app's advice, so they warn.
 */

const NO_IMAGE = 'app rule: the platform accepts a product without images, but it will not sell';

export const SHOPIFY: ChannelPack = {
  channel: 'shopify',
  version: 2,
  locales: ['en-US'],
  titleUnit: 'chars',
  frontUnits: 70,
  rules: [
    ...CORE_RULES,
    channelRule('shopify', 'title.length', 1, { check: { kind: 'title-length', unit: 'chars', max: 255 }, severity: 'warning', source: 'channel-rules.md §6.1, §10: 255 characters, not found in Shopify docs', confidence: 'unverified' }),
    channelRule('shopify', 'sku-count', 1, { check: { kind: 'sku-count', max: 2048 }, severity: 'blocker', source: 'channel-rules.md §6.1: default limit 2048 variants per product (shopify.dev productSet)', confidence: 'verified' }),
    channelRule('shopify', 'images.main', 1, { check: { kind: 'image-slot', slot: 'main', min: 1 }, severity: 'warning', source: NO_IMAGE, confidence: 'verified' }),
    channelRule('shopify', 'images.total', 1, { check: { kind: 'image-total', max: 250 }, severity: 'warning', source: 'channel-rules.md §6.2: ≤250 media per product (help center copies)', confidence: 'third-party' }),
  ],
};

export const WOOCOMMERCE: ChannelPack = {
  channel: 'woocommerce',
  version: 2,
  locales: ['en-US'],
  titleUnit: 'chars',
  frontUnits: 70,
  rules: [
    ...CORE_RULES,
    channelRule('woocommerce', 'images.main', 1, { check: { kind: 'image-slot', slot: 'main', min: 1 }, severity: 'warning', source: `${NO_IMAGE} (channel-rules.md §7.1: images[0] is the featured image)`, confidence: 'verified' }),
  ],
};

export const OWN_MALL: ChannelPack = {
  channel: 'own-mall',
  version: 2,
  locales: ['zh-CN', 'en-US'],
  titleUnit: 'chars',
  frontUnits: 40,
  rules: [
    ...CORE_RULES,
    CORE.adLaw,
    channelRule('own-mall', 'images.main', 1, { check: { kind: 'image-slot', slot: 'main', min: 1 }, severity: 'blocker', source: 'app rule: the own mall\'s product page is built around the main image', confidence: 'verified' }),
    channelRule('own-mall', 'description', 1, { check: { kind: 'field', field: 'description', min: 1 }, severity: 'warning', source: 'app rule: the own mall shows the description under the gallery', confidence: 'verified' }),
    channelRule('own-mall', 'currency', 1, { check: { kind: 'currency', currencies: ['CNY'] }, severity: 'warning', source: 'app rule: the own mall\'s Vendure channel is set up in CNY', confidence: 'verified' }),
  ],
};
