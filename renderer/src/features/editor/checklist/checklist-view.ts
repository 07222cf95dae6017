import { createContext, useContext } from 'react';
import type { ListingChecklist } from '@shared/checklist/evaluate';
import type { ChannelReadiness, TitleMeter } from '@shared/checklist/types';
import { CHANNEL_IDS, type ChannelId, type CopyLocale } from '@shared/model/ids';

export interface ChannelSummary {
  channel: ChannelId;
  ready: boolean;
  score: number;
  /** Open blockers over every locale the channel needs. */
  blockers: number;
  results: ChannelReadiness[];
}

/** What the checklist panel and the title meters share: the evaluated working copy and the channel in view. */
export interface ChecklistView {
  checklist: ListingChecklist;
  /** Every channel in CHANNEL_IDS order. */
  summaries: readonly ChannelSummary[];
  channel: ChannelId;
  selectChannel(channel: ChannelId): void;
  /** The title meter of a channel in a locale (its override's, else the locale title's). */
  meterOf(channel: ChannelId, locale: CopyLocale): TitleMeter;
}

export function summarize(checklist: ListingChecklist): ChannelSummary[] {
  return CHANNEL_IDS.map((channel) => {
    const { ready, score, results } = checklist.evaluateChannel(channel);
    const blockers = results.reduce((n, r) => n + r.items.filter((i) => i.severity === 'blocker' && !i.override).length, 0);
    return { channel, ready, score, blockers, results };
  });
}

export const ChecklistViewContext = createContext<ChecklistView | null>(null);

/** null outside an editor (the sections are also usable without the checklist). */
export function useChecklistView(): ChecklistView | null {
  return useContext(ChecklistViewContext);
}
