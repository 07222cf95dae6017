import Dexie, { type Table } from 'dexie';
import type { Listing } from '@shared/model';
import type { StoredAsset } from './repos/assets';
import type { ListingSummary } from './summary';
import { applyVersions } from './versions';

export const DB_NAME = 'shelfready';

export class CatalogDb extends Dexie {
  listings!: Table<Listing, string>;
  summaries!: Table<ListingSummary, string>;
  assets!: Table<StoredAsset, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applyVersions(this);
  }
}

export const db = new CatalogDb();
