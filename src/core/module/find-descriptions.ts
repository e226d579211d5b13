import { ROLE_NOUNS } from '../lexicon/role-words.ts';
import type { Analysis, NameMention } from '../analyze/analysis-types.ts';
import { SPEECH_IN_DESCRIPTION } from './module-words.ts';

/** A description of a named thing and the sentence that gives it. */
export interface Description {
  text: string;
  sentence: number;
}

const APPOSITIVE = /^,\s+([^,;:"()]+?)\s*(?:[,;:)]|\s-\s|\.?$)/;
const ROLE_BEFORE = /(?:^|\s)((?:[\w.'-]+\s){0,3}[\w-]+),\s+$/;
const STOP_BEFORE =
  /^(?:the|a|an|their|his|her|its|our|to|and|of|by|back|with|from|for|said|says)$/i;

/** True when most words after the article are capitalised: a name or a list of names, not a description. */
function looksLikeNames(words: readonly string[]): boolean {
  const capitals = words.filter((w) => /^[A-Z]/.test(w)).length;
  return capitals * 2 > words.length;
}

/** "Brightwater Bakeries, the family-owned bread maker based in …," → the words after the comma. */
function appositiveAfter(sentence: string, mention: NameMention): string | null {
  const found = APPOSITIVE.exec(sentence.slice(mention.end))?.[1];
  if (!found || SPEECH_IN_DESCRIPTION.test(found)) return null;
  const words = found.split(/\s+/);
  const [first = '', ...rest] = words;
  const opens = /^(?:a|an|the)$/i.test(first) || ROLE_NOUNS.has(first.toLowerCase());
  if (!opens || words.length < 2 || words.length > 14 || looksLikeNames(rest)) return null;
  return found;
}

/** "the Syrian President, Bashar al-Assad" → "Syrian President": a title and a comma before a name. */
function roleBeforeComma(sentence: string, mention: NameMention): string | null {
  const found = ROLE_BEFORE.exec(sentence.slice(0, mention.start))?.[1];
  if (!found) return null;
  const words = found.split(/\s+/);
  if (!ROLE_NOUNS.has((words.at(-1) ?? '').toLowerCase())) return null;
  let from = words.length - 1;
  while (from > 0 && !STOP_BEFORE.test(words[from - 1] ?? '')) from -= 1;
  return words.slice(from).join(' ');
}

/**
 * What the article says a named thing is, beyond the roles the analysis found: an appositive after
 * a name ("…, the marine biologist who led the expedition") or a title with a comma before it.
 */
export function findDescriptions(
  analysis: Analysis,
  mentions: readonly NameMention[],
): Description[] {
  const out: Description[] = [];
  for (const mention of mentions) {
    const sentence = analysis.segmented.sentences[mention.sentence]?.normalized ?? '';
    for (const text of [roleBeforeComma(sentence, mention), appositiveAfter(sentence, mention)])
      if (text) out.push({ text, sentence: mention.sentence });
  }
  return out;
}
