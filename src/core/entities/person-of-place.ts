import { NAME_JOINERS } from '../lexicon/common-words.ts';
import { INSTITUTION_HEADS, ORGANIZATION_HEADS } from '../lexicon/organization-words.ts';
import { PLACE_HEADS, PLACE_KIND_WORDS, POLITY_WORDS } from '../lexicon/place-words.ts';
import { NATIONALITIES } from '../lexicon/nationality-words.ts';
import { THING_HEADS } from '../lexicon/thing-words.ts';
import { placeKind } from './place-kind.ts';
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
      (before !== undefined && isRoleWord(before.normal)) ||
      plainNameOfCountry(tokens, from, k);
    return !titled &&
      personal &&
      name.every((t) => /^[A-Z]/.test(t.text) || NAME_JOINERS.has(t.normal))
      ? k
      : null;
  }
  return null;
}

/**
 * "Mirela Dobrev of Bulgaria": two plain capitalised words the tagger does not know, then "of" and
 * a country, are a person and where they come from. "Bank of England", "Kingdom of Spain" and
 * "Isle of Man" are no such names.
 */
function plainNameOfCountry(tokens: readonly Token[], from: number, of: number): boolean {
  const name = tokens.slice(from, of);
  return name.length === 2 && nameOfCountry(tokens, of) && name.every(isPlainNameWord);
}

/** True when tokens `of` and the next read "of" and a country ("… of Bulgaria"). */
export function nameOfCountry(tokens: readonly Token[], of: number): boolean {
  const country = tokens[of + 1];
  return (
    tokens[of]?.normal === 'of' && country !== undefined && placeKind(country.text) === 'country'
  );
}

/**
 * A capitalised word that may be part of a personal name the tagger does not know: no place,
 * body, title, people, state or thing word ("Manchu Dynasty of China" is no person).
 */
export function isPlainNameWord(t: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !['Place', 'Organization', 'Acronym'].some((tag) => t.tags.has(tag)) &&
    !ORGANIZATION_HEADS.has(t.normal) &&
    !PLACE_HEADS.has(t.normal) &&
    !THING_HEADS.has(t.normal) &&
    !POLITY_WORDS.has(t.normal) &&
    !(t.normal in PLACE_KIND_WORDS) &&
    !(t.normal in NATIONALITIES) &&
    !isRoleWord(t.normal)
  );
}
