import { buildApi, type Transport } from '../../../shared/ipc/api';
import { isEventName, type EventName } from '../../../shared/ipc/names';
import type {} from './page-globals';

/*
 * Runs in the page before any app script (bundled to an IIFE, added with addInitScript). It plays
 * the preload's part: the same buildApi() over a transport that reaches the harness's dispatch()
 * through a Playwright binding instead of ipcRenderer.
 */
type Listener = (payload: unknown) => void;
const listeners = new Map<EventName, Set<Listener>>();

const transport: Transport = {
  invoke: (channel, input) => {
    const invoke = window.__shelfreadyInvoke;
    if (invoke === undefined) return Promise.reject(new Error('harness binding missing'));
    return invoke(channel, input);
  },
  subscribe: (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    // Wrapped like the preload does, so unsubscribing one registration never removes another.
    const wrapped: Listener = (payload) => listener(payload);
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  },
};

Object.defineProperty(window, '__shelfreadyEmit', {
  value: (event: string, payload: unknown) => {
    if (!isEventName(event)) return;
    for (const listener of listeners.get(event) ?? []) listener(payload);
  },
});

// Like contextBridge: not writable or configurable, so app code cannot swap the api out.
Object.defineProperty(window, 'api', { value: buildApi(transport), enumerable: true });
