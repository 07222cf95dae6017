import type { ChannelId } from '../../model/ids';
import type { ChannelPack, ChannelRule } from '../channel-rule';
import { AMAZON } from './amazon';
import { DOUYIN, JD, PINDUODUO, TAOBAO, TMALL } from './chinese-marketplaces';
import { OWN_MALL, SHOPIFY, WOOCOMMERCE } from './web-stores';

/** Every channel's rule pack, keyed by channel id. */
export const CHANNEL_PACKS: Readonly<Record<ChannelId, ChannelPack>> = {
  taobao: TAOBAO,
  tmall: TMALL,
  jd: JD,
  pinduoduo: PINDUODUO,
  douyin: DOUYIN,
  amazon: AMAZON,
  shopify: SHOPIFY,
  woocommerce: WOOCOMMERCE,
  'own-mall': OWN_MALL,
};

/** Rules whose effectiveFrom is after `asOf`, with their channel: what the rule-pack view warns about. */
export function upcomingRules(asOf: string): { channel: ChannelId; rule: ChannelRule }[] {
  return Object.values(CHANNEL_PACKS).flatMap((pack) =>
    pack.rules.filter((r) => r.effectiveFrom > asOf).map((rule) => ({ channel: pack.channel, rule })),
  );
}
