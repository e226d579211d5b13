import { ENGLISH_FUNCTION_WORDS } from './english-function-words.ts';
import {
  AFTER_TIME_OF_DAY,
  BEFORE_NUMBER,
  MAY_BE_FINAL,
  NEVER_FINAL,
  TIME_OF_DAY,
} from './abbreviations.ts';
import { SPEECH_VERBS } from '../lexicon/speech-verbs.ts';
import { SENTENCE_STARTERS } from './sentence-starters.ts';
import type { TextRange } from './text-range.ts';

/** A run of sentence-final punctuation (`start`…`end`) and its closing quotes/brackets (…`after`). */
export interface TerminatorRun {
  start: number;
  end: number;
  after: number;
}

const LOWERCASE_START = /^\p{Ll}/u;
const OPENERS = /^["'([{]+/;
const INITIAL = /^\p{Lu}$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
/** A capital initial with its period, as "A." in "H. A. R. Gibb". */
const NEXT_INITIAL = /^\p{Lu}\.$/u;
/** A list number, as "1." in "Steps: 1. Mix the flour." or "2. Bake it." */
const LIST_NUMBER = /^\d{1,2}$/;
/** A ruler's numeral that is also a letter ("Francis I", "Charles V"). */
const REGNAL_ONE = /^(?:I|V|X)$/;
const FIRST_WORD = /^["'([{]*(\p{L}+)/u;
/** A time zone named in words after a time of day ("10:17 a.m. India Standard Time"). */
const ZONE_NAME = /^(?:\p{Lu}[\p{L}-]* ){1,3}Time\b/u;

/**
 * Decides whether a terminator run followed by whitespace ends a sentence, looking at the word
 * before it (abbreviation? initial?) and the word after it (lower case? common sentence starter?).
 */
export function isSentenceBoundary(text: string, run: TerminatorRun, sentence: TextRange): boolean {
  const next = nextWord(text, run.after, sentence.end);
  if (next === '') return true;
  if (LOWERCASE_START.test(next)) return false;
  if (run.after > run.end && attributionFollows(text.slice(run.after, run.after + 80)))
    return false;
  const isSinglePeriod = run.end - run.start === 1 && text.charAt(run.start) === '.';
  if (!isSinglePeriod || run.after > run.end) return true;
  const before = wordBefore(text, run.start, sentence.start);
  if (NEVER_FINAL.has(before)) return false;
  if (BEFORE_NUMBER.has(before)) return !/^\d/.test(next);
  const word = FIRST_WORD.exec(next)?.[1]?.toLowerCase() ?? '';
  if (LIST_NUMBER.test(before)) {
    const previous = charBefore(text, run.start - before.length, sentence.start);
    if (previous === '') return false;
    if (previous === ':') return SENTENCE_STARTERS.has(word);
  }
  if (TIME_OF_DAY.has(before))
    return (
      word !== '' &&
      !AFTER_TIME_OF_DAY.has(word) &&
      !ZONE_NAME.test(text.slice(run.after, run.after + 60).trimStart())
    );
  // "Emperor Francis I. Among her siblings …": a ruler's numeral, then a word that opens clauses
  // or opens a sentence.
  if (
    REGNAL_ONE.test(before) &&
    /\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(0, run.start - 30), run.start - before.length))
  )
    return (
      SENTENCE_STARTERS.has(word) ||
      ENGLISH_FUNCTION_WORDS.has(word) ||
      word === 'among' ||
      // "Justinian I. Renowned for its dome, …": a capitalised word before a lower-case one.
      /^\s*\p{Lu}\p{Ll}+,?\s+\p{Ll}/u.test(text.slice(run.after, run.after + 40))
    );
  // "H. A. R. Gibb": an initial followed by another is one name, though "A" may open a sentence.
  if (INITIAL.test(before) && NEXT_INITIAL.test(next)) return false;
  if (MAY_BE_FINAL.has(before) || INITIAL.test(before) || DOTTED_ACRONYM.test(before)) {
    return SENTENCE_STARTERS.has(word);
  }
  return true;
}

const NAMED_SPEAKER = /^\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(\p{Ll}+)/u;
const PRONOUNS = /^(?:He|She|They|It|We|I|You|This|That)\s/;

/**
 * True when a quotation is followed by its speaker and a speech verb (`"…!" Macron told the
 * world.`), which finish the same sentence.
 */
function attributionFollows(after: string): boolean {
  const m = NAMED_SPEAKER.exec(after);
  return m !== null && !PRONOUNS.test(m[1] ?? '') && SPEECH_VERBS.has(m[2] ?? '');
}

/** The last non-space character before `from` in the sentence, or '' at its start. */
function charBefore(text: string, from: number, sentenceStart: number): string {
  let i = from - 1;
  while (i >= sentenceStart && /\s/.test(text.charAt(i))) i--;
  return i < sentenceStart ? '' : text.charAt(i);
}

/** The next whitespace-delimited word (at most 40 characters of it) at or after `from`. */
function nextWord(text: string, from: number, limit: number): string {
  let start = from;
  while (start < limit && /\s/.test(text.charAt(start))) start++;
  let end = start;
  while (end < limit && end - start < 40 && !/\s/.test(text.charAt(end))) end++;
  return text.slice(start, end);
}

/** The word just before offset `end`, without opening punctuation; initials keep their case. */
function wordBefore(text: string, end: number, limit: number): string {
  let start = end;
  while (start > limit && !/\s/.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, end).replace(OPENERS, '');
  return INITIAL.test(word) ? word : word.toLowerCase();
}
