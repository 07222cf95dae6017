import { buildApi, type LocalMethods, type Transport } from '../../../shared/ipc/api';
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

/*
 * Dropped files: Electron's preload maps a File to its path with webUtils.getPathForFile. A page
 * cannot learn a path in Chromium, so the harness registers test files by name
 * (HarnessOptions.files, harness.registerDropFile) and a File with that name maps to that path.
 * Any other File has no path, like a pasted screenshot in the app.
 */
const dropFiles = new Map<string, string>();
Object.defineProperty(window, '__shelfreadyRegisterDropFile', {
  value: (name: string, path: string) => {
    dropFiles.set(name, path);
  },
});
const local: LocalMethods = { pathForFile: (file) => dropFiles.get(file.name) ?? '' };

// Like contextBridge: not writable or configurable, so app code cannot swap the api out.
Object.defineProperty(window, 'api', { value: buildApi(transport, local), enumerable: true });
