import type { Api } from '../../../shared/ipc/api';
import type { Listing } from '../../../shared/model';
import type { SeedTiming } from './page-seed';

declare global {
  interface Window {
    /** Built by the preload in the app and by page-bridge.ts in the harness. */
    api: Api;
    /** Playwright binding installed by launchHarness; page code goes through window.api instead. */
    __shelfreadyInvoke?: (channel: string, input: unknown) => Promise<unknown>;
    /** Installed by page-bridge.ts: a File named `name` dropped on the page maps to `path` (api.files.pathFor). */
    __shelfreadyRegisterDropFile?: (name: string, path: string) => void;
    /** Called by the harness (page.evaluate) to deliver a main → renderer event. */
    __shelfreadyEmit?: (event: string, payload: unknown) => void;
    /** Installed by page-seed.ts on a blank same-origin page: fills the catalog through the real repo. */
    __shelfreadySeed?: (count: number, seed: number) => Promise<SeedTiming>;
    __shelfreadyPutListings?: (listings: Listing[]) => Promise<number>;
    __shelfreadyBaseline?: (queries: string[]) => Promise<{ count: number; readAllMs: number; perQueryMs: number[] }>;
    /** Timing marks recorded by the benchmark's init script. */
    __bench?: { readyAt?: number; firstRowsAt?: number; lastMutationAt: number; inputAt: number };
  }
}
