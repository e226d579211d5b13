import { ORGANIZATION_HEADS } from '../lexicon/organization-words.ts';
import { PLACE_HEADS, PLACE_KIND_WORDS, SAINT_PREFIXES } from '../lexicon/place-words.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import { isPersonTagged } from './type-of-name.ts';

/**
 * "St. Adalbert's Church", "St. Lawrence River": a name after a saint that ends in a word of place
 * is that place, not a saint with a title.
 */
export function saintPlace(words: readonly Token[]): boolean {
  const head = (words.at(-1) as Token).normal;
  return (
    words.length >= 2 &&
    SAINT_PREFIXES.has((words[0] as Token).normal) &&
    (PLACE_HEADS.has(head) || PLACE_KIND_WORDS[head] === 'structure')
  );
}

/**
 * "St. Gallen", "St Joseph's College": a saint's title that opens the name of a place or a body,
 * not a title before a person's name ("St. Martin of Tours").
 */
export function saintNamed(words: readonly Token[]): boolean {
  const [lead, next] = words;
  const head = (words.at(-1) as Token).normal;
  return (
    lead !== undefined &&
    next !== undefined &&
    SAINT_PREFIXES.has(lead.normal) &&
    (!isPersonTagged(next) || ORGANIZATION_HEADS.has(head) || PLACE_HEADS.has(head))
  );
}
