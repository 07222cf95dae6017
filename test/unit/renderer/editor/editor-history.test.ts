import { describe, expect, it } from 'vitest';
import { createListing, type Listing } from '@shared/model';
import {
  canRedo, canUndo, COALESCE_MS, createHistory, HISTORY_LIMIT, historyReducer, type EditorHistory, type HistoryAction,
} from '../../../../renderer/src/features/editor/editor-history';

const start = () => createHistory(createListing(0, { spuCode: '' }));
const type = (spuCode: string, at: number, key: string | null = 'f-spuCode'): HistoryAction => ({
  type: 'edit', key, at, recipe: (l: Listing) => ({ ...l, spuCode }),
});
const run = (state: EditorHistory, ...actions: HistoryAction[]) => actions.reduce(historyReducer, state);

describe('editor history', () => {
  it('starts with nothing to undo or redo', () => {
    const h = start();
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
  });

  it('coalesces keystrokes in one field within the window into one undo step', () => {
    const h = run(start(), type('D', 0), type('DR', 300), type('DR-', 600), type('DR-1', 1500));
    expect(h.present.spuCode).toBe('DR-1');
    expect(h.past).toHaveLength(1);
    const undone = historyReducer(h, { type: 'undo' });
    expect(undone.present.spuCode).toBe('');
    expect(undone.changedKey).toBe('f-spuCode');
  });

  it('starts a new step after a pause, in another field, or for structural edits', () => {
    const pause = run(start(), type('A', 0), type('AB', COALESCE_MS + 1));
    expect(pause.past).toHaveLength(2);
    const other = run(start(), type('A', 0), { type: 'edit', key: 'f-brand', at: 10, recipe: (l) => ({ ...l, brand: 'x' }) });
    expect(other.past).toHaveLength(2);
    const structural = run(start(), type('A', 0, null), type('AB', 10, null));
    expect(structural.past).toHaveLength(2);
  });

  it('undoes and redoes in order, and a new edit clears redo', () => {
    let h = run(start(), type('A', 0), type('AB', 5000), type('ABC', 10000));
    h = run(h, { type: 'undo' }, { type: 'undo' });
    expect(h.present.spuCode).toBe('A');
    expect(canRedo(h)).toBe(true);
    h = historyReducer(h, { type: 'redo' });
    expect(h.present.spuCode).toBe('AB');
    h = historyReducer(h, type('ABX', 20000));
    expect(canRedo(h)).toBe(false);
    expect(run(h, { type: 'undo' }).present.spuCode).toBe('AB');
  });

  it('does not coalesce the first keystroke after an undo into the undone run', () => {
    let h = run(start(), type('A', 0), type('AB', 100));
    h = run(h, { type: 'undo' }, type('Z', 200));
    expect(h.present.spuCode).toBe('Z');
    expect(run(h, { type: 'undo' }).present.spuCode).toBe('');
  });

  it('ignores edits that change nothing and undo/redo at the ends', () => {
    const h = start();
    expect(historyReducer(h, { type: 'edit', key: null, at: 0, recipe: (l) => l })).toBe(h);
    expect(historyReducer(h, { type: 'undo' })).toBe(h);
    expect(historyReducer(h, { type: 'redo' })).toBe(h);
  });

  it('caps the history, dropping the oldest steps', () => {
    let h = start();
    for (let i = 0; i < HISTORY_LIMIT + 50; i++) h = historyReducer(h, type(`v${i}`, i * 10_000));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]?.listing.spuCode).toBe('v49');
  });

  it('applies recipes to the newest state, not to the one a callback saw', () => {
    const appendX: HistoryAction = { type: 'edit', key: null, at: 0, recipe: (l) => ({ ...l, tags: [...l.tags, 'x'] }) };
    expect(run(start(), appendX, appendX).present.tags).toEqual(['x', 'x']);
  });
});
