import type { Listing } from '@shared/model/listing';

/*
 * The editor's working copy with undo/redo. Pure so it can be unit tested and so React's
 * StrictMode double-invocation is harmless. Edits carry a recipe (listing → listing) rather than
 * a finished listing, so a callback created during an earlier render never overwrites newer text.
 */

/** Consecutive edits of the same field within this window are one undo step (typing a word). */
export const COALESCE_MS = 1000;
/** Older steps are dropped beyond this; a session rarely needs more and each step holds a listing. */
export const HISTORY_LIMIT = 200;

export interface Step {
  listing: Listing;
  /** What the edit that led away from this listing touched (a field id), for coalescing and focus. */
  key: string | null;
}

export interface EditorHistory {
  past: Step[];
  present: Listing;
  future: Step[];
  /** The field and time of the last edit, while it may still absorb the next keystroke. */
  last: { key: string; at: number } | null;
  /** The field id the last undo/redo changed, so the UI can bring it into view. */
  changedKey: string | null;
}

export type HistoryAction =
  | { type: 'edit'; recipe: (listing: Listing) => Listing; key: string | null; at: number }
  | { type: 'undo' }
  | { type: 'redo' };

export function createHistory(listing: Listing): EditorHistory {
  return { past: [], present: listing, future: [], last: null, changedKey: null };
}

export function historyReducer(state: EditorHistory, action: HistoryAction): EditorHistory {
  switch (action.type) {
    case 'edit': {
      const next = action.recipe(state.present);
      if (next === state.present) return state;
      const isSameRun =
        action.key !== null && state.last !== null && state.last.key === action.key && action.at - state.last.at < COALESCE_MS;
      const last = action.key === null ? null : { key: action.key, at: action.at };
      if (isSameRun && state.past.length > 0) return { ...state, present: next, future: [], last, changedKey: null };
      const past = [...state.past, { listing: state.present, key: action.key }].slice(-HISTORY_LIMIT);
      return { past, present: next, future: [], last, changedKey: null };
    }
    case 'undo': {
      const step = state.past.at(-1);
      if (!step) return state;
      return {
        past: state.past.slice(0, -1),
        present: step.listing,
        future: [{ listing: state.present, key: step.key }, ...state.future],
        last: null,
        changedKey: step.key,
      };
    }
    case 'redo': {
      const step = state.future[0];
      if (!step) return state;
      return {
        past: [...state.past, { listing: state.present, key: step.key }].slice(-HISTORY_LIMIT),
        present: step.listing,
        future: state.future.slice(1),
        last: null,
        changedKey: step.key,
      };
    }
  }
}

export const canUndo = (h: EditorHistory): boolean => h.past.length > 0;
export const canRedo = (h: EditorHistory): boolean => h.future.length > 0;
