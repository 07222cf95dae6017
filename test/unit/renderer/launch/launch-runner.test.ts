import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { gateItems } from '@shared/launch/gate';
import { createListing, type Listing } from '@shared/model';
import type { ChannelId } from '@shared/model/ids';
import { OutboxDb } from '../../../../renderer/src/db/outbox-db';
import { createLaunchesRepo } from '../../../../renderer/src/db/repos/launches';
import { runLaunch, type LaunchRunnerDeps, type PushAnswer } from '../../../../renderer/src/features/launch/launch-runner';

let count = 0;
const opened: OutboxDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

function openDb(name: string, factory: IDBFactory): OutboxDb {
  const db = new OutboxDb(name, { indexedDB: factory, IDBKeyRange });
  opened.push(db);
  return db;
}

function listings(n: number): Map<string, Listing> {
  return new Map(Array.from({ length: n }, (_, i) => {
    const l = { ...createListing(1000), id: `L${i}`, spuCode: `SPU-${i}`, revision: 3 };
    return [l.id, l];
  }));
}

/** A channel that upserts by listing (as the connectors do by handle / SKU) and counts every request. */
function fakeShop() {
  const products = new Map<string, number>();
  let requests = 0;
  return {
    products,
    get requests() {
      return requests;
    },
    push(listing: Listing): PushAnswer {
      requests += 1;
      products.set(listing.id, (products.get(listing.id) ?? 0) + 1);
      return { ok: true, remoteId: `gid://${listing.id}`, jobId: `job-${listing.id}` };
    },
  };
}

async function setUp(n: number, channels: ChannelId[]) {
  count += 1;
  const factory = new IDBFactory();
  const name = `launch-test-${count}`;
  const repo = createLaunchesRepo(openDb(name, factory), () => 1000);
  const all = listings(n);
  const launch = await repo.create({ name: 'Test', listingIds: [...all.keys()], channels, locales: ['zh-CN'], goLiveDate: '2026-12-01' });
  await repo.update(launch.id, (l) => ({ ...l, items: gateItems(l.listingIds, l.channels, (id) => (id === 'L1' ? { ready: false, blockers: 1, blocking: [] } : { ready: true, blockers: 0, blocking: [] })) }));
  return { factory, name, repo, all, launchId: launch.id };
}

function deps(repo: LaunchRunnerDeps['repo'], all: Map<string, Listing>, shop: ReturnType<typeof fakeShop>, exports: string[][], push?: LaunchRunnerDeps['push']): LaunchRunnerDeps {
  let clock = 0;
  return {
    repo,
    loadListings: async (ids) => new Map(ids.flatMap((id) => { const l = all.get(id); return l ? [[id, l] as const] : []; })),
    pushTarget: (channel) => (channel === 'shopify' ? 'shopify' : null),
    push: push ?? (async (listing) => shop.push(listing)),
    exportChannel: async (_launchId, channel, batch) => {
      exports.push([channel, ...batch.map((l) => l.spuCode)]);
      return { ok: true, folder: `/out/${channel}`, skipped: new Map(batch.some((l) => l.spuCode === 'SPU-2') ? [['SPU-2', 'no-price']] : []) };
    },
    now: () => (clock += 100),
  };
}

