import { stringOf, type Values } from './args';
import type { ExitCode, Output } from './io';
import { openWorkspace, type Workspace } from './workspace';

/** What a command gets: its parsed flags and positionals, and where to write. */
export interface CommandContext {
  out: Output;
  values: Values;
  positionals: string[];
  env: NodeJS.ProcessEnv;
  now: () => Date;
}

export interface Command {
  options: import('./args').OptionSpec;
  run(ctx: CommandContext): Promise<ExitCode>;
}

/** Opens the bundle, runs `task`, and always stops the image workers. */
export async function withWorkspace<T>(ctx: CommandContext, bundleDir: string, task: (ws: Workspace) => Promise<T>): Promise<T> {
  const ws = await openWorkspace(ctx.out, bundleDir, { dataDir: stringOf(ctx.values, 'data') });
  try {
    return await task(ws);
  } finally {
    await ws.close();
  }
}
