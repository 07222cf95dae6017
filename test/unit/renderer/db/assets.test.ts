import { afterEach, describe, expect, it } from 'vitest';
import { createListing } from '@shared/model';
import type { CatalogDb } from '../../../../renderer/src/db/database';
import { createAssetsRepo } from '../../../../renderer/src/db/repos/assets';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../../renderer/src/db/versions';
import { openCatalogDb, upgradeFrom } from './test-db';
import { fakeMeta } from '../images/fake-meta';

let opened: CatalogDb | undefined;
afterEach(() => opened?.close());


describe('v2 → v3: assets table', () => {
  it('keeps v2 shipped as it was', () => {
    expect(SCHEMA_VERSIONS[1]?.stores).toEqual({
      listings: 'id, spuCode, status, updatedAt',
      summaries: 'id, spuCode, status, updatedAt, *tags, [status+updatedAt]',
    });
  });

  it('keeps listings and summaries and adds an empty assets table indexed by importedAt', async () => {
    const listing = createListing(1000, { spuCode: 'DR-2407', images: [{ assetId: 'a'.repeat(64), role: 'main', order: 0 }], revision: 4 });
    opened = await upgradeFrom(2, async (v2) => {
      await v2.table('listings').put(listing);
      await v2.table('summaries').put({ id: listing.id, spuCode: listing.spuCode, status: 'draft', updatedAt: 1000, tags: [] });
    });
    // Opened by today's app, so later versions ran too (v4 only adds fields this listing already has).
    expect(opened.verno).toBe(LATEST_VERSION);
    expect(await opened.listings.get(listing.id)).toEqual(listing);
    expect(await opened.summaries.count()).toBe(1);
    expect(await opened.assets.count()).toBe(0);
    expect(opened.assets.schema.primKey.name).toBe('hash');
    expect(opened.assets.schema.indexes.map((i) => i.name)).toContain('importedAt');
  });
});

describe('assets repo', () => {
  it('stores each hash once, keeping the first name and import time', async () => {
    opened = await openCatalogDb();
    let clock = 100;
    const repo = createAssetsRepo(opened, () => clock);
    await repo.putMany([{ meta: fakeMeta('h1'), originalName: 'DR-2407_1.jpg' }, { meta: fakeMeta('h1'), originalName: 'copy.jpg' }]);
    clock = 200;
    await repo.putMany([{ meta: fakeMeta('h1'), originalName: 'again.jpg' }, { meta: fakeMeta('h2', { width: 1200 }), originalName: 'DR-2407_2.jpg' }]);
    expect(await repo.get('h1')).toMatchObject({ originalName: 'DR-2407_1.jpg', importedAt: 100 });
    expect(await repo.get('h2')).toMatchObject({ originalName: 'DR-2407_2.jpg', importedAt: 200, width: 1200 });
    const many = await repo.getMany(['h2', 'missing', 'h1']);
    expect(many.map((a) => a.hash)).toEqual(['h2', 'h1']);
    expect(await opened.assets.orderBy('importedAt').reverse().first()).toMatchObject({ hash: 'h2' });
  });
});
