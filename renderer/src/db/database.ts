import Dexie, { type Table } from 'dexie';
import type { Listing } from '@shared/model';
import { currentReadinessInputs, READINESS_STAMP_KEY, readinessStamp, type MetaRow } from './readiness-summary';
import type { StoredAsset } from './repos/assets';
import type { ListingSummary } from './summary';
import { applyVersions } from './versions';

export const DB_NAME = 'shelfready';

export class CatalogDb extends Dexie {
  listings!: Table<Listing, string>;
  summaries!: Table<ListingSummary, string>;
  assets!: Table<StoredAsset, string>;
  meta!: Table<MetaRow, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    applyVersions(this);
    // A new, empty database has nothing stale: stamp it so the first start does not re-score the
    // catalog that gets written into it (every write computes readiness as of its own time).
    this.on('populate', (tx) => {
      const { settings, asOf } = currentReadinessInputs();
      return tx.table<MetaRow, string>('meta').put({ key: READINESS_STAMP_KEY, value: readinessStamp(settings, asOf) });
    });
  }
}

export const db = new CatalogDb();
