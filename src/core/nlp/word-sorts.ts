import nlp from 'compromise';
import { IRREGULAR_PARTICIPLES, IRREGULAR_ROOTS } from '../lexicon/clause-words.ts';
import { PEOPLE_NOUNS } from '../lexicon/term-words.ts';

const someone = new Map<string, boolean>();

/**
 * True for a noun that names someone ("physicist", "merchants", "councillors") rather than a
 * thing or an idea, by the tagger's reading of the word on its own.
 */
export function namesSomeone(word: string): boolean {
  const found = someone.get(word);
  if (found !== undefined) return found;
  // "lawmakers": the tagger knows some words for people only in the singular, and some not at all.
  const single = /[^s]s$/.test(word) ? word.slice(0, -1) : word;
  const reading =
    PEOPLE_NOUNS.has(word) ||
    PEOPLE_NOUNS.has(single) ||
    nlp(word).has('#Actor') ||
    (single !== word && nlp(single).has('#Actor'));
  // A long-running server meets ever more words; the memory stays bounded.
  if (someone.size >= 20_000) someone.clear();
  someone.set(word, reading);
  return reading;
}

const plurals = new Map<string, boolean>();

/** True for a word the tagger reads, on its own, as a plural noun ("Residents", not "Thomas"). */
export function pluralNoun(word: string): boolean {
  const found = plurals.get(word);
  if (found !== undefined) return found;
  const reading = nlp(word).has('#Plural');
  if (plurals.size >= 20_000) plurals.clear();
  plurals.set(word, reading);
  return reading;
}

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
