import { normalizeForMatch } from './normalize-for-match.ts';

const articles = new Set(['a', 'an', 'the']);

/**
 * The words of an answer as SQuAD compares them: lower case, punctuation removed, articles dropped.
 *
 * @example
 * answerWords('The Battle of Hastings.'); // ['battle', 'of', 'hastings']
 */
export function answerWords(text: string): string[] {
  const words = normalizeForMatch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => !articles.has(w));
}

function containsRun(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((w, j) => hay[i + j] === w)) return true;
  }
  return false;
}

/**
 * True when two answers name the same thing: their words (see answerWords) are equal, or one's
 * words are a contiguous run inside the other's and the shorter has at least half as many words as
 * the longer ("France" matches "northern France" but not "the north of France").
 *
 * @example
 * answersMatch('in 1066', '1066'); // true
 */
export function answersMatch(a: string, b: string): boolean {
  const x = answerWords(a);
  const y = answerWords(b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length * 2 >= long.length && containsRun(long, short);
}
