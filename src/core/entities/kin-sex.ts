import { FEMALE_KIN_WORDS, MALE_KIN_WORDS } from '../lexicon/role-words.ts';

/** Titles that say their holder's sex ("spokeswoman", "actress", "chairman"). */
const FEMALE_TITLES = ['\\p{L}*woman', 'actress', 'abbess', 'heiress'];
const MALE_TITLES = [
  'spokesman',
  'chairman',
  'businessman',
  'congressman',
  'councilman',
  'statesman',
  'sportsman',
  'nobleman',
  'actor',
];
const FEMALE_TITLE = new RegExp(`^(?:${FEMALE_TITLES.join('|')})$`, 'iu');

const KIN = [...FEMALE_KIN_WORDS, ...MALE_KIN_WORDS, ...FEMALE_TITLES, ...MALE_TITLES].join('|');

/** "his mother Nandi", "his mother was Nandi", "Shaka's half-brother Sigujana". */
const KIN_BEFORE = new RegExp(`(?:^|[\\s(])(?:half-|step-?)?(${KIN})s?(?: was|,)?\\s$`, 'iu');
/** "Nandi, a daughter of a chief", "Sigujana, his half-brother", "Leyla Huseynova, a spokeswoman". */
const KIN_AFTER = new RegExp(
  `^, (?:a|an|the|his|her|their|\\p{Lu}\\p{L}+['’]s) (?:\\p{Ll}+ )?(?:half-|step-?)?(${KIN})\\b`,
  'iu',
);

const sexOf = (word: string | undefined): string | null =>
  word === undefined
    ? null
    : FEMALE_KIN_WORDS.has(word.toLowerCase()) || FEMALE_TITLE.test(word)
      ? 'female'
      : 'male';

/** "his half-brothers Dingane and ": the names a list holds before the last one. */
const LIST_BEFORE = /(?:\p{Lu}[\p{L}'’-]*,? )+and $/u;

/**
 * The sex a word for kin right before a name says ("his mother _____"), or before the list the
 * name closes ("his half-brothers Dingane and _____"), or null.
 */
export function kinSexBefore(before: string): string | null {
  return sexOf(KIN_BEFORE.exec(before.slice(-60).replace(LIST_BEFORE, ''))?.[1]);
}

/** The sex a word for kin or rank beside a name says ("Nandi, a daughter of a chief"), or null. */
export function kinSex(before: string, after: string): string | null {
  return kinSexBefore(before) ?? kinSexAfter(after);
}

/** The sex a word for kin, rank or a sexed title right after a name says ("_____, a spokeswoman"). */
export function kinSexAfter(after: string): string | null {
  return sexOf(KIN_AFTER.exec(after)?.[1]);
}
