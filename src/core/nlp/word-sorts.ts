import nlp from 'compromise';
import { IRREGULAR_PARTICIPLES, IRREGULAR_ROOTS } from '../lexicon/clause-words.ts';
import { PEOPLE_NOUNS } from '../lexicon/term-words.ts';

/**
 * A reading of single words, remembered. A long-running server meets ever more words; the memory
 * stays bounded.
 */
function remembered(read: (word: string) => boolean): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    const found = known.get(word);
    if (found !== undefined) return found;
    const reading = read(word);
    if (known.size >= 20_000) known.clear();
    known.set(word, reading);
    return reading;
  };
}

/**
 * True for a noun that names someone ("physicist", "merchants", "councillors") rather than a
 * thing or an idea, by the tagger's reading of the word on its own.
 */
export const namesSomeone = remembered((word) => {
  // "lawmakers": the tagger knows some words for people only in the singular, and some not at all.
  const single = /[^s]s$/.test(word) ? word.slice(0, -1) : word;
  return (
    PEOPLE_NOUNS.has(word) ||
    PEOPLE_NOUNS.has(single) ||
    nlp(word).has('#Actor') ||
    (single !== word && nlp(single).has('#Actor'))
  );
});

/** True for a word the tagger reads, on its own, as a plural noun ("Residents", not "Thomas"). */
export const pluralNoun = remembered((word) => nlp(word).has('#Plural'));

/**
 * True for a past form of a verb ("went", "born", "recorded", "injured"), which the tagger may
 * take for a noun inside a sentence.
 */
export function pastForm(word: string): boolean {
  return (
    Object.hasOwn(IRREGULAR_ROOTS, word) ||
    IRREGULAR_PARTICIPLES.has(word) ||
    /[a-z]{3}[^e]ed$/.test(word)
  );
}

/** The tagger's own dictionary of words, read once. */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one
  .lexicon;

/** True for a word the tagger's dictionary lists as a given name ("Frederick", "Andrea"). */
export function givenNameWord(word: string): boolean {
  return ['FirstName', 'MaleName', 'FemaleName'].some((tag) => listedAs(word, tag));
}

/** True for a word the tagger's dictionary does not list at all ("Sebastiano", "Venier"). */
export function unlistedWord(word: string): boolean {
  return !Object.hasOwn(LEXICON, word.toLowerCase());
}

/** True for a word the tagger's dictionary lists with this tag ("female" as Adjective). */
export function listedAs(word: string, tag: string): boolean {
  return LEXICON[word.toLowerCase()] === tag;
}
