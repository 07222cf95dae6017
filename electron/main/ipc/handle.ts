import type { z } from 'zod';
import { channels, type ChannelName, type ChannelOutput, type ChannelParsedInput } from '../../../shared/ipc/contract';
import { isChannelName } from '../../../shared/ipc/names';
import { err, type Result } from '../../../shared/ipc/result';
import type { Logger } from '../../services/logger';
import { isTrustedSender } from '../security';

/** A handler body: parse is done, so it calls a service and returns a Result. Expected failures are values. */
export type Handler<C extends ChannelName> = (
  input: ChannelParsedInput<C>,
) => Result<ChannelOutput<C>> | Promise<Result<ChannelOutput<C>>>;

/** One body per channel; a channel added to the contract without a body fails to compile. */
export type Handlers = { [C in ChannelName]: Handler<C> };

export interface IpcRegistry {
  readonly handlers: Handlers;
  readonly logger: Logger;
  /** Frames of this origin may call: app://shelfready, the Vite server in dev, the harness's http origin. */
  readonly trustedOrigin: string;
}

/** The part of Electron's ipcMain we use; tests pass a Map-backed fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

export interface IpcEventLike {
  /** Electron types this `WebFrameMain | null`: null once the frame navigated away or was destroyed. */
  readonly senderFrame: { readonly url: string } | null;
}

const MAX_ISSUES = 5;

function summarizeIssues(issues: readonly z.core.$ZodIssue[]): string {
  // Paths and messages only: the input itself may carry credentials and is never logged or echoed.
  return issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

async function runChannel<C extends ChannelName>(registry: IpcRegistry, channel: C, input: unknown): Promise<Result<unknown>> {
  const inputSchema: z.ZodType = channels[channel].input;
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    const detail = summarizeIssues(parsed.error.issues);
    registry.logger.warn('ipc input rejected', { channel, detail });
    return err('invalid-input', detail);
  }
  const handler: Handler<C> = registry.handlers[channel];
  // The schema for C produced this value; TypeScript cannot follow a generic key through the map.
  const result = await handler(parsed.data as ChannelParsedInput<C>);
  if (!result.ok) {
    registry.logger.info('ipc call failed', { channel, code: result.error.code, detail: result.error.detail });
    return result;
  }
  // Checking the output too keeps the renderer's types honest and strips fields nobody declared.
  const outputSchema: z.ZodType = channels[channel].output;
  const output = outputSchema.safeParse(result.value);
  if (!output.success) {
    registry.logger.error('ipc output does not match the contract', { channel, detail: summarizeIssues(output.error.issues) });
    return err('internal', 'output does not match the contract');
  }
  return { ok: true, value: output.data };
}

/**
 * The one code path for every call, shared by Electron's ipcMain and the E2E harness's binding:
 * sender check → known channel → input parse → handler → output check. Never throws.
 */
export async function dispatch(
  registry: IpcRegistry,
  channel: string,
  input: unknown,
  senderUrl: string | null,
): Promise<Result<unknown>> {
  if (!isTrustedSender(senderUrl, registry.trustedOrigin)) {
    registry.logger.warn('ipc sender rejected', { channel, senderUrl });
    return err('untrusted-sender');
  }
  if (!isChannelName(channel)) {
    registry.logger.warn('ipc unknown channel', { channel });
    return err('invalid-input', 'unknown channel');
  }
  const started = performance.now();
  try {
    return await runChannel(registry, channel, input);
  } catch (error) {
    registry.logger.error('ipc handler threw', { channel, error });
    return err('internal');
  } finally {
    registry.logger.debug('ipc call', { channel, ms: Math.round(performance.now() - started) });
  }
}

function senderUrlOf(event: IpcEventLike, logger: Logger): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch (error) {
    // Electron throws when the frame was disposed mid-call; that sender is simply untrusted.
    logger.debug('ipc sender frame unavailable', { error });
    return null;
  }
}

/** Registers one channel on ipcMain; the listener only extracts the sender URL and dispatches. */
export function handle(ipcMain: IpcMainLike, registry: IpcRegistry, channel: ChannelName): void {
  ipcMain.handle(channel, (event, input) => dispatch(registry, channel, input, senderUrlOf(event, registry.logger)));
}
