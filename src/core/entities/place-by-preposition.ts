import type { RawName } from './build-entities.ts';

/** "habitat loss on Flores", "a village near Rinca": a preposition of place right before a name. */
const PLACE_PREPOSITION = /\b(?:in|on|near|across|throughout)\s$/;

/**
 * One-word names typed as people with no title that the article puts a preposition of place
 * before ("on Flores"), lower-cased. A surname alone, never given a first name or a title, is
 * then the place.
 */
export function placesByPreposition(
  names: readonly RawName[],
  sentences: readonly string[],
  personWords: ReadonlySet<string>,
): Set<string> {
  const titled = new Set(names.filter((n) => n.role).map((n) => n.text.toLowerCase()));
  const found = new Set<string>();
  for (const n of names) {
    const lower = n.text.toLowerCase();
    if (n.type !== 'person' || n.role || /\s/.test(n.text) || personWords.has(lower)) continue;
    const sentence = sentences[n.sentence] ?? '';
    // "in Smith's view"; "interest in Aristotle, William of Ockham and …" lists people.
    const followed = /^(?:['’]|,? (?:and |or )?\p{Lu}|, \p{Lu})/u.test(sentence.slice(n.end));
    if (!titled.has(lower) && !followed && PLACE_PREPOSITION.test(sentence.slice(0, n.start)))
      found.add(lower);
  }
  return found;
}
