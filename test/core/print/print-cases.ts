import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateQuiz, type Quiz } from '../../../src/index.ts';
import { REPO_ROOT } from '../export/fixtures/export-cases.ts';

/** A quiz to print, with a name for test titles. */
export interface PrintCase {
  name: string;
  quiz: Quiz;
}

/** The quiz generateQuiz makes from every article in seeds/. */
export function seedQuizzes(): PrintCase[] {
  const dir = join(REPO_ROOT, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: file, quiz: generateQuiz(readFileSync(join(dir, file), 'utf8')) }));
}
