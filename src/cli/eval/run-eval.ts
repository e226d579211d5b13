import { parseArgs } from 'node:util';
import { evaluateCorpus, type CorpusEvaluation } from '../../index.ts';
import type { CliIo } from '../cli-io.ts';
import { renderEval } from '../render/render-eval.ts';
import { renderQuizReview } from '../render/render-quiz-review.ts';
import { UsageError } from '../usage-error.ts';
import { loadCorpus } from './load-corpus.ts';

const usage = 'Usage: npm run eval -- <folder> [--check] [--verbose] [--json]\n';
const requested = { multipleChoice: 8, trueFalse: 6 };
const flags = {
  check: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function figures(folder: string, evaluation: CorpusEvaluation, ms: number): unknown {
  const { summary, human, results } = evaluation;
  const refused = results
    .filter((r) => r.error !== null)
    .map((r) => ({ name: r.name, error: r.error }));
  return {
    folder,
    requested,
    seed: 1,
    ms: Math.round(ms),
    articles: summary.articles,
    pass: summary.pass,
    checks: summary.checks,
    human,
    refused,
  };
}

function review(evaluation: CorpusEvaluation): string {
  return evaluation.results
    .map((r) =>
      r.quiz === null ? `== ${r.name}: refused (${r.error})\n\n` : renderQuizReview(r.name, r.quiz),
    )
    .join('');
}

async function evaluate(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: flags,
    allowPositionals: true,
    strict: true,
  });
  if (values.help === true) return (io.writeStdout(usage), 0);
  const [folder, ...rest] = positionals;
  if (folder === undefined || rest.length > 0)
    throw new UsageError('name one folder of .txt articles');
  const started = io.now();
  const evaluation = evaluateCorpus(await loadCorpus(folder, io), { requested, seed: 1 });
  const ms = io.now() - started;
  const write = values.json === true ? io.writeStderr : io.writeStdout;
  if (values.verbose === true) write(review(evaluation));
  const heading = `Eval of ${folder}: ${evaluation.summary.articles} articles, --mc 8 --tf 6, seed 1, ${(ms / 1000).toFixed(2)} s`;
  io.writeStdout(
    values.json === true
      ? `${JSON.stringify(figures(folder, evaluation, ms), null, 2)}\n`
      : renderEval(evaluation, heading),
  );
  return values.check === true && !evaluation.summary.pass ? 1 : 0;
}

/**
 * `npm run eval -- <folder> [--check] [--verbose] [--json]`: the quality table over a corpus.
 * Resolves to the exit code: 1 when --check is given and the gate fails (or on bad input), 2 for a
 * bad command line.
 */
export async function runEval(argv: string[], io: CliIo): Promise<number> {
  try {
    return await evaluate(argv, io);
  } catch (error) {
    const parse = (error as { code?: unknown }).code;
    const usageError =
      error instanceof UsageError ||
      (typeof parse === 'string' && parse.startsWith('ERR_PARSE_ARGS_'));
    io.writeStderr(`eval: ${(error as Error).message}\n${usageError ? usage : ''}`);
    return usageError ? 2 : 1;
  }
}
