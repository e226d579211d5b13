import { NO_LANGUAGE } from '../lexicon/nationality-words.ts';

/** Words before "in" that make the people's word after it a language ("wrote mainly in _____"). */
const LANGUAGE_CUE =
  /\b(?:written|spoken|translated|inscribed|sung|taught|printed|published|composed|wrote|writes|write|speak|speaks|spoke|works|texts|poems|poetry|books|literature)(?: (?:mainly|mostly|chiefly|largely|only|also))? in $/;

/** "written in _____, Tamil and Persian", "composed works in _____": a people's word as a language. */
export function asLanguage(sentence: string, at: number): boolean {
  return LANGUAGE_CUE.test(sentence.slice(Math.max(0, at - 30), at));
}

/** True for a people's word that is also a language's name: "Swedish", not "Belgian". */
export const namesLanguage = (option: string): boolean => !NO_LANGUAGE.has(option.toLowerCase());
