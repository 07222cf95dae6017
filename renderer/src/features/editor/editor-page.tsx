import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listing } from '@shared/model/listing';
import { listingsRepo } from '../../db/repos/listings';
import { useAppStore } from '../../store';
import { EditorWorkspace } from './editor-workspace';
import { takeOverUnsaved } from './use-autosave';
import './editor.css';

type Load = { kind: 'loading' } | { kind: 'ready'; listing: Listing } | { kind: 'missing' } | { kind: 'failed' };

/** An editor closed while its last save was failing still holds newer text than storage does. */
async function openListing(id: string): Promise<Listing | undefined> {
  return (await takeOverUnsaved(id)) ?? (await listingsRepo.get(id));
}

/**
 * Loads the listing once (not a live query: the working copy must not be replaced while typing)
 * and hands it to the workspace. app.tsx keys this by listing id, so each listing gets a fresh one.
 */
export function EditorPage({ listingId }: { listingId: string }) {
  const { t } = useTranslation('editor');
  const navigate = useAppStore((s) => s.navigate);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // StrictMode runs effects twice; a second open would find the handed-over copy already taken.
  const opening = useRef<{ attempt: number; promise: Promise<Listing | undefined> } | null>(null);

  useEffect(() => {
    if (opening.current?.attempt !== attempt) opening.current = { attempt, promise: openListing(listingId) };
    let isCurrent = true;
    opening.current.promise.then(
      (listing) => isCurrent && setLoad(listing ? { kind: 'ready', listing } : { kind: 'missing' }),
      () => isCurrent && setLoad({ kind: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [listingId, attempt]);

  switch (load.kind) {
    case 'loading':
      return <div className="page editor-message" aria-busy="true"><p className="muted">{t('loading')}</p></div>;
    case 'ready':
      return <EditorWorkspace initial={load.listing} />;
    case 'missing':
    case 'failed':
      return (
        <div className="page editor-message">
          <div className="card editor-message-card" role={load.kind === 'failed' ? 'alert' : undefined}>
            <h1>{load.kind === 'missing' ? t('notFound.title') : t('loadFailed')}</h1>
            {load.kind === 'missing' && <p className="muted">{t('notFound.body')}</p>}
            <div className="editor-message-actions">
              {load.kind === 'failed' && (
                <button type="button" className="btn" onClick={() => { setLoad({ kind: 'loading' }); setAttempt((a) => a + 1); }}>{t('retry')}</button>
              )}
              <button type="button" className="btn primary" onClick={() => navigate({ name: 'catalog' })}>{t('notFound.back')}</button>
            </div>
          </div>
        </div>
      );
  }
}
