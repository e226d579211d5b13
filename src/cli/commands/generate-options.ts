import { parseArgs } from 'node:util';
import type { GenerateOptions } from '../../index.ts';
import { parseNumberOption } from '../parse-number-option.ts';
import { UsageError } from '../usage-error.ts';

/** A parsed `quizgen generate` command line. */
export interface GenerateRequest {
  files: string[];
  options: GenerateOptions;
  format: 'text' | 'json';
  outDir: string | undefined;
  help: boolean;
}

const flags = {
  mc: { type: 'string' },
  tf: { type: 'string' },
  seed: { type: 'string' },
  title: { type: 'string' },
  format: { type: 'string' },
  'out-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parseFormat(value: string | undefined): 'text' | 'json' {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`--format must be text or json, not "${value}"`, { command: 'generate' });
}

/**
 * The generator options that `--mc`, `--tf`, `--seed` and `--title` ask for. Throws a UsageError
 * naming `command` for a value out of range or for asking for no question at all.
 */
export function generateOptions(
  values: Record<string, string | boolean | undefined>,
  command: string,
): GenerateOptions {
  const count = { min: 0, max: 50, command };
  const mc = parseNumberOption('--mc', values['mc'] as string | undefined, count);
  const tf = parseNumberOption('--tf', values['tf'] as string | undefined, count);
  const seed = parseNumberOption('--seed', values['seed'] as string | undefined, {
    min: 0,
    max: 2 ** 32 - 1,
    command,
  });
  if (mc === 0 && tf === 0)
    throw new UsageError('ask for at least one question (--mc or --tf above 0)', { command });
  const title = values['title'] as string | undefined;
  return {
    ...(mc === undefined ? {} : { multipleChoice: mc }),
    ...(tf === undefined ? {} : { trueFalse: tf }),
    ...(seed === undefined ? {} : { seed }),
    ...(title === undefined ? {} : { title }),
  };
}

/** Parses the arguments after `generate`; throws a UsageError for a line that cannot run. */
export function parseGenerateArgs(args: string[]): GenerateRequest {
  const { values, positionals } = parseArgs({
    args,
    options: flags,
    allowPositionals: true,
    strict: true,
  });
  const request = {
    files: positionals,
    options: values.help === true ? {} : generateOptions(values, 'generate'),
    format: parseFormat(values.format),
    outDir: values['out-dir'],
    help: values.help === true,
  };
  if (request.help) return request;
  if (positionals.length === 0)
    throw new UsageError('name an article file (or - for standard input)', { command: 'generate' });
  if (positionals.length > 1 && request.outDir === undefined) {
    throw new UsageError('several articles need --out-dir DIR', { command: 'generate' });
  }
  if (request.outDir !== undefined && positionals.includes('-')) {
    throw new UsageError('--out-dir takes files, not standard input', { command: 'generate' });
  }
  return request;
}
