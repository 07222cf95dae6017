import type { ChannelInput, ChannelOutput, EventPayload } from './contract';
import { CHANNEL_NAMES, isEventName, type ChannelName, type EventName } from './names';
import { err, type Result } from './result';

/** How an api call reaches main: Electron's ipcRenderer.invoke in the preload, a Playwright binding in the E2E harness. */
export interface Transport {
  invoke(channel: ChannelName, input: unknown): Promise<unknown>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

/** The least of a DOM `File` that shared/ (typed without DOM) needs to name. */
export interface FileLike {
  readonly name: string;
}

/**
 * Methods that run in the page's own process, not over IPC. `pathForFile` is Electron's
 * webUtils.getPathForFile in the preload (File.path is gone) and a registry of test files in the
 * harness; '' for a File with no path on disk (pasted, dragged out of a browser).
 */
export interface LocalMethods {
  pathForFile(file: FileLike): string;
}

type SplitChannel<C extends string> = C extends `${infer D}:${infer V}` ? [D, V] : never;
type DomainOf<C extends ChannelName> = SplitChannel<C>[0];

/** `api.settings.get({})`, `api.shell.openExternal({ url })` … one named method per channel. */
export type Api = {
  [D in DomainOf<ChannelName>]: {
    [C in ChannelName as SplitChannel<C>[0] extends D ? SplitChannel<C>[1] : never]: (
      input: ChannelInput<C>,
    ) => Promise<Result<ChannelOutput<C>>>;
  };
} & {
  files: {
    /** Path on disk of a dropped File, '' when it has none: send the path to assets.importPaths, not the bytes. */
    pathFor(file: FileLike): string;
  };
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/*
 * Values come from names.ts, types from contract.ts (type-only), so a bundle of this file carries no
 * zod. A rejected transport call (pipe gone, no handler registered) becomes an `internal` Result,
 * because callers are promised a Result and never a throw.
 */
export function buildApi(transport: Transport, local: LocalMethods): Api {
  const api: Record<string, Record<string, (input: never) => unknown>> = {};
  for (const channel of CHANNEL_NAMES) {
    const [domain, verb] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = (input: unknown) =>
      transport.invoke(channel, input).catch((error: unknown) => err('internal', `transport: ${String(error)}`));
  }
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event ${String(event)}`);
    return transport.subscribe(event, listener);
  };
  api.files = { ...api.files, pathFor: (file: FileLike) => local.pathForFile(file) };
  for (const domain of Object.values(api)) Object.freeze(domain);
  return Object.freeze({ ...api, on }) as unknown as Api;
}
