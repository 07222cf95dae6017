import type { ChannelPack } from '../channel-rule';
import { CORE, CORE_RULES } from '../core-rules';
import { channelRule } from './rule';

/*
 * Taobao, Tmall, JD, Pinduoduo and Douyin (channel-rules.md §1–§4). All sell in CNY to a zh-CN
 * audience and fall under China's advertising law (§8). frontUnits (how much of the title search
 * results show first) is an app estimate: no channel publishes it.
 */

const TOP_TITLE = 'channel-rules.md §1.1: TOP taobao.item.add `title` (bububa/opentaobao TaobaoItemAddAPIRequest.go): 30 汉字 = 60 字符';
const TAOBAO_HELP = 'channel-rules.md §1.1: seller help "商品标题如何填写" as quoted by http://157231.com/Babynaming/hyztphkhza.html — no half-width <> and no emoji';
const TOP_ITEM = 'channel-rules.md §1.2: TOP taobao.item.add (bububa/opentaobao)';
const TAOBAO_IMAGES = 'channel-rules.md §1.3: 5 main images, 5th white-background (http://wztg.net/wenda/203288.html)';

/** A version-2 pack (v2: the markets core rules) for a Chinese marketplace: zh-CN copy, titles in 汉字 = 2 units, 广告法 applies. */
function chinesePack(channel: ChannelPack['channel'], rules: ChannelPack['rules']): ChannelPack {
  return { channel, version: 2, locales: ['zh-CN'], titleUnit: 'cjk-double', frontUnits: 40, rules: [...CORE_RULES, CORE.adLaw, ...rules] };
}

function taobaoFamily(channel: 'taobao' | 'tmall', extra: ChannelPack['rules']): ChannelPack {
  return chinesePack(channel, [
    channelRule(channel, 'title.length', 1, { check: { kind: 'title-length', unit: 'cjk-double', max: 60 }, severity: 'blocker', source: TOP_TITLE, confidence: 'verified' }),
    channelRule(channel, 'title.angle-brackets', 1, { check: { kind: 'title-chars', forbid: 'angle-brackets' }, severity: 'blocker', source: TAOBAO_HELP, confidence: 'third-party' }),
    channelRule(channel, 'title.emoji', 1, { check: { kind: 'title-chars', forbid: 'emoji' }, severity: 'blocker', source: TAOBAO_HELP, confidence: 'third-party' }),
    channelRule(channel, 'category', 1, { check: { kind: 'field', field: 'category' }, severity: 'blocker', source: `${TOP_ITEM}: \`cid\` leaf category required`, confidence: 'verified' }),
    channelRule(channel, 'description', 1, { check: { kind: 'field', field: 'description', min: 6, max: 24999 }, severity: 'blocker', source: `${TOP_ITEM}: \`desc\` >5 and <25000 characters`, confidence: 'verified' }),
    channelRule(channel, 'images.main', 1, { check: { kind: 'image-slot', slot: 'main', min: 1 }, severity: 'blocker', source: `${TOP_ITEM}: main image \`pic_path\` / \`image\``, confidence: 'verified' }),
    channelRule(channel, 'images.gallery', 1, { check: { kind: 'image-slot', slot: 'gallery', min: 4 }, severity: 'warning', source: TAOBAO_IMAGES, confidence: 'third-party' }),
    channelRule(channel, 'images.white', 1, { check: { kind: 'image-slot', slot: 'white', min: 1 }, severity: 'warning', source: `${TAOBAO_IMAGES}; required by some categories`, confidence: 'third-party' }),
    channelRule(channel, 'images.variant', 1, { check: { kind: 'variant-images' }, severity: 'warning', source: 'app rule: SKU images per colour (sku_properties pictures); not required by the API', confidence: 'unverified' }),
    channelRule(channel, 'currency', 1, { check: { kind: 'currency', currencies: ['CNY'] }, severity: 'warning', source: `${TOP_ITEM}: \`price\` in CNY`, confidence: 'verified' }),
    ...extra,
  ]);
}

export const TAOBAO = taobaoFamily('taobao', []);

export const TMALL = taobaoFamily('tmall', [
  channelRule('tmall', 'brand', 1, {
    check: { kind: 'field', field: 'brand' }, severity: 'blocker',
    source: 'channel-rules.md §0, §1.2: Tmall items need `product_id` (SPU), which is brand + model', confidence: 'third-party',
  }),
]);

const JD_SDK = 'channel-rules.md §2: jingdong.ware.write.add fields seen in SDKs';
export const JD = chinesePack('jd', [
  channelRule('jd', 'title.length', 1, { check: { kind: 'title-length', unit: 'cjk-double', max: 60 }, severity: 'warning', source: 'channel-rules.md §2, §10: JD title limit not confirmed; Taobao\'s 60 units assumed', confidence: 'unverified' }),
  channelRule('jd', 'category', 1, { check: { kind: 'field', field: 'category' }, severity: 'blocker', source: `${JD_SDK}: \`categoryId\``, confidence: 'third-party' }),
  channelRule('jd', 'brand', 1, { check: { kind: 'field', field: 'brand' }, severity: 'blocker', source: `${JD_SDK}: \`brandId\``, confidence: 'third-party' }),
  channelRule('jd', 'images.main', 1, { check: { kind: 'image-slot', slot: 'main', min: 1 }, severity: 'blocker', source: `${JD_SDK}: \`images[]\``, confidence: 'third-party' }),
  channelRule('jd', 'images.white', 1, { check: { kind: 'image-slot', slot: 'white', min: 1 }, severity: 'warning', source: 'channel-rules.md §0, §10: white-background first image not confirmed', confidence: 'unverified' }),
  channelRule('jd', 'currency', 1, { check: { kind: 'currency', currencies: ['CNY'] }, severity: 'warning', source: `${JD_SDK}: \`jdPrice\` in CNY`, confidence: 'third-party' }),
]);

