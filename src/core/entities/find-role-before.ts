import { CLUB_PREFIXES } from '../lexicon/organization-words.ts';
import { ROLE_NOUNS } from '../lexicon/role-words.ts';
import { NATIONALITIES } from '../lexicon/nationality-words.ts';
import type { Token } from '../nlp/tag-sentences.ts';

const MODIFIER_TAGS = ['Noun', 'Adjective', 'ProperNoun'];
const STOP = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'by',
  'to',
  'with',
  'from',
  'as',
  'that',
  'who',
  'his',
  'her',
  'their',
  'its',
  'under',
  'over',
  'in',
  'on',
  'at',
  'for',
  'into',
  'after',
  'before',
  'including',
  'like',
  'than',
  'past',
  'behind',
  'against',
  'toward',
  'towards',
  'beyond',
  'beside',
  'between',
  'through',
  'across',
  'around',
  'near',
  'without',
  'about',
]);

/** "; command module pilot Jack Swigert": a word the tagger took for a verb, opening a phrase. */
function verbLookingModifier(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token;
  const before = tokens[at - 1];
  return t.tags.has('Infinitive') && (before === undefined || /[,;:]/.test(before.post));
}

/**
 * Finds a role written in lower case right before a name ("foreign minister" in "Russian foreign
 * minister Sergey Lavrov"; "fashion designer" in "fashion designer Tim Gunn").
 * Returns the token index where the role starts, or -1.
 */
export function findRoleBefore(tokens: readonly Token[], nameFrom: number): number {
  const head = tokens[nameFrom - 1];
  if (!head || !ROLE_NOUNS.has(head.normal) || /[,;:()"]/.test(head.post)) return -1;
  let from = nameFrom - 1;
  while (from - 1 >= 0 && nameFrom - from < 5) {
    const t = tokens[from - 1] as Token;
    // "AS FAR coach Lamia Haddad": a club's letters belong to its name in the title.
    if (CLUB_PREFIXES.has(t.text) && !/[,;:()"]/.test(t.post)) {
      from -= 1;
      continue;
    }
    const modifier =
      MODIFIER_TAGS.some((tag) => t.tags.has(tag)) ||
      t.normal in NATIONALITIES ||
      verbLookingModifier(tokens, from - 1);
    if (!modifier || STOP.has(t.normal) || /[,;:()"]/.test(t.post)) break;
    // "President's office spokesman": whose office it is belongs to the title, and closes it.
    if (t.tags.has('Possessive')) {
      if (/^\p{Lu}\p{Ll}+['’]s$/u.test(t.text) && nameFrom - from >= 2) from -= 1;
      break;
    }
    from -= 1;
  }
  return from;
}
