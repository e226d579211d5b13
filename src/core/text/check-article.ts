import { countWords } from './count-words.ts';
import { looksBinary } from './looks-binary.ts';
import { looksEnglish } from './looks-english.ts';
import { segmentArticle } from './segment-article.ts';

/** Why an article cannot be turned into a quiz. */
export type ArticleProblem = 'empty' | 'binary' | 'not-english' | 'too-short' | 'too-long';

/** The verdict on an article: fine, or the problem and one sentence a teacher understands. */
export type ArticleCheck = { ok: true } | { ok: false; code: ArticleProblem; message: string };

/** The limits an article must meet. */
export const ARTICLE_LIMITS = { minSentences: 3, minWords: 40, maxWords: 200_000 } as const;

const BLANK = /^[\s\u200B-\u200D\u2060\u00AD]*$/;

/**
 * Checks that a text can be made into a quiz: not empty, not binary, not too long, English, and
 * long enough. Pure; never throws.
 *
 * @example
 * checkArticle('   '); // { ok: false, code: 'empty', message: 'The article is empty: …' }
 */
export function checkArticle(text: string): ArticleCheck {
  if (BLANK.test(text)) return fail('empty', 'The article is empty: paste the text of an article.');
  if (looksBinary(text)) {
    return fail('binary', 'This does not look like text: paste the words of the article itself.');
  }
  const words = countWords(text);
  if (words > ARTICLE_LIMITS.maxWords) {
    const limit = ARTICLE_LIMITS.maxWords.toLocaleString('en-US');
    return fail(
      'too-long',
      `The article is too long: it has ${format(words, 'word')} and at most ${limit} words can be used.`,
    );
  }
  if (!looksEnglish(text)) {
    return fail(
      'not-english',
      'The article does not seem to be in English, and quizzes can only be made from English text.',
    );
  }
  const sentences = segmentArticle(text).sentences.length;
  if (sentences < ARTICLE_LIMITS.minSentences || words < ARTICLE_LIMITS.minWords) {
    const { minSentences, minWords } = ARTICLE_LIMITS;
    const has = `${format(sentences, 'sentence')} and ${format(words, 'word')}`;
    return fail(
      'too-short',
      `The article is too short: it has ${has}, and a quiz needs at least ${minSentences} sentences and ${minWords} words.`,
    );
  }
  return { ok: true };
}

function fail(code: ArticleProblem, message: string): ArticleCheck {
  return { ok: false, code, message };
}

/** "1 word", "2,500 words". */
function format(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
