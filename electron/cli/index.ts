import { runCli } from './main';

/*
 * Entry of the `shelfready` bin (built to out/main/cli.js; in development:
 * `npx tsx electron/cli/index.ts …`). The exit status is set, not forced, so stdout is flushed
 * before the process ends.
 */

// `shelfready channels | head`: the reader went away, which is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
