import type { Paper } from '../../render/print-stylesheet.ts';
import type { CliIo } from '../cli-io.ts';
import { onePositional, parseCommandArgs } from '../parse-command-args.ts';
import { parseNumberOption } from '../parse-number-option.ts';
import { readPrintSource } from '../read-print-source.ts';
import { renderPdf } from '../render-pdf.ts';
import { renderPrintPage } from '../render/render-print-page.ts';
import { UsageError } from '../usage-error.ts';
import { writeOutput } from '../write-output.ts';
import { generateOptions } from './generate-options.ts';

const flags = {
  versions: { type: 'string' },
  seed: { type: 'string' },
  mc: { type: 'string' },
  tf: { type: 'string' },
  paper: { type: 'string' },
  pdf: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Where `--pdf` finds Chromium: QUIZGEN_CHROMIUM, else Debian's path. */
export interface PrintEnv {
  chromiumPath: string;
}

type Values = Partial<Record<keyof typeof flags, string | boolean>>;

function parsePaper(value: string | boolean | undefined): Paper | undefined {
  if (value === undefined || value === 'a4' || value === 'letter') return value;
  throw new UsageError(`--paper must be a4 or letter, not "${String(value)}"`, {
    command: 'print',
  });
}

/**
 * `quizgen print <article|quiz.json|-> [--versions N] [--seed N] [--paper a4|letter] [--pdf FILE]`:
 * the printable quiz in versions, as one HTML file on standard output or as a PDF.
 */
export async function printCommand(args: string[], io: CliIo, env: PrintEnv): Promise<number> {
  const parsed = parseCommandArgs('print', args, flags, io);
  if (parsed === undefined) return 0;
  const values: Values = parsed.values;
  const versions =
    parseNumberOption('--versions', values.versions as string | undefined, {
      min: 1,
      max: 26,
      command: 'print',
    }) ?? 1;
  const paper = parsePaper(values.paper);
  const options = generateOptions(values, 'print');
  const path = onePositional(
    parsed.positionals,
    'print',
    'name one article or quiz JSON file (or - for standard input)',
  );
  const { quiz, fromJson } = await readPrintSource(path, options, io);
  if (fromJson && (values.mc !== undefined || values.tf !== undefined))
    throw new UsageError('--mc and --tf shape a quiz made from an article, not a quiz JSON file', {
      command: 'print',
    });
  const seed = options.seed ?? quiz.seed;
  if (typeof values.pdf !== 'string') {
    io.writeStdout(renderPrintPage(quiz, { versions, seed, ...(paper ? { paper } : {}) }));
    return 0;
  }
  const html = renderPrintPage(quiz, { versions, seed, paper: paper ?? 'a4' });
  await writeOutput(values.pdf, await renderPdf(html, paper ?? 'a4', env.chromiumPath), io);
  io.writeStderr(`quizgen: wrote ${versions} version(s) and their answer keys to ${values.pdf}\n`);
  return 0;
}
