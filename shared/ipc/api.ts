import { channels, events, type ChannelInput, type ChannelName, type ChannelOutput, type EventName, type EventPayload } from './contract';
import type { Result } from './result';

/** How an api call reaches main: Electron's ipcRenderer.invoke in the preload, a Playwright binding in the E2E harness. */
export interface Transport {
  invoke(channel: ChannelName, input: unknown): Promise<unknown>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
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
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export function buildApi(transport: Transport): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const channel of Object.keys(channels) as ChannelName[]) {
    const [domain, verb] = channel.split(':') as [string, string];
    api[domain] ??= {};
    api[domain][verb] = (input: unknown) => transport.invoke(channel, input);
  }
  const on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!(event in events)) throw new Error(`Unknown event ${event}`);
    return transport.subscribe(event, listener);
  };
  return Object.freeze({ ...api, on }) as unknown as Api;
}
