import type { RawName } from './build-entities.ts';

/**
 * A plural verb right after a name, perhaps after one adverb: "Minas Serrano come from two sets
 * down", "Minas Serrano also earn a place". A person takes "comes" and "was"; a team or a club
 * written as a plural does not.
 */
const PLURAL_VERB_AFTER =
  /^ (?:(?:also|now|again|still|then|duly|finally|next) )?(?:are|were|have|come|earn|win|take|face|meet|host|lead|trail|remain|reach|claim|move|go)\b/;

/**
 * "Smith and Jones are …": a name closing a list shares the list's plural verb; "when I saw Callum
 * go", "the roundels by Mustafa Efendi were hung": a name after a verb of seeing or a preposition
 * is no subject of the verb after it.
 */
const NO_SUBJECT_BEFORE =
  /(?:,|\band|\bor|&|\b(?:saw|see|sees|seen|watched|watch|let|made|make|heard|hear|helped|help|by|of|from|for|with|to|at|in|on|about|against|over|under|between))\s$/i;

/**
 * Names typed as people with no title that the article shows to be teams or clubs, lower-cased: a
 * mention as the subject of a plural verb.
 */
export function teamsByVerb(names: readonly RawName[], sentences: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const n of names) {
    if (n.type !== 'person' || n.role) continue;
    const sentence = sentences[n.sentence] ?? '';
    const before = sentence.slice(0, n.start);
    // "… Mustafa İzzet Efendi were hung": the end of a longer name after other capitals.
    if (NO_SUBJECT_BEFORE.test(before) || /\p{Lu}[\p{L}'’-]*\s$/u.test(before)) continue;
    if (PLURAL_VERB_AFTER.test(sentence.slice(n.end))) found.add(n.text.toLowerCase());
  }
  return found;
}
