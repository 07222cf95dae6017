import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CatalogDb } from '../../../../renderer/src/db/database';
import { applyVersions } from '../../../../renderer/src/db/versions';

/*
 * Each test gets its own in-memory IndexedDB (a fresh IDBFactory), so tests never see each
 * other's data and can run in any order. fake-indexeddb checks repository logic and migrations;
 * durability and quota need a real browser (see reliability-notes §4.4).
 */
export interface TestIdb {
  name: string;
  options: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };
}

let counter = 0;

export function createTestIdb(): TestIdb {
  counter += 1;
  return { name: `shelfready-test-${counter}`, options: { indexedDB: new IDBFactory(), IDBKeyRange } };
}

/** The current schema, as the app opens it. */
export async function openCatalogDb(idb: TestIdb = createTestIdb()): Promise<CatalogDb> {
  const db = new CatalogDb(idb.name, idb.options);
  await db.open();
  return db;
}

/**
 * The migration test pattern: build the database as an older app version left it (only versions
 * 1..oldVersion declared), let `seed` write rows in that version's shape, close it, then open it
 * with today's CatalogDb so every later version's upgrade runs, exactly as on a user's machine.
 */
export async function upgradeFrom(
  oldVersion: number,
  seed: (old: Dexie) => Promise<void>,
  idb: TestIdb = createTestIdb(),
): Promise<CatalogDb> {
  const old = new Dexie(idb.name, idb.options);
  applyVersions(old, oldVersion);
  await old.open();
  if (old.verno !== oldVersion) throw new Error(`expected an old database at v${oldVersion}, got v${old.verno}`);
  await seed(old);
  old.close();
  return openCatalogDb(idb);
}
