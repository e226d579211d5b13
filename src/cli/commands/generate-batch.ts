import { basename, extname, join } from 'node:path';
import type { Quiz } from '../../index.ts';
import type { CliIo } from '../cli-io.ts';
import { InputError } from '../input-error.ts';
import { makeQuiz } from '../make-quiz.ts';
import { createProgressBar } from '../progress-bar.ts';
import { readText } from '../read-input.ts';
import { renderQuizText } from '../render/render-quiz-text.ts';
import { writeOutput } from '../write-output.ts';
import type { GenerateRequest } from './generate-options.ts';

interface BatchTally {
  written: number;
  questions: number;
  shortfalls: number;
  failures: number;
}

/** The output name of an article: `a/b/story.txt` → `story.quiz.json`, made unique in the batch. */
function outputName(path: string, extension: string, taken: Set<string>): string {
  const stem = basename(path, extname(path)) || 'quiz';
  let name = `${stem}${extension}`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}${extension}`;
  taken.add(name);
  return name;
}

function failureMessage(path: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof InputError ? message : `${path}: ${message}`;
}

async function makeOutDir(outDir: string, io: CliIo): Promise<void> {
  try {
    await io.makeDir(outDir);
  } catch (error) {
    throw new InputError(`${outDir}: cannot create the output folder`, { cause: error });
  }
}

function render(quiz: Quiz, format: 'text' | 'json'): string {
  return format === 'json' ? `${JSON.stringify(quiz, null, 2)}\n` : renderQuizText(quiz);
}

function summary(total: number, tally: BatchTally, ms: number): string {
  return (
    `${total} article(s): ${tally.written} quiz file(s) written, ${tally.questions} question(s), ` +
    `${tally.shortfalls} shortfall(s), ${tally.failures} failure(s) in ${(ms / 1000).toFixed(2)} s\n`
  );
}

/**
 * Generates one quiz file per article into `outDir`. A bad article is reported on stderr and the
 * rest go on; resolves to 1 when any article failed, else 0.
 */
export async function generateBatch(
  request: GenerateRequest,
  outDir: string,
  io: CliIo,
): Promise<number> {
  const started = io.now();
  const extension = request.format === 'json' ? '.quiz.json' : '.quiz.txt';
  const tally: BatchTally = { written: 0, questions: 0, shortfalls: 0, failures: 0 };
  const taken = new Set<string>();
  const bar = createProgressBar(io, request.files.length);
  await makeOutDir(outDir, io);
  for (const [i, path] of request.files.entries()) {
    bar.update(i, path);
    try {
      const quiz = makeQuiz(await readText(path, io), path, request.options);
      await writeOutput(
        join(outDir, outputName(path, extension, taken)),
        render(quiz, request.format),
        io,
      );
      tally.written += 1;
      tally.questions += quiz.questions.length;
      if (quiz.shortfall !== null) tally.shortfalls += 1;
    } catch (error) {
      tally.failures += 1;
      bar.finish();
      io.writeStderr(`quizgen: ${failureMessage(path, error)}\n`);
    }
  }
  bar.finish();
  io.writeStdout(summary(request.files.length, tally, io.now() - started));
  return tally.failures > 0 ? 1 : 0;
}
