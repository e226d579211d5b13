import { generateQuiz, type QuestionCounts, type Quiz } from '../../index.ts';
import { HttpProblem } from '../http/http-problem.ts';
import { assertArticleUsable } from './check-article-input.ts';

/** What a teacher asks for. */
export interface QuizRequest {
  text: string;
  title?: string | undefined;
  counts: QuestionCounts;
  seed: number;
}

/**
 * Checks the article and generates its quiz with the server's own id; throws a 422 when the
 * article is unusable or too short for any question, so that nothing is stored.
 */
export function buildQuiz(request: QuizRequest, id: string): Quiz {
  assertArticleUsable(request.text);
  const quiz = generateQuiz(request.text, {
    multipleChoice: request.counts.multipleChoice,
    trueFalse: request.counts.trueFalse,
    seed: request.seed,
    ...(request.title ? { title: request.title } : {}),
  });
  if (quiz.questions.length === 0) {
    const detail = quiz.shortfall?.message ?? 'The article is too short for any question.';
    throw new HttpProblem(422, 'This article is too short for any question', {
      code: 'article-too-short',
      detail,
      errors: [{ pointer: '#/text', detail }],
    });
  }
  return { ...quiz, id };
}
