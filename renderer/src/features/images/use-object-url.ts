import { useEffect, useState } from 'react';
import type { Result } from '@shared/ipc/result';
import { api } from '../../lib/api';

/*
 * Object URLs for image bytes from window.api, shared by key and revoked when the last user goes:
 * the same thumbnail in the image panel and the channel preview is fetched once.
 */
interface Entry {
  users: number;
  promise: Promise<string | null>;
  url: string | null;
}

const entries = new Map<string, Entry>();

type Bytes = { bytes: Uint8Array; mime: string };

function acquire(key: string, load: () => Promise<Result<Bytes>>): Entry {
  let entry = entries.get(key);
  if (!entry) {
    const created: Entry = { users: 0, url: null, promise: Promise.resolve(null) };
    created.promise = load().then(
      (r) => {
        if (!r.ok) return null;
        // Copy into a plain ArrayBuffer-backed array: Blob wants that under the DOM lib types.
        const url = URL.createObjectURL(new Blob([new Uint8Array(r.value.bytes)], { type: r.value.mime }));
        if (created.users === 0) {
          URL.revokeObjectURL(url);
          return null;
        }
        created.url = url;
        return url;
      },
      () => null,
    );
    entry = created;
    entries.set(key, entry);
  }
  entry.users += 1;
  return entry;
}

function release(key: string, entry: Entry): void {
  entry.users -= 1;
  if (entry.users > 0) return;
  entries.delete(key);
  if (entry.url) URL.revokeObjectURL(entry.url);
}

export type ObjectUrlState = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed' };

/** `key` null = nothing to load yet. */
export function useObjectUrl(key: string | null, load: () => Promise<Result<Bytes>>): ObjectUrlState {
  const [state, setState] = useState<{ key: string | null; value: ObjectUrlState }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    if (key === null) return;
    const entry = acquire(key, load);
    let isCurrent = true;
    void entry.promise.then((url) => {
      if (isCurrent) setState({ key, value: url ? { status: 'ready', url } : { status: 'failed' } });
    });
    return () => {
      isCurrent = false;
      release(key, entry);
    };
    // `load` is derived from `key`; a new closure each render must not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}

export function useThumbnail(hash: string | null): ObjectUrlState {
  return useObjectUrl(hash === null ? null : `thumb:${hash}`, () => api.assets.thumbnail({ hash: hash ?? '' }));
}

export function useRenditionPreview(key: string | null): ObjectUrlState {
  return useObjectUrl(key === null ? null : `rendition:${key}`, () => api.renditions.preview({ key: key ?? '' }));
}

