import type { ChannelId } from '../model/ids';
import type { Confidence, ImageRule, ImageSlot } from '../images/types';

/*
 * Image rules per channel × slot, as versioned data. Every rule cites the section of
 * docs/channel-rules.md it comes from (and that section's upstream source). Confidence follows the
 * notes' legend: [V] verified, [3P] third-party, [UNVERIFIED]; unverified rules only ever warn
 * (shared/images/checks.ts downgrades their fails). A rule change gets a new id (".v2") and a new
 * effectiveFrom, so rendition cache keys (hash + rule id) change with it.
 *
 * Where the notes give a minimum but no output size, the output is the app's choice (e.g. 800×800
 * for Pinduoduo's "≥480 px" carousel) and the minimum goes to minSourcePx. minSourcePx values that
 * no channel states (Taobao, JD, Shopify, WooCommerce) are an app floor: below it a pad/crop
 * upscales the source more than 2×.
 */

/** Date the channel notes were compiled; rules without a dated upstream source take effect from it. */
const NOTES_DATE = '2026-11-25';
const MB = 1024 * 1024;
const KB = 1024;

type RuleInput = Omit<ImageRule, 'id' | 'channel' | 'slot' | 'effectiveFrom'> & { effectiveFrom?: string; version?: number };

function rule(channel: ChannelId, slot: ImageSlot, input: RuleInput): ImageRule {
  const { version = 1, effectiveFrom = NOTES_DATE, ...rest } = input;
  return { id: `${channel}.${slot}.v${version}`, channel, slot, effectiveFrom, ...rest };
}

const SQUARE = { ratio: 1, tolerance: 0.02 };
const PORTRAIT = { ratio: 3 / 4, tolerance: 0.02 };

const TAOBAO_SRC = 'channel-rules.md §0, §1.3 (http://wztg.net/wenda/203288.html)';
const TAOBAO_WHITE_SRC = 'channel-rules.md §1.3 (http://wztg.net/wenda/203288.html; http://djres.cn/article/20171109191734.htm)';
const TAOBAO_DETAIL_SRC = 'channel-rules.md §1.3, §10 (widely cited, not confirmed)';

function taobaoFamily(channel: 'taobao' | 'tmall', detailWidth: number): ImageRule[] {
  const main = {
    width: 800, height: 800, fit: 'pad', format: 'jpeg', maxBytes: 3 * MB, minQuality: 60, minSourcePx: 400,
    zoom: { px: 700, side: 'shorter' }, aspect: SQUARE, requiresWhiteBackground: false,
    source: TAOBAO_SRC, confidence: 'third-party',
  } satisfies RuleInput;
  return [
    rule(channel, 'main', main),
    rule(channel, 'gallery', main),
    rule(channel, 'white', {
      ...main, maxBytes: 300 * KB, minSourcePx: 300, zoom: undefined, requiresWhiteBackground: true, source: TAOBAO_WHITE_SRC,
    }),
    rule(channel, 'portrait', {
      width: 750, height: 1000, fit: 'crop', format: 'jpeg', maxBytes: 3 * MB, minQuality: 60, minSourcePx: 750,
      aspect: PORTRAIT, requiresWhiteBackground: false, source: TAOBAO_SRC, confidence: 'third-party',
    }),
    rule(channel, 'detail', {
      width: detailWidth, height: 20000, fit: 'contain', format: 'jpeg', maxBytes: 3 * MB, minQuality: 60,
      minSourcePx: 0, requiresWhiteBackground: false, source: TAOBAO_DETAIL_SRC, confidence: 'unverified',
    }),
    rule(channel, 'variant', { ...main, source: `${TAOBAO_SRC}; SKU images assumed as main`, confidence: 'unverified' }),
  ];
}

const JD_SRC = 'channel-rules.md §0, §2 (800×800 presets in palxiao/poster-design)';
const JD_MAIN = {
  width: 800, height: 800, fit: 'pad', format: 'jpeg', maxBytes: 3 * MB, minQuality: 60, minSourcePx: 400,
  aspect: SQUARE, requiresWhiteBackground: false, source: JD_SRC, confidence: 'third-party',
} satisfies RuleInput;

const PDD_SRC = 'channel-rules.md §0, §3 (open.pinduoduo.com pdd.goods.add carousel_gallery)';
const PDD_MAIN = {
  width: 800, height: 800, fit: 'pad', format: 'jpeg', maxBytes: 1 * MB, minQuality: 50, minSourcePx: 480,
  aspect: SQUARE, requiresWhiteBackground: false, source: PDD_SRC, confidence: 'verified', effectiveFrom: '2026-02-11',
} satisfies RuleInput;

const DOUYIN_SRC = 'channel-rules.md §0, §4 (doudian product_addV2 request: pic)';
const DOUYIN_MAIN = {
  width: 800, height: 800, fit: 'pad', format: 'jpeg', maxBytes: 1 * MB, minQuality: 50, minSourcePx: 600,
  aspect: SQUARE, requiresWhiteBackground: false, source: DOUYIN_SRC, confidence: 'verified',
} satisfies RuleInput;

const AMAZON_SRC = 'channel-rules.md §0, §5.2 (copies of Seller Central G1881)';
const AMAZON_GALLERY = {
  width: 2000, height: 2000, fit: 'pad', format: 'jpeg', maxBytes: 10 * MB, minQuality: 70, minSourcePx: 500,
  zoom: { px: 1000, side: 'longest' }, requiresWhiteBackground: false, source: AMAZON_SRC, confidence: 'third-party',
} satisfies RuleInput;

