import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { normalizeTagsV2 } from './migrations/v2-normalize-tags';
import { addChecklistFieldsV4 } from './migrations/v4-checklist-fields';

/*
 * Schema history, append-only: never edit a version that has shipped. A version that changes data
 * gets a named migration in ./migrations with a test that opens the previous version, seeds it,
 * upgrades and asserts (test/unit/renderer/db/). Dexie stores version n as n×10 in IndexedDB.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      listings: 'id, spuCode, status, updatedAt',
      summaries: 'id, spuCode, status, updatedAt, *tags',
    },
  },
  {
    // [status+updatedAt]: "ready listings, newest first" (batch launch, the default catalog order)
    // straight from the index. Summaries also gain `currency`, so the migration rebuilds them.
    version: 2,
    stores: {
      listings: 'id, spuCode, status, updatedAt',
      summaries: 'id, spuCode, status, updatedAt, *tags, [status+updatedAt]',
    },
    upgrade: normalizeTagsV2,
  },
  {
    // Image metadata by content hash (the files themselves live in the app's data folder).
    // importedAt: "recently imported" lists and clean-up of unused assets, straight from the index.
    // No data changes, so no migration function.
    version: 3,
    stores: {
      listings: 'id, spuCode, status, updatedAt',
      summaries: 'id, spuCode, status, updatedAt, *tags, [status+updatedAt]',
      assets: 'hash, importedAt',
    },
  },
  {
    // Listings gain checklist overrides and primary keywords; summaries gain per-channel readiness:
    // *readyFor makes "ready for <channel>" an index query. meta: small key/value rows, here the
    // readiness stamp (what stored readiness was computed with). The migration rebuilds summaries.
    version: 4,
    stores: {
      listings: 'id, spuCode, status, updatedAt',
      summaries: 'id, spuCode, status, updatedAt, *tags, [status+updatedAt], *readyFor',
      assets: 'hash, importedAt',
      meta: 'key',
    },
    upgrade: addChecklistFieldsV4,
  },
];

export const LATEST_VERSION = SCHEMA_VERSIONS.reduce((max, v) => Math.max(max, v.version), 0);

/** Declares every version up to `upTo` (all by default); tests pass an older one to build old databases. */
export function applyVersions(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) continue;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
