import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.ts';
import { helpText } from './help-text.ts';

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
