import { currentReadinessInputs, readinessStamp } from '../../db/readiness-summary';
import { listingsRepo, type ListingsRepo } from '../../db/repos/listings';
import { subscribeChecklistSettings } from '../checklist/checklist-settings';
import { subscribeMarketSettings } from '../checklist/market-settings';

/*
 * Keeps the readiness stored in the summaries current. It goes stale when the checklist settings
 * change (margin threshold, 广告法 edits, competitor brands) or the markets do (markets, rates,
 * rounding, glossary), when the date moves past a rule's
 * effective date, or when the engine or a rule pack changes version: each shows as a different
 * readiness stamp, and the whole catalog is then re-scored in the background (listings repo).
 */

/** How often the date is looked at; a day change is picked up within this. */
const DAY_CHECK_MS = 60_000;

let isStarted = false;
let inFlight: { stamp: string; done: Promise<void> } | null = null;

/**
 * Re-scores when the stored stamp differs from today's. A refresh already running for today's
 * stamp is awaited, one for an older stamp is superseded (the repo stops it at its next step).
 */
export async function checkReadiness(repo: ListingsRepo = listingsRepo): Promise<void> {
  const inputs = currentReadinessInputs();
  const stamp = readinessStamp(inputs.settings, inputs.asOf);
  if (inFlight?.stamp === stamp) return inFlight.done;
  if (!inFlight && (await repo.readinessStamp()) === stamp) return;
  // Another check may have started this very refresh while the stamp was being read.
  if (inFlight?.stamp === stamp) return inFlight.done;
  const done: Promise<void> = repo
    .refreshReadiness(inputs)
    .then(() => undefined, (error: unknown) => reportError(error))
    .finally(() => {
      if (inFlight?.done === done) inFlight = null;
    });
  inFlight = { stamp, done };
  return done;
}

/**
 * Starts the upkeep once per window: checks now (the settings have been loaded by the time the app
 * renders), whenever the checklist or market settings change, and every minute for a new day.
 */
export function startReadinessUpkeep(): void {
  if (isStarted) return;
  isStarted = true;
  void checkReadiness();
  subscribeChecklistSettings(() => void checkReadiness());
  subscribeMarketSettings(() => void checkReadiness());
  setInterval(() => void checkReadiness(), DAY_CHECK_MS);
}
