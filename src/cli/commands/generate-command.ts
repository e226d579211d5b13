import type { CliIo } from '../cli-io.ts';
import { helpText } from '../help-text.ts';
import { makeQuiz } from '../make-quiz.ts';
import { readText } from '../read-input.ts';
import { renderQuizText } from '../render/render-quiz-text.ts';
import { generateBatch } from './generate-batch.ts';
import { parseGenerateArgs, type GenerateRequest } from './generate-options.ts';

async function generateOne(request: GenerateRequest, io: CliIo): Promise<number> {
  const path = request.files[0] ?? '-';
  const name = path === '-' ? 'standard input' : path;
  const quiz = makeQuiz(await readText(path, io), name, request.options);
  if (quiz.shortfall !== null) io.writeStderr(`quizgen: note: ${quiz.shortfall.message}\n`);
  io.writeStdout(
    request.format === 'json' ? `${JSON.stringify(quiz, null, 2)}\n` : renderQuizText(quiz),
  );
  return 0;
}

/**
 * `quizgen generate`: one article to standard output, or several to files with --out-dir.
 * Resolves to the exit code.
 */
export async function generateCommand(args: string[], io: CliIo): Promise<number> {
  const request = parseGenerateArgs(args);
  if (request.help) {
    io.writeStdout(helpText('generate'));
    return 0;
  }
  return request.outDir === undefined
    ? generateOne(request, io)
    : generateBatch(request, request.outDir, io);
}
