import { useCallback, useEffect, useRef, useState } from 'react';
import type { Listing } from '@shared/model/listing';
import { effectiveStatus, validateListing } from '@shared/model/validate';
import { listingsRepo } from '../../db/repos/listings';
import { createAutosaver, type Autosaver, type SaveState } from './autosaver';

/*
 * Savers of editors that were closed while a save was failing keep retrying in the background.
 * When the same listing is opened again, the new editor takes over their unsaved copy instead of
 * loading the older stored one, and stops them so two editors never race to write.
 */
const savers = new Map<string, Autosaver>();

export async function takeOverUnsaved(listingId: string): Promise<Listing | null> {
  const previous = savers.get(listingId);
  savers.delete(listingId);
  return previous ? previous.takeUnsaved() : null;
}

/** What is stored: everything as typed, but "ready" only while validation finds no errors. */
function toStored(listing: Listing): Listing {
  return { ...listing, status: effectiveStatus(listing, validateListing(listing)) };
}

export interface AutosaveControls {
  state: SaveState;
  flush(): Promise<boolean>;
  pause(): Promise<void>;
  resume(): void;
}

export function useAutosave(initial: Listing, working: Listing): AutosaveControls {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saverRef = useRef<Autosaver | null>(null);
  const lastScheduled = useRef(initial);
  const { id, revision } = initial;

  useEffect(() => {
    const saver = createAutosaver({ save: (l) => listingsRepo.save(l), onState: setState, revision });
    saverRef.current = saver;
    savers.set(id, saver);
    const flushNow = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      // Leaving the editor (navigation, closing) saves at once rather than after the debounce.
      void saver.flush().then((isSaved) => {
        if (isSaved && savers.get(id) === saver) savers.delete(id);
      });
    };
  }, [id, revision]);

  useEffect(() => {
    // Compared with the last scheduled copy, not the loaded one: undoing back to the loaded
    // listing is still a change that must be stored.
    if (working === lastScheduled.current) return;
    lastScheduled.current = working;
    saverRef.current?.schedule(toStored(working));
  }, [working]);

  const flush = useCallback(() => saverRef.current?.flush() ?? Promise.resolve(true), []);
  const pause = useCallback(() => saverRef.current?.pause() ?? Promise.resolve(), []);
  const resume = useCallback(() => saverRef.current?.resume(), []);
  return { state, flush, pause, resume };
}
