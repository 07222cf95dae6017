export type HistoryShortcut = 'undo' | 'redo';

interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing: boolean;
}

/** Cmd on macOS, Ctrl elsewhere: Z undoes; Shift+Z, and Ctrl+Y on Windows, redo. */
export function historyShortcut(e: KeyLike, isMac: boolean): HistoryShortcut | null {
  // An IME composing Chinese text owns the keyboard until it commits.
  if (e.isComposing || e.altKey) return null;
  const hasMod = isMac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!hasMod) return null;
  // Latin layouts (QWERTY, AZERTY) name the letter in `key`; on other scripts fall back to the
  // physical key, as browsers do for their own shortcuts.
  const letter = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : e.code.replace(/^Key/, '').toLowerCase();
  if (letter === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && !isMac && !e.shiftKey) return 'redo';
  return null;
}
