import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createListing, type Listing } from '@shared/model';
import { AUTOSAVE_DELAY_MS, createAutosaver, RETRY_MS, type SaveState } from '../../../../renderer/src/features/editor/autosaver';

const listing = (spuCode: string): Listing => ({ ...createListing(0, { id: 'L1', spuCode }), revision: 7 });

/** A fake repo.save: records what it got, bumps revision, and can be told to fail or to hang. */
function fakeStore() {
  const saved: Listing[] = [];
  let failuresLeft = 0;
  let gate: Promise<void> | null = null;
  return {
    saved,
    failNext(n = 1) { failuresLeft = n; },
    hold() {
      let open = () => {};
      gate = new Promise<void>((r) => { open = r; });
      return () => { gate = null; open(); };
    },
    async save(l: Listing): Promise<Listing> {
      if (gate) await gate;
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('QuotaExceededError');
      }
      const next = { ...l, revision: l.revision + 1 };
      saved.push(next);
      return next;
    },
  };
}

function setup() {
  const store = fakeStore();
  const states: SaveState[] = [];
  const saver = createAutosaver({ save: (l) => store.save(l), onState: (s) => states.push(s), revision: 7, now: () => 42 });
  return { store, states, saver, lastState: () => states.at(-1) };
}

describe('autosaver', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('saves once, shortly after the last change, with the newest copy', async () => {
    const { store, saver, lastState } = setup();
    saver.schedule(listing('D'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    saver.schedule(listing('DR'));
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(store.saved).toHaveLength(0);
    expect(lastState()).toEqual({ kind: 'pending' });
    await vi.advanceTimersByTimeAsync(100);
    expect(store.saved.map((l) => l.spuCode)).toEqual(['DR']);
    expect(lastState()).toEqual({ kind: 'saved', at: 42 });
  });

  it('continues the stored revision across saves', async () => {
    const { store, saver } = setup();
    saver.schedule(listing('A'));
    await saver.flush();
    saver.schedule(listing('AB'));
    await saver.flush();
    expect(store.saved.map((l) => l.revision)).toEqual([8, 9]);
  });

  it('flushes immediately and reports whether everything is stored', async () => {
    const { store, saver } = setup();
    expect(await saver.flush()).toBe(true);
    saver.schedule(listing('X'));
    expect(await saver.flush()).toBe(true);
    expect(store.saved).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(store.saved).toHaveLength(1);
  });

  it('never runs two saves at once, and saves edits made during a save afterwards', async () => {
    const { store, saver } = setup();
    const release = store.hold();
    saver.schedule(listing('A'));
    const first = saver.flush();
    saver.schedule(listing('AB'));
    const second = saver.flush();
    release();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(store.saved.map((l) => [l.spuCode, l.revision])).toEqual([['A', 8], ['AB', 9]]);
  });

  it('keeps the working copy when a save fails and retries with backoff', async () => {
    const { store, saver, lastState } = setup();
    store.failNext(2);
    saver.schedule(listing('A'));
    expect(await saver.flush()).toBe(false);
    expect(lastState()?.kind).toBe('failed');
    // Typing on while failing: the retry saves the newest text, and is not postponed by typing.
    saver.schedule(listing('AB'));
    expect(lastState()?.kind).toBe('failed');
    await vi.advanceTimersByTimeAsync(RETRY_MS[0]);
    expect(store.saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(RETRY_MS[1]);
    expect(store.saved.map((l) => l.spuCode)).toEqual(['AB']);
    expect(lastState()?.kind).toBe('saved');
    // After recovering, normal debouncing resumes.
    saver.schedule(listing('ABC'));
    expect(lastState()).toEqual({ kind: 'pending' });
  });

  it('pauses without saving (before a delete) and can resume if the delete fails', async () => {
    const { store, saver } = setup();
    const release = store.hold();
    saver.schedule(listing('A'));
    const running = saver.flush();
    saver.schedule(listing('AB'));
    const paused = saver.pause();
    release();
    await paused;
    await running;
    // The save that was running has ended before pause() resolves; nothing is written afterwards.
    expect(store.saved.map((l) => l.spuCode)).toEqual(['A']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(await saver.flush()).toBe(true);
    expect(store.saved).toHaveLength(1);
    saver.resume();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(store.saved.map((l) => l.spuCode)).toEqual(['A', 'AB']);
  });

  it('hands unsaved work to a reopened editor, with the revision to continue from', async () => {
    const { store, saver } = setup();
    store.failNext(1);
    saver.schedule(listing('A'));
    await saver.flush();
    const unsaved = await saver.takeUnsaved();
    expect(unsaved?.spuCode).toBe('A');
    expect(unsaved?.revision).toBe(7);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.saved).toHaveLength(0);
  });

  it('waits for a running save before handing over, so nothing is stored twice', async () => {
    const { store, saver } = setup();
    const release = store.hold();
    saver.schedule(listing('A'));
    void saver.flush();
    const handover = saver.takeUnsaved();
    release();
    expect(await handover).toBeNull();
    expect(store.saved.map((l) => l.revision)).toEqual([8]);
  });
});