const SHOPIFY_SRC = 'channel-rules.md §0, §6.2 (shopify.dev media/products: 2048×2048 recommended; 20 MB [3P])';
const SHOPIFY_MAIN = {
  width: 2048, height: 2048, fit: 'pad', format: 'jpeg', maxBytes: 20 * MB, minQuality: 70, minSourcePx: 500,
  requiresWhiteBackground: false, source: SHOPIFY_SRC, confidence: 'third-party',
} satisfies RuleInput;

const WOO_SRC = 'channel-rules.md §0, §7.1 (no platform rule; app default)';
const WOO_MAIN = {
  width: 1200, height: 1200, fit: 'pad', format: 'jpeg', maxBytes: 2 * MB, minQuality: 60, minSourcePx: 500,
  requiresWhiteBackground: false, source: WOO_SRC, confidence: 'unverified',
} satisfies RuleInput;

const OWN_SRC = 'app default (own mall: no channel rule; Vendure stores what it is given)';
const OWN_MAIN = {
  width: 1600, height: 1600, fit: 'contain', format: 'webp', maxBytes: 2 * MB, minQuality: 60, minSourcePx: 500,
  requiresWhiteBackground: false, source: OWN_SRC, confidence: 'unverified',
} satisfies RuleInput;

export const IMAGE_RULES: readonly ImageRule[] = [
  ...taobaoFamily('taobao', 750),
  ...taobaoFamily('tmall', 790),
  rule('jd', 'main', JD_MAIN),
  rule('jd', 'gallery', JD_MAIN),
  rule('jd', 'white', { ...JD_MAIN, requiresWhiteBackground: true, source: 'channel-rules.md §0, §2, §10 (white-bg first image)', confidence: 'unverified' }),
  rule('jd', 'detail', {
    width: 790, height: 20000, fit: 'contain', format: 'jpeg', maxBytes: 3 * MB, minQuality: 60, minSourcePx: 0,
    requiresWhiteBackground: false, source: 'channel-rules.md §2, §10 (detail width)', confidence: 'unverified',
  }),
  rule('jd', 'variant', { ...JD_MAIN, confidence: 'unverified' }),
  rule('pinduoduo', 'main', PDD_MAIN),
  rule('pinduoduo', 'gallery', PDD_MAIN),
  rule('pinduoduo', 'detail', {
    ...PDD_MAIN, width: 750, height: 1500, fit: 'contain', aspect: undefined, minSourcePx: 480,
    source: 'channel-rules.md §3 (pdd.goods.add detail_gallery: width 480–1200, height ≤1500, ≤1 MB)',
  }),
  rule('pinduoduo', 'variant', {
    ...PDD_MAIN, source: 'channel-rules.md §3 (older pdd.goods.add doc: sku thumb_url square ≥480, ≤1 MB)',
  }),
  rule('douyin', 'main', DOUYIN_MAIN),
  rule('douyin', 'gallery', DOUYIN_MAIN),
  rule('douyin', 'portrait', {
    ...DOUYIN_MAIN, width: 750, height: 1000, fit: 'crop', aspect: PORTRAIT, minSourcePx: 600,
    source: 'channel-rules.md §4 (product_addV2: main_image_three_to_four ≤5, ≤1 MB)',
  }),
  rule('douyin', 'white', {
    ...DOUYIN_MAIN, requiresWhiteBackground: true, source: 'channel-rules.md §4 (product_addV2: white_back_ground_pic_url 1:1)',
  }),
  rule('douyin', 'detail', {
    width: 750, height: 20000, fit: 'contain', format: 'jpeg', maxBytes: 1 * MB, minQuality: 50, minSourcePx: 0,
    requiresWhiteBackground: false, source: 'channel-rules.md §4 (description: images only; size not stated)', confidence: 'unverified',
  }),
  rule('douyin', 'variant', { ...DOUYIN_MAIN, source: 'channel-rules.md §4 (spec_pic; size assumed as pic)', confidence: 'unverified' }),
  rule('amazon', 'main', { ...AMAZON_GALLERY, aspect: undefined, requiresWhiteBackground: true, minProductFill: 0.85 }),
  rule('amazon', 'gallery', AMAZON_GALLERY),
  rule('amazon', 'variant', { ...AMAZON_GALLERY, requiresWhiteBackground: true, minProductFill: 0.85, source: `${AMAZON_SRC}; child MAIN images` }),
  rule('shopify', 'main', SHOPIFY_MAIN),
  rule('shopify', 'gallery', SHOPIFY_MAIN),
  rule('shopify', 'variant', SHOPIFY_MAIN),
  rule('woocommerce', 'main', WOO_MAIN),
  rule('woocommerce', 'gallery', WOO_MAIN),
  rule('woocommerce', 'variant', WOO_MAIN),
  rule('own-mall', 'main', OWN_MAIN),
  rule('own-mall', 'gallery', OWN_MAIN),
  rule('own-mall', 'variant', OWN_MAIN),
];

export function imageRulesFor(channel: ChannelId): ImageRule[] {
  return IMAGE_RULES.filter((r) => r.channel === channel);
}

const BY_CHANNEL = new Map<ChannelId, Map<ImageSlot, ImageRule>>();
for (const r of IMAGE_RULES) {
  const slots = BY_CHANNEL.get(r.channel) ?? new Map<ImageSlot, ImageRule>();
  slots.set(r.slot, r);
  BY_CHANNEL.set(r.channel, slots);
}

export function findImageRule(channel: ChannelId, slot: ImageSlot): ImageRule | undefined {
  return BY_CHANNEL.get(channel)?.get(slot);
}

/** Confidences in order of trust, for UI sorting. */
export const CONFIDENCE_ORDER: readonly Confidence[] = ['verified', 'third-party', 'unverified'];
