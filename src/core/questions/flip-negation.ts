import {
  FINITE_COPULAS,
  NEGATABLE_HELPERS,
  ADVERBS_NOT_AFTER_NOT,
  SUBORDINATORS,
} from '../lexicon/clause-words.ts';
import type { Token } from '../nlp/tag-sentences.ts';

const COPULAS: ReadonlySet<string> = new Set(FINITE_COPULAS);
const NEGATIVE_AFTER = /^ (?:no|never|none|nothing|nobody|neither|nor)\b/i;
/** "would do little", "could hardly be": a verb whose own words already deny. */
const DENIED_SOON =
  /^ [a-z]+(?: [a-z]+)? (?:little|hardly|barely|scarcely|seldom|rarely|nothing|no|none|never)\b/;
const NEGATIVE_BEFORE = /\b(?:not|no|never|none|nobody|nothing|neither|nor|few)\b/i;
const SUBORDINATE = new RegExp(`\\b(?:${SUBORDINATORS.join('|')})\\b`, 'i');

/** A word of the statement: its token and where it stands in the statement. */
export interface PlacedToken {
  token: Token;
  at: number;
}

/** True when the word after a helper is a verb, or an adverb and then a verb ("had previously cited"). */
function verbFollows(words: readonly PlacedToken[], k: number): boolean {
  const next = words[k + 1]?.token;
  if (next?.tags.has('Adverb')) return words[k + 2]?.token.tags.has('Verb') === true;
  return next?.tags.has('Verb') === true && !next.tags.has('Gerund');
}

/**
 * The statement with the main clause's first auxiliary negated ("was suspended" → "was not
 * suspended"), or its "not" taken away; null when the auxiliary sits in a side clause, late in the
 * statement, or is a main verb ("have true teeth"), where a "not" would read wrong.
 */
export function flipNegation(text: string, words: readonly PlacedToken[]): string | null {
  const k = words.findIndex(
    ({ token }) => COPULAS.has(token.normal) || NEGATABLE_HELPERS.has(token.normal),
  );
  const word = words[k];
  if (!word || word.at > text.length * 0.7 || SUBORDINATE.test(text.slice(0, word.at))) return null;
  const end = word.at + word.token.text.length;
  if (text.slice(end).startsWith(' not ')) return text.slice(0, end) + text.slice(end + 4);
  if (NEGATABLE_HELPERS.has(word.token.normal) && !verbFollows(words, k)) return null;
  if (ADVERBS_NOT_AFTER_NOT.has(words[k + 1]?.token.normal ?? '')) return null;
  // "There were no candidates elected" → "were not no": a clause already negative stays as it is.
  if (NEGATIVE_AFTER.test(text.slice(end, end + 12)) || DENIED_SOON.test(text.slice(end)))
    return null;
  // "Not all analysts were convinced" → "were not convinced": a subject already negative stays.
  if (NEGATIVE_BEFORE.test(text.slice(0, word.at))) return null;
  return `${text.slice(0, end)} not${text.slice(end)}`;
}
