import { parseCommandArgs } from './args';
import { checkCommand } from './commands/check';
import { channelsCommand } from './commands/channels';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { pushCommand } from './commands/push';
import { renderCommand } from './commands/render';
import type { Command } from './context';
import { CLI_LANGS, createMessages, langFromEnv, parseLang, type Messages } from './i18n';
import { createOutput, EXIT, InputError, type ExitCode, type Io } from './io';

/*
 * The shelfready command: picks the command, parses its flags, runs it, and turns every expected
 * failure into a translated message and exit status 2. Nothing reaches the user as a stack trace;
 * an unexpected error is one line (SHELFREADY_DEBUG=1 adds the stack, for bug reports).
 */

export const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  render: renderCommand,
  export: exportCommand,
  push: pushCommand,
  import: importCommand,
  channels: channelsCommand,
  demo: demoCommand,
};

function helpText(messages: Messages): string {
  const { t } = messages;
  const commands = ['check', 'render', 'export', 'push', 'import', 'channels', 'demo'].map((c) => `  shelfready ${t(`help.${c}`)}`);
  const options = ['optJson', 'optLang', 'optProgress', 'optData', 'optHelp'].map((o) => `  ${t(`help.${o}`)}`);
  return [t('help.usage'), '', t('help.commands'), ...commands, '', t('help.options'), ...options, '', t('help.exit'), ''].join('\n');
}

/** Global flags that take a value: the word after them is not the command. */
const VALUE_FLAGS = new Set(['--lang', '--data']);

/** Index of the command word: the first argument that is neither a flag nor a global flag's value. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') return i + 1 < argv.length ? i + 1 : -1;
    if (VALUE_FLAGS.has(arg)) i++;
    else if (!arg.startsWith('-')) return i;
  }
  return -1;
}

/** --lang anywhere on the line, before the command is known (errors about the command are translated too). */
function langFlag(argv: readonly string[]): string | undefined {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') return undefined;
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
    if (arg === '--lang') return argv[i + 1];
  }
  return undefined;
}

export async function runCli(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<ExitCode> {
  const requested = langFlag(argv);
  const parsedLang = requested === undefined ? langFromEnv(env) : parseLang(requested);
  const messages = await createMessages(parsedLang ?? 'en');
  const isJson = argv.includes('--json');
  const out = createOutput(io, messages, { isJson, isProgress: argv.includes('--progress') });
  try {
    if (parsedLang === null) throw new InputError('errors.badLang', { value: requested, allowed: CLI_LANGS.join(', ') });
    const at = commandIndex(argv);
    if (at === -1) {
      // No command: global flags only (an unknown one is still a usage error).
      const { values } = parseCommandArgs(argv, {});
      io.stdout.write(helpText(messages));
      return values.help === true ? EXIT.ok : EXIT.usage;
    }
    const name = argv[at] ?? '';
    const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
    if (name === 'help') {
      io.stdout.write(helpText(messages));
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined) throw new InputError('errors.unknownCommand', { command: name });
    const { values, positionals } = parseCommandArgs(rest, command.options);
    if (values.help === true) {
      io.stdout.write(helpText(messages));
      return EXIT.ok;
    }
    return await command.run({ out, values, positionals, env, now: () => new Date() });
  } catch (error) {
    if (error instanceof InputError) {
      out.note(messages.t(error.key, error.params));
      for (const line of error.lines) out.note(line);
      if (isJson) out.json({ error: { code: error.key, params: error.params, message: messages.t(error.key, error.params), details: error.lines.map((l) => l.trim().replace(/^– /, '')) } });
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    out.note(messages.t('errors.internal', { message }));
    if (env.SHELFREADY_DEBUG && error instanceof Error && error.stack) out.note(error.stack);
    if (isJson) out.json({ error: { code: 'internal', params: {}, message } });
    return EXIT.usage;
  }
}
