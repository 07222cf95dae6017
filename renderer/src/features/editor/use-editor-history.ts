import { useCallback, useEffect, useReducer } from 'react';
import type { Listing } from '@shared/model/listing';
import { canRedo, canUndo, createHistory, historyReducer } from './editor-history';
import { historyShortcut } from './shortcuts';
import { revealFieldId } from './focus-field';
import type { Recipe } from './listing-edits';

/** Applies an edit; `key` (a field id) merges keystrokes in one field into one undo step. */
export type EditFn = (key: string | null, recipe: Recipe) => void;

export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.userAgent);

export function useEditorHistory(initial: Listing) {
  const [state, dispatch] = useReducer(historyReducer, initial, createHistory);
  const edit = useCallback<EditFn>((key, recipe) => dispatch({ type: 'edit', key, recipe, at: Date.now() }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent): void {
      // A confirmation dialog is modal: its Escape/Enter are the only keys that should act.
      if (document.querySelector('[aria-modal="true"]')) return;
      const action = historyShortcut(e, IS_MAC);
      if (!action) return;
      // Inputs are controlled by the listing, so the browser's own per-input undo would fight ours.
      e.preventDefault();
      dispatch({ type: action });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Undo/redo of a field the user cannot see would look like nothing happened: show it.
  const { changedKey, present } = state;
  useEffect(() => {
    if (changedKey) revealFieldId(changedKey);
  }, [changedKey, present]);

  return { listing: state.present, edit, undo, redo, canUndo: canUndo(state), canRedo: canRedo(state) };
}
