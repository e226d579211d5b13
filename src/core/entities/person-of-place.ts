import { NAME_JOINERS } from '../lexicon/common-words.ts';
import { INSTITUTION_HEADS } from '../lexicon/organization-words.ts';
import { ROLE_HEADS } from '../lexicon/role-words.ts';
import type { Token } from '../nlp/tag-sentences.ts';

/** A title, singular or plural ("President", "Presidents"). */
const isRoleWord = (word: string): boolean =>
  ROLE_HEADS.has(word) || (word.endsWith('s') && ROLE_HEADS.has(word.slice(0, -1)));

export const isPersonWord = (t: Token): boolean =>
  (t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('Person')) &&
  !t.tags.has('Honorific');

/**
 * Where a person's name ends before "of" and where they come from ("Patrice Talon of Benin", "Mike
 * McCready of Pearl Jam"): the index of that "of", or null. A title before "of" ("Secretary of
 * State John Kerry", "Bank of America") keeps the run whole.
 */
export function personOfPlace(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = from + 2; k < to - 1; k++) {
    if ((tokens[k] as Token).normal !== 'of') continue;
    const name = tokens.slice(k - 2, k);
    // "Bank of America", "Dunn School of Pathology": a title or an institution keeps its "of".
    const titled = name.some((t) => ROLE_HEADS.has(t.normal) || INSTITUTION_HEADS.has(t.normal));
    const before = tokens[k - 3];
    const personal =
      tokens.slice(from, k).some(isPersonWord) ||
      (before !== undefined && isRoleWord(before.normal));
    return !titled &&
      personal &&
      name.every((t) => /^[A-Z]/.test(t.text) || NAME_JOINERS.has(t.normal))
      ? k
      : null;
  }
  return null;
}
