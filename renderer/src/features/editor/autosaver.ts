import type { Listing } from '@shared/model/listing';

/*
 * Debounced, serialised, retrying saves of the editor's working copy. Plain TypeScript (no React,
 * no DOM) so the timing rules are unit tested with fake timers.
 *
 * Invariants: at most one save runs at a time; the newest working copy is always the one saved
 * next; a failed save keeps its listing as unsaved (unless newer edits replaced it) and retries
 * with backoff, so nothing typed is dropped while storage is failing.
 */

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'failed'; error: unknown };

export interface AutosaverOptions {
  save(listing: Listing): Promise<Listing>;
  onState(state: SaveState): void;
  /** Revision of the stored listing the working copy started from; each save continues from it. */
  revision: number;
  delayMs?: number;
  retryMs?: readonly number[];
  now?: () => number;
}

export interface Autosaver {
  /** The working copy changed: save it once typing pauses. */
  schedule(listing: Listing): void;
  /** Save now (page hidden, leaving, before duplicating). Resolves false if the save failed. */
  flush(): Promise<boolean>;
  /**
   * Stop saving (the listing is about to be deleted); resolves once a running save has ended, so
   * no late write can bring the listing back. Unsaved edits are kept in case the delete fails.
   */
  pause(): Promise<void>;
  /** Saving continues after pause(), e.g. because the delete failed. */
  resume(): void;
  /**
   * Stops this saver and hands over what it could not store yet (its last save failed), with the
   * revision to continue from, so an editor that reopens the listing starts from the newest text.
   */
  takeUnsaved(): Promise<Listing | null>;
}

export const AUTOSAVE_DELAY_MS = 600;
export const RETRY_MS = [1000, 2000, 5000, 10_000, 30_000] as const;

export function createAutosaver(options: AutosaverOptions): Autosaver {
  const { save, onState, delayMs = AUTOSAVE_DELAY_MS, retryMs = RETRY_MS, now = Date.now } = options;
  let revision = options.revision;
  let dirty: Listing | null = null;
  let inFlight: { done: Promise<boolean> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let isStopped = false;

  function setTimer(ms: number): void {
    clearTimer();
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, ms);
  }

  function clearTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function saveNow(listing: Listing): Promise<boolean> {
    dirty = null;
    onState({ kind: 'saving' });
    const done = save({ ...listing, revision }).then(
      (saved) => {
        revision = saved.revision;
        failures = 0;
        inFlight = null;
        if (!isStopped) onState(dirty ? { kind: 'pending' } : { kind: 'saved', at: now() });
        return true;
      },
      (error: unknown) => {
        inFlight = null;
        // Edits made while this save ran are newer than it; otherwise this listing is still unsaved.
        dirty ??= listing;
        failures += 1;
        if (!isStopped) {
          onState({ kind: 'failed', error });
          setTimer(retryMs[Math.min(failures, retryMs.length) - 1] ?? AUTOSAVE_DELAY_MS);
        }
        return false;
      },
    );
    inFlight = { done };
    return done;
  }

  async function flush(): Promise<boolean> {
    clearTimer();
    if (inFlight) {
      if (!(await inFlight.done)) return false;
      // Another caller may have started the next save meanwhile: wait for that one too.
      return flush();
    }
    if (isStopped || !dirty) return true;
    return saveNow(dirty);
  }

  return {
    schedule(listing) {
      if (isStopped) return;
      dirty = listing;
      // While failing, the retry timer is already set; re-debouncing would postpone it forever.
      if (failures > 0) return;
      onState({ kind: 'pending' });
      setTimer(delayMs);
    },
    flush,
    async pause() {
      isStopped = true;
      clearTimer();
      await inFlight?.done;
    },
    resume() {
      isStopped = false;
      if (dirty) setTimer(failures > 0 ? 0 : delayMs);
    },
    async takeUnsaved() {
      isStopped = true;
      clearTimer();
      // Let a running save finish first: its outcome decides what is unsaved and the revision.
      await inFlight?.done;
      const unsaved = dirty;
      dirty = null;
      return unsaved && { ...unsaved, revision };
    },
  };
}
