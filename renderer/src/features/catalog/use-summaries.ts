import { useSyncExternalStore } from 'react';
import { liveSummaries, type SummariesState } from '../../db/live-summaries';

/** Every listing summary, live. See db/live-summaries.ts for why this is not useLiveQuery. */
export function useSummaries(): SummariesState {
  return useSyncExternalStore(liveSummaries.subscribe, liveSummaries.getSnapshot);
}

export function reloadSummaries(): Promise<void> {
  return liveSummaries.reload();
}
