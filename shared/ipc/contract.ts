import { z } from 'zod';
import { settingsSchema, UI_LANGUAGES } from '../model/settings';
import type { ChannelName, EventName } from './names';

interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}

/*
 * The one IPC contract. Channel names are `domain:verb`; the renderer never sees them — it calls
 * the named methods that buildApi() derives from this map. Main parses every input with `input`.
 */
export const channels = {
  'app:info': {
    input: z.object({}),
    output: z.object({ version: z.string(), osLocale: z.string(), platform: z.string() }),
  },
  'settings:get': {
    input: z.object({}),
    output: settingsSchema,
  },
  'settings:update': {
    input: z.object({ language: z.enum(UI_LANGUAGES).nullable().optional() }).strict(),
    output: settingsSchema,
  },
  'shell:openExternal': {
    input: z.object({ url: z.string().max(2048) }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<ChannelName, ChannelSpec>;

/** Main → renderer events, `domain:event`. */
export const events = {
  'settings:changed': settingsSchema,
} as const satisfies Record<EventName, z.ZodType>;

export type { ChannelName, EventName };
export type Channels = typeof channels;
/** What the renderer passes. */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What a handler receives after main has parsed the input. */
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
