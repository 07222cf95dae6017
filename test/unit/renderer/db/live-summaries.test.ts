import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateSampleListings } from '@shared/sample/generate';
import type { CatalogDb } from '../../../../renderer/src/db/database';
import { createLiveSummaries, type LiveSummaries, type SummariesState } from '../../../../renderer/src/db/live-summaries';
import { createListingsRepo, type ListingsRepo } from '../../../../renderer/src/db/repos/listings';
import { openCatalogDb } from './test-db';

let db: CatalogDb;
let repo: ListingsRepo;
let unsubscribe: () => void;

beforeEach(async () => {
  db = await openCatalogDb();
  repo = createListingsRepo(db, () => 1000);
});
afterEach(() => {
  unsubscribe?.();
  db.close();
});

/** Resolves with the first published state that passes `check` (or the current one already). */
function until(live: LiveSummaries, check: (s: SummariesState) => boolean): Promise<SummariesState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out; last state ${JSON.stringify(live.getSnapshot()).slice(0, 200)}`)), 4000);
    const test = () => {
      const s = live.getSnapshot();
      if (!check(s)) return;
      clearTimeout(timer);
      resolve(s);
    };
    unsubscribe = live.subscribe(test);
    test();
  });
}

const codes = (s: SummariesState) => (s.status === 'ready' ? s.summaries.map((x) => x.spuCode).sort() : []);

describe('live summaries', () => {
  it('loads every summary on first subscribe', async () => {
    await repo.bulkPut(generateSampleListings(120, { seed: 2 }));
    const live = createLiveSummaries(db);
    expect(live.getSnapshot()).toEqual({ status: 'loading' });
    const state = await until(live, (s) => s.status === 'ready');
    expect(codes(state)).toHaveLength(120);
  });

  it('applies creates, edits, status changes and deletes by reading only the changed rows', async () => {
    const a = await repo.create({ spuCode: 'A' });
    const live = createLiveSummaries(db);
    await until(live, (s) => codes(s).join() === 'A');
    const toArray = vi.spyOn(db.summaries, 'toArray');
    const bulkGet = vi.spyOn(db.summaries, 'bulkGet');

    const b = await repo.create({ spuCode: 'B' });
    await until(live, (s) => codes(s).join() === 'A,B');
    await repo.save({ ...a, spuCode: 'A2' });
    await until(live, (s) => codes(s).join() === 'A2,B');
    await repo.setStatus(b.id, 'archived');
    await until(live, (s) => s.status === 'ready' && s.summaries.some((x) => x.id === b.id && x.status === 'archived'));
    await repo.remove(a.id);
    await until(live, (s) => codes(s).join() === 'B');

    expect(toArray).not.toHaveBeenCalled();
    expect(bulkGet).toHaveBeenCalled();
    for (const [ids] of bulkGet.mock.calls) expect(ids.length).toBeLessThanOrEqual(2);
  });

  it('reloads everything after a bulk write', async () => {
    const live = createLiveSummaries(db);
    await until(live, (s) => s.status === 'ready');
    // 60 rows: above the 50 at which Dexie reports a bulk write as one full range.
    await repo.bulkPut(generateSampleListings(60, { seed: 4 }));
    const state = await until(live, (s) => codes(s).length === 60);
    expect(state.status).toBe('ready');
    await db.summaries.clear();
    await until(live, (s) => s.status === 'ready' && s.summaries.length === 0);
  });

  it('shows the newest rows as a preview while the full read is still running', async () => {
    const listings = generateSampleListings(150, { seed: 6 });
    await repo.bulkPut(listings);
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const fullRead = db.summaries.toArray.bind(db.summaries);
    vi.spyOn(db.summaries, 'toArray').mockImplementation(() => gate.then(fullRead) as ReturnType<typeof fullRead>);
    const live = createLiveSummaries(db);
    const loading = await until(live, (s) => s.status === 'loading' && s.preview !== undefined);
    const newest = [...listings].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, 60).map((l) => l.id);
    expect(loading.status === 'loading' ? loading.preview?.map((p) => p.id) : []).toEqual(newest);
    release();
    expect(codes(await until(live, (s) => s.status === 'ready'))).toHaveLength(150);
  });

  it('reports a failed read and recovers on reload', async () => {
    await repo.create({ spuCode: 'X' });
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const toArray = vi.spyOn(db.summaries, 'toArray').mockRejectedValueOnce(new Error('disk gone'));
    const live = createLiveSummaries(db);
    await until(live, (s) => s.status === 'failed');
    expect(reportError).toHaveBeenCalledOnce();
    await live.reload();
    expect(codes(live.getSnapshot())).toEqual(['X']);
    toArray.mockRestore();
    vi.unstubAllGlobals();
  });

  it('publishes a new array on every change so React sees it', async () => {
    const live = createLiveSummaries(db);
    const first = await until(live, (s) => s.status === 'ready');
    await repo.create({ spuCode: 'N' });
    const second = await until(live, (s) => codes(s).join() === 'N');
    expect(second).not.toBe(first);
  });
});
