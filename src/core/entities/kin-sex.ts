import { FEMALE_KIN_WORDS, MALE_KIN_WORDS } from '../lexicon/role-words.ts';

const KIN = [...FEMALE_KIN_WORDS, ...MALE_KIN_WORDS].join('|');

/** "his mother Nandi", "his mother was Nandi", "Shaka's half-brother Sigujana". */
const KIN_BEFORE = new RegExp(`(?:^|[\\s(])(?:half-|step-?)?(${KIN})s?(?: was|,)?\\s$`, 'i');
/** "Nandi, a daughter of a chief", "Sigujana, his half-brother". */
const KIN_AFTER = new RegExp(
  `^, (?:a|an|the|his|her|their|\\p{Lu}\\p{L}+['’]s) (?:\\p{Ll}+ )?(?:half-|step-?)?(${KIN})\\b`,
  'iu',
);

/** The sex a word for kin or rank says of the name it stands beside, or null. */
export function kinSex(before: string, after: string): string | null {
  const word = (KIN_BEFORE.exec(before.slice(-40)) ?? KIN_AFTER.exec(after))?.[1]?.toLowerCase();
  if (word === undefined) return null;
  return FEMALE_KIN_WORDS.has(word) ? 'female' : 'male';
}

/** The sex a word for kin right before a name says ("his mother _____"), or null. */
export function kinSexBefore(before: string): string | null {
  const word = KIN_BEFORE.exec(before.slice(-40))?.[1]?.toLowerCase();
  if (word === undefined) return null;
  return FEMALE_KIN_WORDS.has(word) ? 'female' : 'male';
}
