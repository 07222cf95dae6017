import type { Table } from 'dexie';
import { ListingChecklist } from '@shared/checklist/evaluate';
import type { ChecklistContext, MarketSettings } from '@shared/checklist/types';
import type { ImageMeta } from '@shared/images/types';
import { CHANNEL_IDS, type ChannelId } from '@shared/model/ids';
import type { Listing } from '@shared/model/listing';
import type { ChecklistSettings } from '@shared/model/settings';
import { CHANNEL_PACKS } from '@shared/rules/packs';
import { todayIso } from '../features/checklist/as-of';
import { getChecklistSettings } from '../features/checklist/checklist-settings';
import { checklistContext } from '../features/checklist/context';
import { getMarketSettings } from '../features/checklist/market-settings';

/*
 * Per-channel readiness as stored in each listing's summary, so the 10,000-row catalog shows and
 * filters it without reading full documents or re-running the engine. What it was computed with
 * (checklist and market settings, the date, the engine) is the readiness stamp; when today's stamp differs the stored
 * values are stale and listings.refreshReadiness() recomputes them in the background.
 */

/**
 * Bump when the engine changes in a way the rule-pack versions below do not capture.
 * 2: channels need their markets' locales too (evaluateChannel checks ChecklistContext.markets).
 */
export const READINESS_VERSION = 2;

export interface SummaryReadiness {
  /** Channels with no open blocker (in every locale the channel needs). */
  readyFor: ChannelId[];
  /** evaluateChannel(c).score per channel, 0–100. */
  scores: Partial<Record<ChannelId, number>>;
}

/** Runs the engine for every channel. A malformed stored document counts as ready for nothing. */
export function computeReadiness(listing: Listing, ctx: ChecklistContext): SummaryReadiness {
  const readyFor: ChannelId[] = [];
  const scores: Partial<Record<ChannelId, number>> = {};
  try {
    const checklist = new ListingChecklist(listing, ctx);
    for (const channel of CHANNEL_IDS) {
      const { ready, score } = checklist.evaluateChannel(channel);
      if (ready) readyFor.push(channel);
      scores[channel] = score;
    }
  } catch (error) {
    // One odd old row must not stop a save, a migration or a refresh of the other 9,999.
    if (typeof reportError === 'function') reportError(error);
    return { readyFor: [], scores: {} };
  }
  return { readyFor, scores };
}

export function isSameReadiness(a: SummaryReadiness | undefined, b: SummaryReadiness): boolean {
  if (!a?.readyFor || !a.scores) return false;
  return a.readyFor.join(',') === b.readyFor.join(',') && CHANNEL_IDS.every((c) => a.scores[c] === b.scores[c]);
}

/** FNV-1a over the settings' JSON: short, stable, enough to notice a change. */
function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const PACK_VERSIONS = CHANNEL_IDS.map((c) => `${c}.${CHANNEL_PACKS[c].version}`).join(',');

/** What stored readiness was computed with; a different stamp today means it is stale. */
export function readinessStamp(settings: ChecklistSettings, asOf: string, markets: MarketSettings = getMarketSettings()): string {
  return `v${READINESS_VERSION}|${hashText(PACK_VERSIONS)}|${asOf}|${hashText(JSON.stringify(settings))}|${hashText(JSON.stringify(markets))}`;
}

export interface ReadinessInputs {
  settings: ChecklistSettings;
  asOf: string;
  /** Markets, rates and glossary; the ones in force when left out. */
  markets?: MarketSettings;
}

/** The checklist and market settings in force now and today's date, as every summary write uses them. */
export function currentReadinessInputs(): ReadinessInputs {
  return { settings: getChecklistSettings(), asOf: todayIso(), markets: getMarketSettings() };
}

export const READINESS_STAMP_KEY = 'readinessStamp';

/** A key/value row of the `meta` table (since schema v4). */
export interface MetaRow {
  key: string;
  value: string;
}

/**
 * The engine's context for a batch of listings: reads the metas of all their images with one
 * bulkGet. Call it inside the transaction that writes the summaries (with `assets` in its scope),
 * so an image imported meanwhile is either seen or its own write recomputes the summary.
 */
export async function loadReadinessContext(
  assets: Table<ImageMeta, string>,
  listings: readonly Listing[],
  inputs: ReadinessInputs = currentReadinessInputs(),
): Promise<ChecklistContext> {
  const hashes = new Set<string>();
  for (const l of listings) for (const ref of Array.isArray(l.images) ? l.images : []) if (ref.assetId) hashes.add(ref.assetId);
  const keys = [...hashes];
  const rows = keys.length > 0 ? await assets.bulkGet(keys) : [];
  const metas = new Map<string, ImageMeta>();
  rows.forEach((row) => {
    if (row) metas.set(row.hash, row);
  });
  return checklistContext(inputs.settings, metas, inputs.asOf, inputs.markets ?? getMarketSettings());
}
