import type { Api } from '@shared/ipc/api';

declare global {
  interface Window {
    /** Built by the preload (Electron) or the E2E harness from the shared contract. */
    api: Api;
  }
}

/** The only user of window.api: everything else imports `api` from here. */
export const api: Api = window.api;
