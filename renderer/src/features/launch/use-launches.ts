import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type { Launch } from '@shared/launch/launch';
import { db } from '../../db/database';
import { launchesRepo } from '../../db/repos/launches';
import { isRunningHere, onRunsChanged } from './launch-service';

/** Every launch, newest first, live; undefined while loading. */
export function useLaunches(): Launch[] | undefined {
  return useLiveQuery(() => launchesRepo.list(), []);
}

/** One launch, live (each item update of a run re-renders); null when it does not exist. */
export function useLaunch(id: string): Launch | null | undefined {
  return useLiveQuery(async () => (await launchesRepo.get(id)) ?? null, [id]);
}

/** Whether this window is running the launch now (a "running" launch nobody runs was interrupted). */
export function useIsRunningHere(id: string): boolean {
  return useSyncExternalStore(onRunsChanged, () => isRunningHere(id));
}

export interface ListingFacts {
  spuCode: string;
  title: string;
}

/** SPU code and title of the launch's listings, from the summaries (small rows, one bulk read). */
export function useListingFacts(ids: readonly string[]): ReadonlyMap<string, ListingFacts> | undefined {
  return useLiveQuery(async () => {
    const rows = await db.summaries.bulkGet([...ids]);
    const facts = new Map<string, ListingFacts>();
    rows.forEach((row, i) => {
      const id = ids[i];
      if (id) facts.set(id, row ? { spuCode: row.spuCode, title: row.titleZh || row.titleEn } : { spuCode: id, title: '' });
    });
    return facts;
  }, [ids.join('|')]);
}
