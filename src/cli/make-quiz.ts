import { generateQuiz, type GenerateOptions, type Quiz } from '../index.ts';
import { assertArticleUsable } from './assert-article-usable.ts';
import { InputError } from './input-error.ts';

/**
 * Checks an article and generates its quiz; throws an InputError for an unusable article or one
 * too short to yield any question.
 */
export function makeQuiz(text: string, name: string, options: GenerateOptions): Quiz {
  assertArticleUsable(text, name);
  const quiz = generateQuiz(text, options);
  if (quiz.questions.length === 0) {
    const why = quiz.shortfall === null ? '' : ` (${quiz.shortfall.message})`;
    throw new InputError(`${name}: too short or too plain to make any question${why}`);
  }
  return quiz;
}
