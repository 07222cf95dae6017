import { useEffect, useState } from 'react';
import type { ImageSlot, RenditionResult } from '@shared/images/types';
import type { ChannelId } from '@shared/model/ids';
import { api } from '../../lib/api';

export type RenditionState = { status: 'loading' } | { status: 'ready'; result: RenditionResult } | { status: 'failed' };

/*
 * Rendition results for this session, by (asset, channel, slot): switching tabs back and forth
 * does not ask again. The asset store caches the files themselves by (hash, rule id).
 */
const results = new Map<string, Promise<RenditionResult | null>>();

function render(hash: string, channel: ChannelId, slot: ImageSlot): Promise<RenditionResult | null> {
  const key = `${hash}|${channel}|${slot}`;
  let p = results.get(key);
  if (!p) {
    p = api.renditions.render({ hash, channel, slot }).then(
      (r) => (r.ok ? r.value : null),
      () => null,
    );
    // A failure is not remembered: the next look tries again.
    void p.then((v) => v === null && results.delete(key));
    results.set(key, p);
  }
  return p;
}

export function useRendition(hash: string, channel: ChannelId, slot: ImageSlot): RenditionState {
  const key = `${hash}|${channel}|${slot}`;
  const [state, setState] = useState<{ key: string; value: RenditionState }>({ key, value: { status: 'loading' } });
  useEffect(() => {
    let isCurrent = true;
    void render(hash, channel, slot).then((result) => {
      if (isCurrent) setState({ key, value: result ? { status: 'ready', result } : { status: 'failed' } });
    });
    return () => {
      isCurrent = false;
    };
  }, [key, hash, channel, slot]);
  return state.key === key ? state.value : { status: 'loading' };
}
