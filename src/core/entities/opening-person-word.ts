import type { Token } from '../nlp/tag-sentences.ts';
import { ROLE_NOUNS } from '../lexicon/role-words.ts';

/** Words that say a body, not a person, whatever noun for a doer comes before them. */
const BODY_HEADS = /^(?:company|firm|group|maker|manufacturer|producer|brand|band|team|club)$/;

/** Role words a body may be too ("the market leader", "the head office"). */
const FIRM_ROLES: ReadonlySet<string> = new Set([
  'leader',
  'head',
  'chief',
  'executive',
  'representative',
  'principal',
  'honour',
  'honor',
]);

/**
 * True when the copula's complement, up to a comma, "of", "who" or the sentence's end, holds a word
 * for what a person does ("a Persian physician", "an Italian composer and violinist") and no word
 * for a body ("a Norwegian producer of frozen fish" is a firm).
 */
function namesAPersonsWork(words: readonly Token[]): boolean {
  for (const w of words) {
    if (BODY_HEADS.test(w.normal)) return false;
    if (ROLE_NOUNS.has(w.normal) && !FIRM_ROLES.has(w.normal)) return true;
    if (/[,;.]/.test(w.post) || ['of', 'who', 'which', 'that'].includes(w.normal)) return false;
  }
  return false;
}

/**
 * "Avicenna, known in Arabic as …, was a Persian physician": the one-word name an article opens
 * with, when the first sentence goes on (past a commaed aside) to say what the bearer did for a
 * living. The tagger reads such a mononym at a sentence's start as a common noun and gives it no
 * type anywhere; this word, lower-cased, makes it a person's. Null otherwise.
 */
export function openingPersonWord(sentence: string, tokens: readonly Token[]): string | null {
  const [first, second] = tokens;
  if (!first || !second || !/^\p{Lu}\p{Ll}{2,}$/u.test(first.text)) return null;
  let k = 1;
  if (/^,/.test(first.post)) {
    while (k < tokens.length && !/^,/.test((tokens[k] as Token).post)) k += 1;
    if (k >= 16) return null;
    k += 1;
  }
  const [verb, article] = [tokens[k], tokens[k + 1]];
  if (!verb || !article || !/^(?:was|is)$/.test(verb.normal)) return null;
  if (!['a', 'an', 'the'].includes(article.normal)) return null;
  if (!sentence.startsWith(first.text)) return null;
  return namesAPersonsWork(tokens.slice(k + 2, k + 8)) ? first.normal : null;
}
