import { useEffect, useState } from 'react';
import type { ImageMeta } from '@shared/images/types';
import type { Listing } from '@shared/model/listing';
import type { ChecklistSettings } from '@shared/model/settings';
import { db } from '../../../db/database';
import { checklistContext } from '../../checklist/context';
import { collectImpact, type ImpactedListing, type UpcomingRule } from './rule-impact';

/** Full listings are large (copy in several languages, SKUs): read a few hundred at a time. */
const CHUNK = 250;

export type ImpactState =
  | { phase: 'checking'; done: number; total: number }
  | { phase: 'done'; byRule: ReadonlyMap<string, ImpactedListing[]> }
  | { phase: 'failed' };

/**
 * Checks every non-archived listing against the upcoming rules, chunk by chunk in id order, yielding
 * to the UI between chunks. Stops when the component unmounts or its inputs change.
 */
export function useRuleImpact(upcoming: readonly UpcomingRule[], settings: ChecklistSettings): ImpactState {
  const [state, setState] = useState<ImpactState>({ phase: 'checking', done: 0, total: 0 });

  useEffect(() => {
    let isCancelled = false;
    const byRule = new Map<string, ImpactedListing[]>();
    async function run(): Promise<void> {
      if (upcoming.length === 0) {
        setState({ phase: 'done', byRule });
        return;
      }
      const total = await db.listings.count();
      if (isCancelled) return;
      setState({ phase: 'checking', done: 0, total });
      let lastId: string | null = null;
      let done = 0;
      for (;;) {
        const chunk: Listing[] = await (lastId === null ? db.listings.orderBy('id') : db.listings.where('id').above(lastId)).limit(CHUNK).toArray();
        if (isCancelled) return;
        if (chunk.length === 0) break;
        lastId = chunk[chunk.length - 1]?.id ?? null;
        const hashes = [...new Set(chunk.flatMap((l) => l.images.map((i) => i.assetId)))];
        const assets = await db.assets.bulkGet(hashes);
        if (isCancelled) return;
        const metas = new Map<string, ImageMeta>();
        for (const asset of assets) if (asset) metas.set(asset.hash, asset);
        collectImpact(chunk, upcoming, (asOf) => checklistContext(settings, metas, asOf), byRule);
        done += chunk.length;
        setState({ phase: 'checking', done, total: Math.max(total, done) });
      }
      setState({ phase: 'done', byRule });
    }
    run().catch((error: unknown) => {
      // A closed or failing database: say so on the page and report it like any other error.
      reportError(error);
      if (!isCancelled) setState({ phase: 'failed' });
    });
    return () => {
      isCancelled = true;
    };
  }, [upcoming, settings]);

  return state;
}
