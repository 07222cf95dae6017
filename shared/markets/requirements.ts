import { COPY_LOCALES, CURRENCIES, type ChannelId, type CopyLocale, type Currency } from '../model/ids';
import { ruleApplies, type ChannelPack } from '../rules/channel-rule';
import { CHANNEL_PACKS } from '../rules/packs';
import { marketsForChannel, type Market } from './market';

/*
 * Kept apart from market.ts so the settings schema, which imports market.ts, does not pull in every
 * rule pack.
 */

export interface ChannelNeeds {
  /** Copy locales a listing needs for the channel, in COPY_LOCALES order. */
  locales: CopyLocale[];
  /** Currencies a listing needs prices in for the channel, in CURRENCIES order. */
  currencies: Currency[];
}

export interface RequiredForOptions {
  /** ISO date the pack's rules are read as of; without it, the rules that have no end date. */
  asOf?: string;
  packs?: Readonly<Record<ChannelId, ChannelPack>>;
}

/**
 * What selling on `channel` takes: the pack's locales plus each of the channel's markets' locale;
 * each market's currency, plus the pack's currency when no market already satisfies it. A pack's
 * currency rule means "one of these", so any market currency it lists meets it; otherwise its
 * first (preferred) currency is needed too.
 */
export function requiredFor(channel: ChannelId, markets: readonly Market[], options: RequiredForOptions = {}): ChannelNeeds {
  const pack = (options.packs ?? CHANNEL_PACKS)[channel];
  const channelMarkets = marketsForChannel(markets, channel);
  const locales = new Set<CopyLocale>([...pack.locales, ...channelMarkets.map((m) => m.locale)]);
  const currencies = new Set<Currency>(channelMarkets.map((m) => m.currency));

  const { asOf } = options;
  const inForce = pack.rules.filter((rule) => (asOf === undefined ? rule.effectiveUntil === undefined : ruleApplies(rule, asOf)));
  for (const rule of inForce) {
    if (rule.check.kind !== 'currency') continue;
    const accepted = rule.check.currencies;
    const [preferred] = accepted;
    if (preferred !== undefined && !accepted.some((c) => currencies.has(c))) currencies.add(preferred);
  }

  return {
    locales: COPY_LOCALES.filter((l) => locales.has(l)),
    currencies: CURRENCIES.filter((c) => currencies.has(c)),
  };
}
