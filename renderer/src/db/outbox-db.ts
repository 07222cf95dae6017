import Dexie, { type Table } from 'dexie';
import type { Listing } from '@shared/model';
import type { Launch } from '@shared/launch/launch';
import type { OutboxJob } from '@shared/publish/outbox-job';

/*
 * The push outbox lives in its own database opened with strict durability: a job row must be on
 * disk before the push it stands for starts, or a crash could lose it or send it twice
 * (reliability-notes.md §4: "an outbox row whose loss would mean a lost or duplicated channel push
 * is worth a strict transaction"). The catalog database stays on the default durability, which
 * keeps 10,000-listing writes fast. Launches live here too: their items are the checkpoints a
 * resumed launch trusts not to redo finished work (ARCHITECTURE: strict for outbox and checkpoints).
 */

export const OUTBOX_DB_NAME = 'shelfready-outbox';

/** What a job sent: the listing as it was when queued, so the report shows exactly that. */
export interface OutboxSnapshot {
  jobId: string;
  listing: Listing;
}

export class OutboxDb extends Dexie {
  jobs!: Table<OutboxJob, string>;
  snapshots!: Table<OutboxSnapshot, string>;
  launches!: Table<Launch, string>;

  constructor(name = OUTBOX_DB_NAME, options: ConstructorParameters<typeof Dexie>[1] = {}) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    // Schema history, append-only (as in versions.ts). &idempotencyKey: one job per listing version × channel.
    this.version(1).stores({
      jobs: 'id, &idempotencyKey, state, [state+nextAttemptAt], listingId, updatedAt',
      snapshots: 'jobId',
    });
    // v2: saved launches (no data to migrate: a new table).
    this.version(2).stores({ launches: 'id, state, updatedAt' });
  }
}

export const outboxDb = new OutboxDb();
