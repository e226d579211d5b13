import { ENGLISH_FUNCTION_WORDS } from './english-function-words.ts';

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /\p{L}+(?:'\p{L}+)*/gu;

/** Below this share of Latin letters among all letters, a text is not English. */
const MIN_LATIN_SHARE = 0.7;
/** Below this share of common English function words among the words, a text is not English. */
const MIN_FUNCTION_WORD_SHARE = 0.08;
/** Too few letters or words to judge: the text gets the benefit of the doubt. */
const MIN_LETTERS = 20;
const MIN_WORDS = 12;

/**
 * A cheap, offline guess whether a text is English: mostly Latin letters and a fair share of very
 * common English function words ("the", "of", "and", …). Short texts count as English.
 */
export function looksEnglish(text: string): boolean {
  return latinShare(text) >= MIN_LATIN_SHARE && functionWordShare(text) >= MIN_FUNCTION_WORD_SHARE;
}

function latinShare(text: string): number {
  let letters = 0;
  let latin = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) latin++;
  }
  return letters < MIN_LETTERS ? 1 : latin / letters;
}

function functionWordShare(text: string): number {
  let words = 0;
  let common = 0;
  for (const [word] of text.matchAll(WORD)) {
    words++;
    if (ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())) common++;
  }
  return words < MIN_WORDS ? 1 : common / words;
}
