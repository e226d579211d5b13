import * as core from '../../index.ts';
import { HttpProblem } from '../http/http-problem.ts';

/** The outcome of the core's `checkArticle`. */
export type ArticleCheck =
  | { ok: true }
  | { ok: false; code: 'empty' | 'binary' | 'not-english' | 'too-short' | 'too-long'; message: string };

type CheckArticle = (text: string) => ArticleCheck;

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is was that for on with as by at from it he she they said were are be has have this an not'.split(' '),
);

/** Until the core's own check is exported, the obvious cases are caught here. */
function interimCheck(text: string): ArticleCheck {
  if (text.trim() === '') return { ok: false, code: 'empty', message: 'The article is empty.' };
  // eslint-disable-next-line no-control-regex
  const control = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (control > 0) return { ok: false, code: 'binary', message: 'The file is not plain text.' };
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const common = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  if (words.length >= 8 && common / words.length < 0.08) {
    return { ok: false, code: 'not-english', message: 'The article does not look like English text.' };
  }
  return { ok: true };
}

const coreCheck = (core as Record<string, unknown>)['checkArticle'] as CheckArticle | undefined;

/**
 * Throws a 422 HttpProblem (field `text`) when the article cannot make a quiz: empty, binary,
 * not English, too short or too long.
 */
export function assertArticleUsable(text: string): void {
  const check = (coreCheck ?? interimCheck)(text);
  if (check.ok) return;
  throw new HttpProblem(422, 'This article cannot be made into a quiz', {
    code: `article-${check.code}`,
    detail: check.message,
    errors: [{ pointer: '#/text', detail: check.message }],
  });
}
