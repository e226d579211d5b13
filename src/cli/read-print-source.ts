import type { GenerateOptions, Quiz } from '../index.ts';
import type { CliIo } from './cli-io.ts';
import { InputError } from './input-error.ts';
import { makeQuiz } from './make-quiz.ts';
import { readText } from './read-input.ts';
import { checkQuizJson } from './read-quiz-file.ts';

/** A quiz to print and where it came from. */
export interface PrintSource {
  quiz: Quiz;
  /** True when the input was a quiz JSON file, false when an article was turned into a quiz. */
  fromJson: boolean;
}

/** Text that is meant as JSON: it opens with `{` (articles never do). */
const looksLikeJson = (text: string): boolean => text.trimStart().startsWith('{');

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${name}: starts like JSON but is not (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/**
 * Reads a quiz JSON file (teacher form) or an article (`-` reads standard input). A quiz is used
 * as it is; an article is made into a quiz with `options`, as `quizgen generate` does.
 */
export async function readPrintSource(
  path: string,
  options: GenerateOptions,
  io: CliIo,
): Promise<PrintSource> {
  const name = path === '-' ? 'standard input' : path;
  const text = await readText(path, io);
  if (looksLikeJson(text))
    return { quiz: checkQuizJson(parseJson(text, name), name), fromJson: true };
  return { quiz: makeQuiz(text, name, options), fromJson: false };
}
