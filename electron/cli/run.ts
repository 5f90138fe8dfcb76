// Runs the CLI: global flags (--json, --data-dir, --help), command lookup, one JSON document on stdout with
// --json, errors on stderr with exit code 2 for usage and unknown ids, 1 for everything else.
import { parseArgs } from 'node:util';
import type { MessageLanguage } from '../core/errors';
import { explainFailure } from '../core/failure-messages';
import type { CliCommand, CommandOptions } from './command';
import { COMMANDS } from './commands/index';
import { createContext } from './context';
import { resolveDataDir } from './data-dir';

/** Where the CLI writes; tests pass buffers, main.ts passes the process streams. */
interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

const GLOBAL_OPTIONS = {
  json: { type: 'boolean' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies CommandOptions;

/** Exit codes: usage errors and unknown documents or ids are 2 (the caller asked for something that is not there). */
const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: npm run -s cli -- <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Global options:',
    '  --json            print exactly one JSON document on stdout',
    '  --data-dir DIR    where user.sqlite lives (or env LECTERN_DATA_DIR)',
    '  --help            this help, or `<command> --help` for its usage',
  ].join('\n');
}

function isUsageError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  let wantJson = argv.includes('--json');
  try {
    // First pass: only to find the command name; its own flags are unknown until then.
    const first = parseArgs({
      args: [...argv],
      options: GLOBAL_OPTIONS,
      allowPositionals: true,
      strict: false,
    });
    const name = first.positionals[0];
    const command = commands.find((c) => c.name === name);
    if (name === undefined || (command === undefined && first.values.help === true)) {
      io.stdout(`${helpText(commands)}\n`);
      return name === undefined && first.values.help !== true ? EXIT.usage : EXIT.ok;
    }
    if (command === undefined) {
      io.stderr(`Unknown command "${name}". Run \`npm run -s cli -- --help\` to list commands.\n`);
      return EXIT.usage;
    }
    const parsed = parseArgs({
      args: [...argv],
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    wantJson = parsed.values.json === true;
    if (parsed.values.help === true) {
      io.stdout(`Usage:\n${command.usage.map((u) => `  npm run -s cli -- ${u}`).join('\n')}\n`);
      return EXIT.ok;
    }
    const dataDir = resolveDataDir(parsed.values['data-dir'], io.env);
    const ctx = createContext(wantJson, dataDir, io.env);
    try {
      const output = await command.run(ctx, { args: parsed.positionals.slice(1), flags: parsed.values });
      io.stdout(wantJson ? `${JSON.stringify(output.json, null, 2)}\n` : `${output.text}\n`);
      return output.exitCode ?? EXIT.ok;
    } finally {
      ctx.close();
    }
  } catch (error) {
    return reportError(error, io, wantJson);
  }
}

/** Vietnamese when the terminal's locale is (LC_ALL, LC_MESSAGES, LANG: `vi_VN.UTF-8`), else English. */
function cliLanguage(env: NodeJS.ProcessEnv): MessageLanguage {
  const locale = env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  return /^vi(?:[_.@-]|$)/i.test(locale) ? 'vi' : 'en';
}

const FORCE_HINT = {
  en: ' Run the command again with --force to replace it.',
  vi: ' Chạy lại lệnh với --force để thay thế.',
};

function reportError(error: unknown, io: CliIo, json: boolean): number {
  const usage = isUsageError(error);
  const explained = usage ? null : explainFailure(error);
  if (!usage && explained === null) {
    // A bug, not a disk or database state: one plain line; the stack only when asked for (LECTERN_DEBUG=1).
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(`Lectern could not complete the command because of an internal error (${detail}).\n`);
    if (io.env.LECTERN_DEBUG === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.failure;
  }
  const code = explained?.code ?? 'INVALID_INPUT';
  // The CLI cannot ask, so "exists, confirm?" becomes the flag that confirms.
  const hint = code === 'EXISTS' ? FORCE_HINT : { en: '', vi: '' };
  const en = `${explained?.message ?? (error instanceof Error ? error.message : String(error))}${hint.en}`;
  const vi = explained?.vi === undefined ? undefined : `${explained.vi}${hint.vi}`;
  const message = cliLanguage(io.env) === 'vi' && vi !== undefined ? vi : en;
  io.stderr(
    json
      ? `${JSON.stringify({ error: { code, message: en, ...(vi === undefined ? {} : { vi }) } })}\n`
      : `${message}\n`,
  );
  return usage || code === 'NOT_FOUND' || code === 'INVALID_INPUT' ? EXIT.usage : EXIT.failure;
}
