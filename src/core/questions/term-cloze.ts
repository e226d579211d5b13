import type { Analysis } from '../analyze/analysis-types.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import { NON_NAME_WORDS } from '../lexicon/common-words.ts';
import type { Candidate } from './candidate.ts';
import { blankOut, explainWith, isUsableSentence, standsAlone } from './sentence-tools.ts';

interface Term {
  text: string;
  plural: boolean;
  count: number;
}

/** "everything", "someone": words that stand for any thing or person, no term of the article. */
const INDEFINITE = /^(?:every|some|any|no)(?:thing|one|body|where)$/;
/**
 * "animals", "ways", "things": nouns so wide that they fit nearly any blank about living things or
 * ideas ("where _____ were also introduced" takes "animals" as well as "populations").
 */
const WIDE_NOUNS: ReadonlySet<string> = new Set([
  'animal',
  'animals',
  'people',
  'person',
  'persons',
  'individual',
  'individuals',
  'creature',
  'creatures',
  'member',
  'members',
  'thing',
  'things',
  'way',
  'ways',
  'part',
  'parts',
  'kind',
  'kinds',
  'type',
  'types',
]);

function isTermToken(t: Token): boolean {
  return (
    t.tags.has('Noun') &&
    !INDEFINITE.test(t.normal) &&
    !WIDE_NOUNS.has(t.normal) &&
    !t.tags.has('Pronoun') &&
    !t.tags.has('ProperNoun') &&
    !t.tags.has('Value') &&
    !t.tags.has('Possessive') &&
    /^[a-z][a-z-]{3,}$/.test(t.text) &&
    !NON_NAME_WORDS.has(t.normal)
  );
}

/**
 * "P. damicornis", "(Acinonyx jubatus)": the second word of a species name, a Latin word after its
 * genus, is no term of the article.
 */
function speciesEpithet(tokens: readonly Token[], k: number): boolean {
  const genus = tokens[k - 1];
  if (!genus || /^[A-Z]\.?$/.test(genus.text)) return genus !== undefined;
  const epithet = tokens[k] as Token;
  return (
    k >= 2 &&
    /^\p{Lu}\p{Ll}+$/u.test(genus.text) &&
    /(?:us|um|is|ae|ii|a)$/.test(epithet.text) &&
    !epithet.tags.has('Plural')
  );
}

/** Content nouns the article uses at least twice: its key terms ("polyps", "algae", "photosynthesis"). */
function keyTerms(analysis: Analysis): Map<string, Term> {
  const terms = new Map<string, Term>();
  for (const sentence of analysis.tokens) {
    for (const [k, t] of sentence.entries()) {
      if (!isTermToken(t) || speciesEpithet(sentence, k)) continue;
      const term = terms.get(t.text) ?? { text: t.text, plural: t.tags.has('Plural'), count: 0 };
      term.count += 1;
      terms.set(t.text, term);
    }
  }
  for (const [k, v] of terms) if (v.count < 2) terms.delete(k);
  return terms;
}

/** Every pair of neighbouring words in the article ("these corals", "warming temperatures"). */
function wordPairs(analysis: Analysis): Set<string> {
  const pairs = new Set<string>();
  for (const sentence of analysis.tokens)
    sentence.forEach((t, k) => {
      const next = sentence[k + 1];
      if (next) pairs.add(`${t.normal} ${next.normal}`);
    });
  return pairs;
}

function neighbours(tokens: readonly Token[], t: Token): [string, string] {
  const k = tokens.indexOf(t);
  return [tokens[k - 1]?.normal ?? '', tokens[k + 1]?.normal ?? ''];
}

/** True when the article itself uses a word next to the blank's neighbours: it may fit the blank too. */
function fitsNeighbours(
  word: string,
  [before, after]: [string, string],
  pairs: Set<string>,
): boolean {
  return (
    (before !== '' && pairs.has(`${before} ${word}`)) ||
    (after !== '' && pairs.has(`${word} ${after}`))
  );
}

/**
 * Fill-in-the-blank on a key term, the fallback for sentences without names or numbers. The other
 * options are key terms of the same number (plural with plural) from elsewhere in the article.
 */
export function termCloze(analysis: Analysis): Candidate[] {
  const terms = keyTerms(analysis);
  const ranked = [...terms.values()].sort(
    (a, b) => b.count - a.count || a.text.localeCompare(b.text),
  );
  const out: Candidate[] = [];
  const pairs = wordPairs(analysis);
  analysis.segmented.sentences.forEach((sentence, i) => {
    if (!isUsableSentence(sentence.normalized, 55) || !standsAlone(analysis, i)) return;
    const tokens = analysis.tokens[i] ?? [];
    const text = sentence.normalized;
    const best = tokens
      // "Large-_____ construction": a blank in part of a hyphened word reads wrong; so does one
      // after a genus ("P. _____").
      .filter(
        (t) =>
          terms.has(t.text) &&
          !t.tags.has('Hyphenated') &&
          !/\b[A-Z]\.\s$/.test(text.slice(0, t.start)),
      )
      .sort((a, b) => (terms.get(a.text)?.count ?? 0) - (terms.get(b.text)?.count ?? 0))[0];
    if (!best) return;
    const key = terms.get(best.text) as Term;
    const inSentence = new Set(tokens.map((t) => t.text));
    const distractors = ranked
      .filter(
        (t) =>
          t.plural === key.plural &&
          t.text !== key.text &&
          !inSentence.has(t.text) &&
          !t.text.startsWith(key.text.slice(0, 5)) &&
          !key.text.startsWith(t.text.slice(0, 5)) &&
          !fitsNeighbours(t.text, neighbours(tokens, best), pairs),
      )
      .slice(0, 3)
      .map((t) => t.text);
    out.push({
      family: 'cloze',
      type: 'multiple-choice',
      prompt: `Fill in the blank: ${blankOut(sentence.normalized, best.start, best.end)}`,
      key: best.text,
      truth: true,
      distractors,
      sentences: [i],
      answer: `term:${best.text}`,
      answerType: 'term',
      numeric: false,
      forbidden: [best.text],
      explanation: explainWith(analysis, [i], `The missing word is "${best.text}".`),
      score: 1.2,
      difficulty: 0.55,
    });
  });
  return out;
}
