import packageJson from '../../package.json' with { type: 'json' };
import type { CliIo } from './cli-io.ts';
import { auditCommand } from './commands/audit-command.ts';
import { exportCommand } from './commands/export-command.ts';
import { generateCommand } from './commands/generate-command.ts';
import { moduleCommand } from './commands/module-command.ts';
import { printCommand } from './commands/print-command.ts';
import { helpText } from './help-text.ts';
import { InputError } from './input-error.ts';
import { defaultChromiumPath } from './render-pdf.ts';
import { UsageError } from './usage-error.ts';

export type { CliIo } from './cli-io.ts';

type Command = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, Command> = {
  generate: generateCommand,
  audit: auditCommand,
  export: exportCommand,
  module: moduleCommand,
  print: (args, io) =>
    printCommand(args, io, {
      chromiumPath: process.env['QUIZGEN_CHROMIUM'] || defaultChromiumPath,
    }),
};

const names = Object.keys(commands);
const COMMAND_LIST = `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    io.writeStdout(helpText(rest[0]));
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.writeStdout(`${packageJson.version}\n`);
    return 0;
  }
  if (first === undefined) throw new UsageError(`name a command: ${COMMAND_LIST}`);
  const command = commands[first];
  if (command === undefined)
    throw new UsageError(`unknown command "${first}": use ${COMMAND_LIST}`);
  return command(rest, io);
}

/** Errors node:util parseArgs throws for unknown flags, missing values and the like. */
function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** "Unknown option '--x'. To specify a positional…" → "Unknown option '--x'". */
function firstSentence(message: string): string {
  return message.split(/\.\s/)[0] ?? message;
}

function report(error: unknown, argv: string[], io: CliIo): number {
  if (error instanceof UsageError || isParseArgsError(error)) {
    const command = error instanceof UsageError ? error.command : argv[0];
    const help = command === undefined ? 'quizgen --help' : `quizgen ${command} --help`;
    const message = error instanceof UsageError ? error.message : firstSentence(error.message);
    io.writeStderr(`quizgen: ${message}\nSee '${help}'.\n`);
    return 2;
  }
  if (error instanceof InputError) {
    io.writeStderr(`quizgen: ${error.message}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.writeStderr(`quizgen: unexpected error: ${message}\n`);
  return 1;
}

/**
 * Runs the quizgen command line with every outside effect going through `io`. Never throws: every
 * error becomes one line on stderr and an exit code (2 usage, 1 input or failed check, 0 done).
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), createNodeIo());
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return report(error, argv, io);
  }
}
