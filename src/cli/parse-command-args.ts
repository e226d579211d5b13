import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.ts';
import { helpText } from './help-text.ts';
import { UsageError } from './usage-error.ts';

/** Flags of a command: any options, plus `-h, --help`. */
export type CommandFlags = NonNullable<ParseArgsConfig['options']> & {
  help: { type: 'boolean'; short: 'h' };
};

/** A command line as parseArgs reads it with strict flags and positionals allowed. */
export type CommandArgs<F extends CommandFlags> = ReturnType<
  typeof parseArgs<{ args: string[]; options: F; allowPositionals: true; strict: true }>
>;

/**
 * Reads a command's flags and positionals strictly (an unknown flag throws). With `--help` it
 * prints the command's help and returns `undefined`, so the command can return 0 at once.
 *
 * @example
 * const parsed = parseCommandArgs('audit', ['quiz.json', '--format', 'json'], flags, io);
 * parsed?.values.format; // 'json'
 */
export function parseCommandArgs<F extends CommandFlags>(
  command: string,
  args: string[],
  flags: F,
  io: CliIo,
): CommandArgs<F> | undefined {
  const parsed = parseArgs({ args, options: flags, allowPositionals: true, strict: true });
  // parseArgs cannot type the values of a generic F; `help` is there by CommandFlags.
  if ((parsed.values as { help?: boolean }).help === true) {
    io.writeStdout(helpText(command));
    return undefined;
  }
  return parsed;
}

/**
 * The one file a command names, or a UsageError with `message` when it names none or several.
 *
 * @example
 * onePositional(['quiz.json'], 'audit', 'name one quiz JSON file'); // 'quiz.json'
 */
export function onePositional(positionals: string[], command: string, message: string): string {
  const [path, ...rest] = positionals;
  if (path === undefined || rest.length > 0) throw new UsageError(message, { command });
  return path;
}
