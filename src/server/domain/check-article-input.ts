import { checkArticle } from '../../index.ts';
import { HttpProblem } from '../http/http-problem.ts';

/**
 * Throws a 422 HttpProblem (field `text`) when the core says the article cannot make a quiz:
 * empty, binary, not English, too short or too long.
 */
export function assertArticleUsable(text: string): void {
  const check = checkArticle(text);
  if (check.ok) return;
  throw new HttpProblem(422, 'This article cannot be made into a quiz', {
    code: `article-${check.code}`,
    detail: check.message,
    errors: [{ pointer: '#/text', detail: check.message }],
  });
}
