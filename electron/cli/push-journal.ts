import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Listing } from '../../shared/model/listing';
import type { AccountEndpoint, AccountTarget } from '../../shared/publish/accounts';
import { createSerialQueue, writeJsonFileAtomic } from '../services/json-file';
import { InputError } from './io';

/*
 * The push journal makes `push` resumable: after every listing it is rewritten atomically (temp
 * file, fsync, rename), so a crash or kill leaves the previous complete journal. A rerun skips a
 * listing whose entry is `done` for the same content hash and pushes everything else again (the
 * failed ones, the changed ones, and the one that was in flight: its idempotency key is the same,
 * and every connector upserts by SPU, so the channel still holds it once).
 */

export const JOURNAL_FORMAT = 'shelfready-push-journal';

const entrySchema = z.object({
  spuCode: z.string(),
  status: z.enum(['done', 'failed']),
  contentHash: z.string(),
  revision: z.number(),
  idempotencyKey: z.string(),
  remoteId: z.string().nullable(),
  created: z.boolean().nullable(),
  error: z.object({ kind: z.string(), message: z.string(), status: z.number().optional() }).nullable(),
  attempts: z.number(),
  at: z.string(),
});
export type JournalEntry = z.infer<typeof entrySchema>;

const journalSchema = z.object({
  format: z.literal(JOURNAL_FORMAT),
  version: z.literal(1),
  target: z.string(),
  endpoint: z.record(z.string(), z.unknown()),
  items: z.record(z.string(), entrySchema),
});
export type JournalData = z.infer<typeof journalSchema>;

export interface Journal {
  path: string;
  get(listingId: string): JournalEntry | undefined;
  /** Records one listing's outcome and waits until it is on disk. */
  record(listingId: string, entry: JournalEntry): Promise<void>;
}

/** Content hash of a listing as pushed: any edit (copy, SKUs, images) gives a new one. */
export function contentHashOf(listing: Listing): string {
  return createHash('sha256').update(JSON.stringify(listing)).digest('hex');
}

export function idempotencyKeyOf(listing: Listing, contentHash: string, target: AccountTarget): string {
  return `${listing.id}:${contentHash.slice(0, 16)}:${target}`;
}

/** Short hash of where a push goes (target and endpoint, never the secret): names the default journal. */
export function endpointKey(endpoint: AccountEndpoint): string {
  return createHash('sha256').update(JSON.stringify(endpoint)).digest('hex').slice(0, 8);
}

export async function openJournal(path: string, endpoint: AccountEndpoint): Promise<Journal> {
  let data: JournalData = { format: JOURNAL_FORMAT, version: 1, target: endpoint.target, endpoint, items: {} };
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') return null;
    throw new InputError('errors.stateUnreadable', { path });
  });
  if (text !== null) {
    let parsed: ReturnType<typeof journalSchema.safeParse>;
    try {
      parsed = journalSchema.safeParse(JSON.parse(text));
    } catch {
      throw new InputError('errors.stateUnreadable', { path });
    }
    if (!parsed.success) throw new InputError('errors.stateUnreadable', { path });
    if (parsed.data.target !== endpoint.target || JSON.stringify(parsed.data.endpoint) !== JSON.stringify(endpoint)) {
      throw new InputError('errors.stateOtherTarget', { path, target: `${parsed.data.target} ${JSON.stringify(parsed.data.endpoint)}` });
    }
    data = parsed.data;
  }
  const serial = createSerialQueue();
  return {
    path,
    get: (id) => (Object.hasOwn(data.items, id) ? data.items[id] : undefined),
    record: (id, entry) => serial(async () => {
      data = { ...data, items: { ...data.items, [id]: entry } };
      await writeJsonFileAtomic(path, data);
    }),
  };
}
