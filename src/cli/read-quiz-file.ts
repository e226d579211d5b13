import { validateQuiz, type Quiz } from '../index.ts';
import type { CliIo } from './cli-io.ts';
import { InputError } from './input-error.ts';
import { readText } from './read-input.ts';

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${path}: is not JSON (${(error as Error).message})`, { cause: error });
  }
}

/**
 * Reads a quiz JSON file in the teacher form, or throws an InputError saying what is wrong with it
 * (not JSON, not a valid quiz, the student form).
 */
export async function readQuizFile(path: string, io: CliIo): Promise<Quiz> {
  return checkQuizJson(parseJson(await readText(path, io), path), path);
}

/**
 * Returns parsed JSON as a quiz in the teacher form, or throws an InputError naming `path` and
 * saying what is wrong (not a valid quiz, the student form).
 */
export function checkQuizJson(value: unknown, path: string): Quiz {
  const validation = validateQuiz(value);
  if (!validation.valid) {
    const shown = validation.errors.slice(0, 3).join('; ');
    const more = validation.errors.length > 3 ? ` (and ${validation.errors.length - 3} more)` : '';
    throw new InputError(`${path}: not a valid quizgen quiz: ${shown}${more}`);
  }
  if (typeof value === 'object' && value !== null && 'form' in value) {
    throw new InputError(
      `${path}: is the student form of a quiz; this needs the teacher form with answers`,
    );
  }
  return value as Quiz;
}