describe('launch runner', () => {
  it('exports per channel, pushes one by one, keeps blocked items out, and finishes with every result recorded', async () => {
    const { repo, all, launchId } = await setUp(4, ['taobao', 'shopify']);
    const shop = fakeShop();
    const exports: string[][] = [];
    const done = await runLaunch(launchId, deps(repo, all, shop, exports), new AbortController().signal);
    expect(done?.state).toBe('finished');
    expect(exports).toEqual([['taobao', 'SPU-0', 'SPU-2', 'SPU-3']]);
    expect([...shop.products.keys()].sort()).toEqual(['L0', 'L2', 'L3']);
    const byKey = new Map(done?.items.map((i) => [`${i.listingId}|${i.channel}`, i]));
    expect(byKey.get('L0|taobao')).toMatchObject({ state: 'done', route: 'export', where: '/out/taobao', revision: 3 });
    expect(byKey.get('L2|taobao')).toMatchObject({ state: 'failed', error: { code: 'skipped.no-price' } });
    expect(byKey.get('L0|shopify')).toMatchObject({ state: 'done', route: 'push', where: 'gid://L0', jobId: 'job-L0' });
    expect(byKey.get('L1|shopify')?.state).toBe('blocked');
    expect(done?.workItems).toBe(6);
  });

  it('resumes after a crash mid-push without redoing finished items, and never makes a product twice', async () => {
    const { factory, name, repo, all, launchId } = await setUp(6, ['shopify']);
    const shop = fakeShop();
    let pushes = 0;
    // The "crash": the 3rd push is sent but never answers; the process is gone.
    const crashing: LaunchRunnerDeps['push'] = (listing) => {
      pushes += 1;
      if (pushes === 3) {
        shop.push(listing);
        return new Promise<PushAnswer>(() => {});
      }
      return Promise.resolve(shop.push(listing));
    };
    void runLaunch(launchId, deps(repo, all, shop, [], crashing), new AbortController().signal);
    await expect.poll(async () => (await repo.get(launchId))?.items.filter((i) => i.state === 'working').length).toBe(1);
    const atCrash = await repo.get(launchId);
    expect(atCrash?.items.filter((i) => i.state === 'done').map((i) => i.listingId)).toEqual(['L0', 'L2']);

    // Restart: a new repo over the same database, as after relaunching the app.
    const reopened = createLaunchesRepo(openDb(name, factory), () => 2000);
    const requestsBefore = shop.requests;
    const finished = await runLaunch(launchId, deps(reopened, all, shop, []), new AbortController().signal);
    expect(finished?.state).toBe('finished');
    // L1 is blocked; L0 and L2 were done. Only the in-flight L3 (sent again under its key, an
    // upsert) and the never-tried L4 and L5 go: 3 requests, not 5.
    expect(shop.requests - requestsBefore).toBe(3);
    expect([...shop.products.values()].every((sends) => sends <= 2)).toBe(true);
    expect(shop.products.size).toBe(5);
    expect(finished?.items.filter((i) => i.state === 'done')).toHaveLength(5);
  });

  it('Cancel stops before the next item, leaves the rest to do, and Resume finishes them', async () => {
    const { repo, all, launchId } = await setUp(5, ['shopify']);
    const shop = fakeShop();
    const controller = new AbortController();
    const stopping: LaunchRunnerDeps['push'] = async (listing) => {
      const answer = shop.push(listing);
      if (shop.requests === 2) controller.abort();
      return answer;
    };
    const cancelled = await runLaunch(launchId, deps(repo, all, shop, [], stopping), controller.signal);
    expect(cancelled?.state).toBe('cancelled');
    expect(cancelled?.items.filter((i) => i.state === 'pending')).toHaveLength(2);
    const resumed = await runLaunch(launchId, deps(repo, all, shop, []), new AbortController().signal);
    expect(resumed?.state).toBe('finished');
    expect(shop.requests).toBe(4);
  });

  it('a push the channel refuses is failed with its reason; a listing deleted since is reported, not sent', async () => {
    const { repo, all, launchId } = await setUp(3, ['shopify']);
    all.delete('L2');
    const shop = fakeShop();
    const refusing: LaunchRunnerDeps['push'] = async () => ({ ok: false, code: 'auth', detail: 'Invalid API key', jobId: 'j' });
    const result = await runLaunch(launchId, deps(repo, all, shop, [], refusing), new AbortController().signal);
    const byId = new Map(result?.items.map((i) => [i.listingId, i]));
    expect(byId.get('L0')).toMatchObject({ state: 'failed', error: { code: 'push.auth', detail: 'Invalid API key' } });
    expect(byId.get('L2')).toMatchObject({ state: 'failed', error: { code: 'listing-gone' } });
    expect(result?.state).toBe('finished');
  });
});
