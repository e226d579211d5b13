import { NO_LANGUAGE } from '../lexicon/nationality-words.ts';

/** Words before "in" that make the people's word after it a language ("wrote mainly in _____"). */
const LANGUAGE_CUE =
  /\b(?:written|spoken|translated|inscribed|sung|taught|printed|published|composed|wrote|writes|write|speak|speaks|spoke|works|texts|poems|poetry|books|literature|description|descriptions|account|accounts|known|called|named|meaning)(?: (?:mainly|mostly|chiefly|largely|only|also))? in $/;

/**
 * Words after a people's word that make it a language ("the English version", "French is the first
 * language of most residents", "Catalan is spoken").
 */
const LANGUAGE_NOUN_AFTER =
  /^ (?:version|versions|text|texts|translation|original|edition|language|speakers|is (?:also )?spoken|(?:is|was|remains|became) (?:the|a|an) (?:\p{Ll}+ )?language)\b/u;

/**
 * "written in _____, Tamil and Persian", "composed works in _____", "In the _____ version, the
 * chiefs cede …": a people's word as a language. `end`, where the word ends, lets the noun after
 * it count.
 */
export function asLanguage(sentence: string, at: number, end?: number): boolean {
  if (end !== undefined && LANGUAGE_NOUN_AFTER.test(sentence.slice(end, end + 40))) return true;
  const before = sentence.slice(Math.max(0, at - 40), at);
  return LANGUAGE_CUE.test(before) || NAME_GIVEN_IN.test(before);
}

/** "earned it the name stinkbird in _____", "the word kaskazi in _____": a word of a language. */
const NAME_GIVEN_IN = /\b(?:name|names|word|words|term|nickname)s? (?:"[^"]+"|\p{Ll}+) in $/u;

/** True for a people's word that is also a language's name: "Swedish", not "Belgian". */
export const namesLanguage = (option: string): boolean => !NO_LANGUAGE.has(option.toLowerCase());
