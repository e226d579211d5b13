import type { NameChunk } from './find-name-chunks.ts';
import { kinSex } from './kin-sex.ts';
import { placeKind } from './place-kind.ts';
import { NATIONALITIES } from '../lexicon/nationality-words.ts';
import { FEMALE_KIN_WORDS, MALE_KIN_WORDS } from '../lexicon/role-words.ts';
import { givenNameWord, namesSomeone } from '../nlp/word-sorts.ts';

/** "an attendant named Mbopha": a noun for someone, then "named" or "called". */
const SOMEONE_NAMED = /\b(?:an?|the) (\p{Ll}+) (?:named|called)\s$/u;
/** "Zwide, ruler of the Ndwandwe": a title of one person set off after the name. */
const TITLE_AFTER = new RegExp(
  `^, (?:the )?(?:${['ruler', 'chief', 'leader', 'founder', 'head', 'heir', ...FEMALE_KIN_WORDS, ...MALE_KIN_WORDS].join('|')}) of\\b`,
);
/** "When Senzangakhona died", "Dingane then took the throne": what only a person does. */
const DEED_AFTER =
  /^ (?:(?:then|later|soon) )?(?:died|was born|was killed|was assassinated|was murdered|was crowned|was buried|took the throne|married|ascended)\b/;
/** "a larger confederation ruled by Dingiswayo": one who rules or leads, named without "the". */
const LEADER_BEFORE = /\b(?:ruled|led|founded|commanded|governed) by\s$/;

/** True when the words around a name say it is a person's. */
function personCued(sentence: string, chunk: NameChunk): boolean {
  // The cues stand within a few words of the name; a long sentence is not read again for each.
  const before = sentence.slice(Math.max(0, chunk.start - 60), chunk.start);
  const after = sentence.slice(chunk.end);
  // 'Anne Isabella ("Annabella") Milbanke': half of a name split by a nickname.
  if (/^ \(?["“]/.test(after) || /["”]\)? $/.test(before)) return false;
  const noun = SOMEONE_NAMED.exec(before)?.[1];
  return (
    kinSex(before, after) !== null ||
    (noun !== undefined && namesSomeone(noun)) ||
    TITLE_AFTER.test(after) ||
    DEED_AFTER.test(after) ||
    LEADER_BEFORE.test(before)
  );
}

/**
 * A name of up to three capitalised words that is neither a place's by its words, nor a people's,
 * nor a given name alone.
 */
function personShaped(text: string): boolean {
  // "his wife Mary": a bare given name is left out, as the tagger's own names are.
  return (
    !givenNameWord(text) &&
    /^\p{Lu}[\p{L}'’-]+(?: \p{L}[\p{L}'’-]+){0,2}$/u.test(text) &&
    placeKind(text) === null &&
    !(text.toLowerCase() in NATIONALITIES)
  );
}

/**
 * Names the tagger could not type that the article shows to be people's ("his half-brothers
 * Dingane and Mhlangana", "an attendant named Mbopha", "When Senzangakhona died"): every
 * mention of such a name is then a person's. The second of two names joined by "and" shares the
 * first one's cue.
 */
export function personsByCue(
  sentences: readonly string[],
  untyped: readonly (readonly NameChunk[])[],
): Set<string> {
  const found = new Set<string>();
  untyped.forEach((chunks, i) => {
    const sentence = sentences[i] ?? '';
    let previous: NameChunk | undefined;
    for (const chunk of chunks) {
      const joined =
        previous !== undefined &&
        found.has(previous.text) &&
        / and $/.test(sentence.slice(previous.end, chunk.start));
      if (personShaped(chunk.text) && (joined || personCued(sentence, chunk)))
        found.add(chunk.text);
      previous = chunk;
    }
  });
  return found;
}
