import type { ChannelId, CopyLocale } from '@shared/model/ids';
import { newId } from '@shared/model/ids';
import type { Launch, LaunchItem } from '@shared/launch/launch';
import { itemKey } from '@shared/launch/launch';
import { outboxDb as defaultDb, type OutboxDb } from '../outbox-db';

/*
 * Saved launches. Every change is one strict transaction that re-reads the launch, so a runner's
 * item update and the user's override or cancel never overwrite each other.
 */

export interface NewLaunch {
  name: string;
  listingIds: string[];
  channels: ChannelId[];
  locales: CopyLocale[];
  goLiveDate: string;
}

export function createLaunchesRepo(db: OutboxDb = defaultDb, now: () => number = Date.now) {
  async function update(id: string, change: (launch: Launch) => Launch): Promise<Launch | undefined> {
    return db.transaction('rw', db.launches, async () => {
      const launch = await db.launches.get(id);
      if (!launch) return undefined;
      const next = change(launch);
      if (next !== launch) await db.launches.put({ ...next, updatedAt: now() });
      return next;
    });
  }

  return {
    update,

    async create(input: NewLaunch): Promise<Launch> {
      const at = now();
      // Ids double as folder names under <data>/launches (LAUNCH_ID in contract-launch.ts).
      const launch: Launch = { id: newId(), ...input, state: 'draft', items: [], createdAt: at, updatedAt: at, workMs: 0, workItems: 0 };
      await db.launches.add(launch);
      return launch;
    },

    get: (id: string) => db.launches.get(id),

    /** Newest first. */
    list: () => db.launches.orderBy('updatedAt').reverse().toArray(),

    remove: (id: string) => db.launches.delete(id),

    /** Replaces one item (matched by listing × channel) and, for a finished one, adds its time to the rate. */
    async setItem(id: string, item: LaunchItem, spentMs?: number): Promise<Launch | undefined> {
      return update(id, (launch) => {
        const key = itemKey(item);
        const items = launch.items.map((i) => (itemKey(i) === key ? item : i));
        const counted = spentMs !== undefined && (item.state === 'done' || item.state === 'failed');
        return counted ? { ...launch, items, workMs: launch.workMs + spentMs, workItems: launch.workItems + 1 } : { ...launch, items };
      });
    },
  };
}

export type LaunchesRepo = ReturnType<typeof createLaunchesRepo>;
export const launchesRepo = createLaunchesRepo();
