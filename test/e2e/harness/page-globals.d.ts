import type { Api } from '../../../shared/ipc/api';

declare global {
  interface Window {
    /** Built by the preload in the app and by page-bridge.ts in the harness. */
    api: Api;
    /** Playwright binding installed by launchHarness; page code goes through window.api instead. */
    __shelfreadyInvoke?: (channel: string, input: unknown) => Promise<unknown>;
    /** Called by the harness (page.evaluate) to deliver a main → renderer event. */
    __shelfreadyEmit?: (event: string, payload: unknown) => void;
  }
}
