import type { Token } from '../nlp/tag-sentences.ts';
import { DANGLING_WORDS, UNIT_PREFIXES } from './module-words.ts';

const NOUNISH = ['Noun', 'Adjective', 'ProperNoun', 'Acronym', 'Value'];
const NOT_COUNTED = ['Verb', 'Pronoun', 'Preposition', 'Determiner', 'Adverb', 'Conjunction'];

function counts(token: Token): boolean {
  return (
    NOUNISH.some((t) => token.tags.has(t)) &&
    !NOT_COUNTED.some((t) => token.tags.has(t)) &&
    !DANGLING_WORDS.has(token.normal)
  );
}

/**
 * Where the words a number counts end: up to three nouns and adjectives right after it
 * ("eight ISIS positions", "260 new workers"), ending on a noun and at the first unit or plural
 * noun. Returns `end` when none follow.
 */
export function countedEnd(tokens: readonly Token[], end: number): number {
  let at = end;
  let last = end;
  for (const token of tokens.filter((t) => t.start >= end).slice(0, 3)) {
    if (token.start - at > 1 || /[^\s]/.test(token.pre) || !counts(token)) break;
    at = token.end;
    if (!token.tags.has('Adjective') || token.tags.has('Noun')) last = token.end;
    // "18 percent last year", "212 samples of coral": the count ends at its unit or plural noun.
    if (/[^\s]/.test(token.post)) break;
    if ((token.tags.has('Unit') || token.tags.has('Plural')) && !UNIT_PREFIXES.has(token.normal))
      break;
  }
  return last;
}
