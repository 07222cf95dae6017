import type Dexie from 'dexie';

/*
 * Schema history, append-only: never edit a version that has shipped. A version that changes data
 * gets a named migration in ./migrations with a test that opens the previous version, seeds it,
 * upgrades and asserts (test/unit/renderer/db/).
 */
export function applyVersions(db: Dexie): void {
  db.version(1).stores({
    listings: 'id, spuCode, status, updatedAt',
    summaries: 'id, spuCode, status, updatedAt, *tags',
  });
}
