import type { TFunction } from 'i18next';
import type { Launch, LaunchItem } from '@shared/launch/launch';
import { reportCsv, reportHtml, reportRows, type ReportLabels } from '@shared/launch/report';
import { api } from '../../lib/api';
import { formatItemMessage } from '../checklist/use-item-message';
import type { ListingFacts } from './use-launches';

/** The translators a launch's words need: its own namespace, the checklist's items and channel names. */
export interface LaunchWords {
  t: TFunction<'launch'>;
  tc: TFunction<'checklist'>;
  tCommon: TFunction<'common'>;
  language: string;
}

const ERROR_KINDS = ['push', 'export', 'listing-gone', 'no-account'] as const;
const SKIP_CODES = ['no-skus', 'no-title', 'invalid-price', 'invalid-stock', 'no-handle', 'currency'] as const;

/** What an item's detail says: why it did not go, why it failed, or the override's reason. */
export function itemDetail({ t, tc }: LaunchWords, item: LaunchItem): string {
  if (item.state === 'blocked') return t('detail.blockers', { count: item.blockers, codes: item.blocking.map((b) => formatItemMessage(tc, b)).join('; ') });
  if (item.state === 'failed' && item.error) {
    const dot = item.error.code.indexOf('.');
    const kind = dot < 0 ? item.error.code : item.error.code.slice(0, dot);
    const code = dot < 0 ? item.error.code : item.error.code.slice(dot + 1);
    const known = ERROR_KINDS.find((k) => k === kind);
    const skip = kind === 'skipped' ? SKIP_CODES.find((c) => c === code) : undefined;
    const text = skip ? t(`skipped.${skip}`) : known ? t(`errors.${known}`, { code }) : t('errors.unknown', { code: item.error.code });
    const said = item.error.detail ? `${text} ${item.error.detail}` : text;
    // A let-go item that then failed keeps its reason in view: the report is the record of both.
    return item.override ? `${said} ${t('detail.overridden', { reason: item.override.reason })}` : said;
  }
  if (item.override) return t('detail.overridden', { reason: item.override.reason });
  return '';
}

export function reportLabels(words: LaunchWords, launch: Launch): ReportLabels {
  const { t, tCommon } = words;
  const time = new Intl.DateTimeFormat(words.language, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    title: t('report.title'),
    columns: {
      spu: t('report.columns.spu'), title: t('report.columns.title'), channel: t('report.columns.channel'),
      result: t('report.columns.result'), detail: t('report.columns.detail'), where: t('report.columns.where'), time: t('report.columns.time'),
    },
    states: {
      pending: t('itemStates.pending'), blocked: t('itemStates.blocked'), working: t('itemStates.working'),
      done: t('itemStates.done'), failed: t('itemStates.failed'), cancelled: t('itemStates.cancelled'),
    },
    channelName: (c) => tCommon(`channels.${c}`),
    detail: (item) => itemDetail(words, item),
    summary: (c) => t('report.summary', { done: c.done, failed: c.failed, blocked: c.blocked, toGo: c.toGo, total: c.total }),
    formatTime: (ms) => time.format(ms),
    meta: [t('report.goLive', { date: launch.goLiveDate }), t('report.generated', { time: time.format(Date.now()) })],
  };
}

/** Renders the report in the UI language and saves report.html + report.csv in the launch's folder. */
export async function saveReport(words: LaunchWords, launch: Launch, facts: ReadonlyMap<string, ListingFacts>): Promise<string | null> {
  const labels = reportLabels(words, launch);
  const rows = reportRows(launch, facts, labels);
  const result = await api.launches.saveReport({ launchId: launch.id, html: reportHtml(launch, rows, labels, words.language), csv: reportCsv(rows, labels) });
  return result.ok ? result.value.htmlPath : null;
}
