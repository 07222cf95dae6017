import { ListingChecklist } from '../../shared/checklist/evaluate';
import { DEFAULT_MARKET_SETTINGS } from '../../shared/checklist/market-facts';
import type { ChecklistContext, ChecklistItem } from '../../shared/checklist/types';
import type { ChannelId, CopyLocale } from '../../shared/model/ids';
import type { Listing } from '../../shared/model/listing';
import { DEFAULT_CHECKLIST_SETTINGS } from '../../shared/model/settings';
import type { Messages } from './i18n';
import type { Output } from './io';
import type { Workspace } from './workspace';

/*
 * Readiness of listing × channel with the app's engine: a channel is ready for a listing when it
 * is ready in every locale the channel needs (or in the locales asked for with --locale). A bundle
 * carries no settings, so the default markets, example rate table and an empty glossary apply:
 * the channels need what their packs and the default markets need (zh-CN / CNY, en-US / USD).
 */

export interface ItemJson {
  code: string;
  severity: 'blocker' | 'warning';
  message: string;
  ruleId: string;
  source: string;
  confidence: string;
  effectiveFrom: string;
  path: (string | number)[];
  params: Record<string, string | number>;
  overridden: boolean;
}

export interface LocaleResult {
  locale: CopyLocale;
  ready: boolean;
  score: number;
  items: ItemJson[];
}

export interface ChannelResult {
  channel: ChannelId;
  /** null: not checked, none of the --locale values is one the channel needs. */
  ready: boolean | null;
  score: number | null;
  blockers: number;
  warnings: number;
  locales: LocaleResult[];
}

export interface ListingResult {
  listingId: string;
  spuCode: string;
  title: string;
  ready: boolean;
  channels: ChannelResult[];
}

function itemJson(messages: Messages, item: ChecklistItem): ItemJson {
  return {
    code: item.code, severity: item.severity, message: messages.item(item), ruleId: item.ruleId, source: item.source,
    confidence: item.confidence, effectiveFrom: item.effectiveFrom, path: [...item.path], params: item.params, overridden: item.override !== undefined,
  };
}

export function titleOf(listing: Listing): string {
  return listing.copy['zh-CN']?.title || listing.copy['en-US']?.title || Object.values(listing.copy).find((c) => c?.title)?.title || '';
}

export function assess(ws: Pick<Workspace, 'listings' | 'imageMeta'>, messages: Messages, channels: readonly ChannelId[], options: { asOf: string; locales?: readonly CopyLocale[] }): ListingResult[] {
  const ctx: ChecklistContext = { asOf: options.asOf, settings: DEFAULT_CHECKLIST_SETTINGS, markets: DEFAULT_MARKET_SETTINGS, imageMeta: ws.imageMeta };
  return ws.listings.map((listing) => {
    const checklist = new ListingChecklist(listing, ctx);
    const results = channels.map((channel): ChannelResult => {
      const wanted = options.locales && options.locales.length > 0 ? options.locales : null;
      const locales = checklist.localesFor(channel).filter((l) => wanted === null || wanted.includes(l));
      if (locales.length === 0) return { channel, ready: null, score: null, blockers: 0, warnings: 0, locales: [] };
      const perLocale = locales.map((locale): LocaleResult => {
        const r = checklist.evaluate(channel, locale);
        return { locale, ready: r.ready, score: r.score, items: r.items.map((i) => itemJson(messages, i)) };
      });
      const open = perLocale.flatMap((l) => l.items.filter((i) => !i.overridden));
      return {
        channel,
        ready: perLocale.every((l) => l.ready),
        score: Math.min(...perLocale.map((l) => l.score)),
        blockers: open.filter((i) => i.severity === 'blocker').length,
        warnings: open.filter((i) => i.severity === 'warning').length,
        locales: perLocale,
      };
    });
    return { listingId: listing.id, spuCode: listing.spuCode, title: titleOf(listing), ready: results.every((c) => c.ready !== false), channels: results };
  });
}

/** The human table: one block per listing, one line per channel, blockers spelled out. */
export function printReadiness(out: Output, results: readonly ListingResult[]): void {
  const { t } = out.messages;
  const width = Math.max(8, ...results.flatMap((r) => r.channels.map((c) => c.channel.length)));
  for (const listing of results) {
    out.line(`${listing.spuCode}  ${listing.title}`);
    for (const c of listing.channels) {
      const mark = c.ready === null ? '–' : c.ready ? '✓' : '✗';
      const state = c.ready === null ? t('check.notChecked') : c.ready ? t('check.ready') : t('check.notReady');
      const warnings = c.warnings > 0 ? ` · ${t('check.warnings', { count: c.warnings })}` : '';
      out.line(`  ${mark} ${c.channel.padEnd(width)}  ${state}${c.score === null ? '' : ` (${c.score})`}${warnings}`);
      for (const l of c.locales) {
        for (const item of l.items) {
          if (item.severity !== 'blocker' || item.overridden) continue;
          out.line(`      ${l.locale}  ${item.message}`);
        }
      }
    }
  }
}

export function channelSummaries(results: readonly ListingResult[], channels: readonly ChannelId[]): { channel: ChannelId; ready: number; notReady: number; notChecked: number }[] {
  return channels.map((channel) => {
    const cells = results.map((r) => r.channels.find((c) => c.channel === channel));
    return {
      channel,
      ready: cells.filter((c) => c?.ready === true).length,
      notReady: cells.filter((c) => c?.ready === false).length,
      notChecked: cells.filter((c) => c?.ready === null).length,
    };
  });
}