const PDD_DOC = 'channel-rules.md §3: open.pinduoduo.com pdd.goods.add (doc updated 2026-02-11)';
export const PINDUODUO = chinesePack('pinduoduo', [
  channelRule('pinduoduo', 'title.length', 1, { check: { kind: 'title-length', unit: 'cjk-double', max: 60 }, severity: 'warning', source: 'channel-rules.md §3, §10: `goods_name` length not in the API doc; 30 汉字 / 60 字符 commonly cited', confidence: 'unverified' }),
  channelRule('pinduoduo', 'category', 1, { check: { kind: 'field', field: 'category' }, severity: 'blocker', source: `${PDD_DOC}: \`cat_id\` leaf required`, confidence: 'verified' }),
  channelRule('pinduoduo', 'description', 1, { check: { kind: 'field', field: 'description', min: 20, max: 500 }, severity: 'blocker', source: `${PDD_DOC}: \`goods_desc\` 20–500 字`, confidence: 'verified' }),
  channelRule('pinduoduo', 'images.main', 1, { check: { kind: 'image-slot', slot: 'main', min: 1 }, severity: 'blocker', source: `${PDD_DOC}: \`carousel_gallery\` required`, confidence: 'verified' }),
  channelRule('pinduoduo', 'images.gallery', 1, { check: { kind: 'image-slot', slot: 'gallery', min: 0, max: 9 }, severity: 'warning', source: 'channel-rules.md §3, §10: carousel max count commonly ≤10', confidence: 'unverified' }),
  channelRule('pinduoduo', 'images.detail', 1, { check: { kind: 'image-slot', slot: 'detail', min: 1, max: 20 }, severity: 'blocker', source: `${PDD_DOC}: \`detail_gallery\` required, ≤20 images`, confidence: 'verified' }),
  channelRule('pinduoduo', 'reference-price', 1, { check: { kind: 'sku-reference-price', required: true }, severity: 'blocker', source: `${PDD_DOC}: \`market_price\` (参考价) required`, confidence: 'verified' }),
  channelRule('pinduoduo', 'currency', 1, { check: { kind: 'currency', currencies: ['CNY'] }, severity: 'warning', source: `${PDD_DOC}: prices in 分 (CNY)`, confidence: 'verified' }),
]);

const DOUDIAN = 'channel-rules.md §4: doudian /product/addV2 request (zsmhub/doudian-sdk product_addV2_request.go)';
export const DOUYIN = chinesePack('douyin', [
  channelRule('douyin', 'title.length', 1, { check: { kind: 'title-length', unit: 'cjk-double', max: 60 }, severity: 'blocker', source: `${DOUDIAN}: \`name\` 最多60个字符(30个汉字)`, confidence: 'verified' }),
  channelRule('douyin', 'title.emoji', 1, { check: { kind: 'title-chars', forbid: 'emoji' }, severity: 'blocker', source: `${DOUDIAN}: \`name\` 不能含emoj表情`, confidence: 'verified' }),
  channelRule('douyin', 'category', 1, { check: { kind: 'field', field: 'category' }, severity: 'blocker', source: `${DOUDIAN}: \`category_leaf_id\``, confidence: 'verified' }),
  channelRule('douyin', 'images.main', 1, { check: { kind: 'image-slot', slot: 'main', min: 1 }, severity: 'blocker', source: `${DOUDIAN}: \`pic\` first = main image`, confidence: 'verified' }),
  channelRule('douyin', 'images.gallery', 1, { check: { kind: 'image-slot', slot: 'gallery', min: 0, max: 4 }, severity: 'warning', source: `${DOUDIAN}: \`pic\` ≤5 including the main image`, confidence: 'verified' }),
  channelRule('douyin', 'images.white', 1, { check: { kind: 'image-slot', slot: 'white', min: 1 }, severity: 'warning', source: `${DOUDIAN}: \`white_back_ground_pic_url\` 1:1`, confidence: 'verified' }),
  channelRule('douyin', 'images.total', 1, { check: { kind: 'image-total', max: 50 }, severity: 'blocker', source: `${DOUDIAN}: pic + description + spec_pic ≤ 50`, confidence: 'verified' }),
  channelRule('douyin', 'reference-price', 1, { check: { kind: 'sku-reference-price', required: false, maxRatio: 10 }, severity: 'blocker', source: `${DOUDIAN}: \`reference_price\` > price and < 10× price`, confidence: 'verified' }),
  channelRule('douyin', 'currency', 1, { check: { kind: 'currency', currencies: ['CNY'] }, severity: 'warning', source: `${DOUDIAN}: prices in 分 (CNY)`, confidence: 'verified' }),
]);
