import type { Analysis } from '../analyze/analysis-types.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import { NON_NAME_WORDS } from '../lexicon/common-words.ts';
import { CURRENCY_WORDS } from '../lexicon/number-words.ts';
import {
  CHANGE_NOUNS,
  GENERAL_NOUNS,
  MEASURE_NOUNS,
  NOUN_SORTS,
  NOUN_SYNONYMS,
  NOUNS_OF_SORT,
  WIDE_NOUNS,
} from '../lexicon/term-words.ts';
import { GENERIC_DOERS, GENERIC_EVENTS, GENERIC_SUBJECTS } from '../lexicon/clause-words.ts';
import { listedAs, namesSomeone, pastForm } from '../nlp/word-sorts.ts';
import { entryTitle } from '../distractors/entry-title.ts';
import type { Candidate } from './candidate.ts';
import { blankOut, explainWith, isUsableSentence, standsAlone } from './sentence-tools.ts';

interface Term {
  text: string;
  plural: boolean;
  count: number;
}

/**
 * "migrations", "warning", "archaeology", "resistance": endings of nouns for acts, states and
 * fields, which name no thing one could put in a thing's place.
 */
const ABSTRACT = /(?:tions?|sions?|ments?|ances?|ences?|ity|ities|isms?|ness|ships?|logy|ics|ing)$/;

/** "everything", "someone": words that stand for any thing or person, no term of the article. */
const INDEFINITE = /^(?:every|some|any|no)(?:thing|one|body|where)$/;

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
    !NON_NAME_WORDS.has(t.normal) &&
    // "female cones": a word the dictionary gives as a describing word is no term, nor
    // "cooking", which names a doing.
    !listedAs(t.normal, 'Adjective') &&
    !listedAs(t.normal, 'Gerund')
  );
}

/** Endings of describing words ("bony", "military", "coastal", "volcanic"). */
const DESCRIBING_ENDING = /(?:[^e]y|ous|al|ic|ful|less|ive|ary)$/;

/**
 * "bony lobes … a fully bony spine": a word with a describing ending that only ever stands right
 * before a noun describes it, whatever the tagger calls it.
 */
function describesOnly(sentence: readonly Token[], k: number): boolean {
  const t = sentence[k] as Token;
  const next = sentence[k + 1];
  return (
    DESCRIBING_ENDING.test(t.normal) &&
    next !== undefined &&
    next.tags.has('Noun') &&
    !/[,;.:]/.test(t.post)
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
  const standing = new Set<string>();
  for (const sentence of analysis.tokens) {
    for (const [k, t] of sentence.entries()) {
      if (!isTermToken(t) || speciesEpithet(sentence, k)) continue;
      const term = terms.get(t.text) ?? { text: t.text, plural: t.tags.has('Plural'), count: 0 };
      term.count += 1;
      terms.set(t.text, term);
      if (!describesOnly(sentence, k)) standing.add(t.text);
    }
  }
  for (const k of terms.keys()) if (!standing.has(k)) terms.delete(k);
  // "marriage rights", "co-adoption rights": the tagger may take a term for a verb after a noun;
  // such a use still counts, once the word is a term elsewhere.
  for (const sentence of analysis.tokens)
    for (const t of sentence) {
      const term = terms.get(t.text);
      if (term && !isTermToken(t) && t.tags.has('Verb') && /^[a-z]/.test(t.text)) term.count += 1;
    }
  for (const [k, v] of terms) if (v.count < 2 || pastForm(k)) terms.delete(k);
  for (const k of verbReadings(analysis, terms)) terms.delete(k);
  return terms;
}

/** Words that open a noun phrase: after a word in -s, they show it to be a verb ("shows a rider"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
]);

/**
 * "a figurine … shows a rider", "sculpture … shows riders with": a word in -s the tagger took for a
 * plural noun, which at least half the time stands right before the object of a verb.
 */
function verbReadings(analysis: Analysis, terms: ReadonlyMap<string, Term>): string[] {
  const uses = new Map<string, [number, number]>();
  for (const sentence of analysis.tokens)
    sentence.forEach((t, k) => {
      if (!terms.get(t.text)?.plural) return;
      const [before, total] = uses.get(t.text) ?? [0, 0];
      const object = OBJECT_OPENERS.has(sentence[k + 1]?.normal ?? '') && !/[,;.:]/.test(t.post);
      uses.set(t.text, [before + Number(object), total + 1]);
    });
  return [...uses].filter(([, [before, total]]) => before * 2 >= total).map(([w]) => w);
}

/**
 * True inside a quotation ("Today I finally go _____ with both."): the words someone chose to say
 * are theirs, not terms of the article.
 */
function insideQuote(text: string, at: number): boolean {
  return (text.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 1;
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

/** "The hoatzin is a tropical bird of South America": the noun an entry opens by calling it. */
const KIND_IN_LEAD =
  /^[^,.;]*? (?:is|was|are|were) (?:an?|the) (?:[\p{Ll}-]+ ){0,3}?(\p{Ll}+)(?= (?:of|in|from|that|which|native|found|known)\b|[,.])/u;

/**
 * The words that name what an entry is about, singular: the last word of its title ("koala",
 * "reef" of "Great Barrier Reef") and the noun its opening sentence calls it ("bird"); none for an
 * article that is no entry.
 */
function entryHeads(analysis: Analysis): string[] {
  const title = entryTitle(analysis);
  if (title === '') return [];
  const lead = (analysis.segmented.sentences[0]?.normalized ?? '').replace(/\s*\([^)]*\)/g, '');
  const kind = KIND_IN_LEAD.exec(lead)?.[1];
  return [singular(title.split(/\s+/).at(-1) ?? ''), ...(kind ? [singular(kind)] : [])];
}

const singular = (word: string): string => word.replace(/(?<=(?:s|x|ch|sh))es$|(?<!s)s$/, '');

/** True for a word that names what the entry is about: "The _____ is found in …" under "Koala". */
function namesEntry(word: string, heads: readonly string[]): boolean {
  return heads.includes(singular(word));
}

/** "The _____ will cut about 720 jobs": a word that stands for whoever was named before. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(GENERIC_SUBJECTS);

/** Words for an event or an amount that could stand in for almost any: "move", "decision". */
const GENERIC_EVENT_WORDS: ReadonlySet<string> = new Set(GENERIC_EVENTS);

/** Generic words for a doer: "the company", "the team", "the minister". */
const DOER_WORDS: ReadonlySet<string> = new Set(GENERIC_DOERS);

/**
 * "The _____ cut its harvest forecast" (company): the sentence's subject, a word for whoever was
 * named before, asks nothing the article tells.
 */
function standsForSubject(text: string, t: Token): boolean {
  return DOER_WORDS.has(t.normal) && /^The $/.test(text.slice(0, t.start));
}

/** A term that is no good key: an everyday noun, or a word someone is quoted saying. */
function weakKey(text: string, t: Token): boolean {
  return GENERAL_NOUNS.has(t.normal) || insideQuote(text, t.start);
}

/** A noun for an act, a state, a field or a change ("migrations", "resistance", "rise"). */
const abstract = (word: string): boolean => ABSTRACT.test(word) || CHANGE_NOUNS.has(word);

/** "in front of", "on behalf of", "in addition to": a noun inside a phrase that works as a preposition. */
const FIXED_PHRASE = /\b(?:in|on|by) $/;
const FIXED_PHRASE_END = /^ (?:of|to)\b/;

/** True for a noun that a fixed phrase holds ("passed in _____ of it" can only be "front"). */
function heldByPhrase(text: string, t: Token): boolean {
  return FIXED_PHRASE.test(text.slice(0, t.start)) && FIXED_PHRASE_END.test(text.slice(t.end));
}

/**
 * True for a term that is never offered for the key, even when nothing better is left: a word for
 * people beside a thing ("physicist" beside "pitchblende"), a currency beside anything else ("the
 * weakness of the _____", naira), an everyday noun of another sort ("year" for "rain"), or one that
 * means the same ("aircraft" for "plane").
 */
function otherKind(term: string, key: string): boolean {
  const [termSort, keySort] = [sortOf(term), sortOf(key)];
  const same = synonymsOf(key);
  return (
    (same !== undefined && same === synonymsOf(term)) ||
    namesSomeone(term) !== namesSomeone(key) ||
    CURRENCY_WORDS.has(term) !== CURRENCY_WORDS.has(key) ||
    (termSort !== keySort && termSort !== undefined && keySort !== undefined)
  );
}

/** The singular-or-bare forms under which a word is looked up, remembered: sorting asks often. */
const lookUpForms = new Map<string, string[]>();

/** An everyday noun's entry in a table of nouns, read through its singular ("planes"). */
function lookUp(table: Readonly<Record<string, string>>, word: string): string | undefined {
  let forms = lookUpForms.get(word);
  if (forms === undefined) {
    const lower = word.toLowerCase();
    forms = [lower, singular(lower), lower.replace(/ies$/, 'y')];
    // A long-running server meets ever more words; the memory stays bounded all the same.
    if (lookUpForms.size >= 20_000) lookUpForms.clear();
    lookUpForms.set(word, forms);
  }
  for (const form of forms) {
    const found = table[form];
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The sort of an everyday noun ("rain" weather, "planes" vehicle), or undefined. */
const sortOf = (word: string): string | undefined => lookUp(NOUN_SORTS, word);
/** The words meaning the same as an everyday noun ("plane|aircraft|…"), or undefined. */
const synonymsOf = (word: string): string | undefined => lookUp(NOUN_SYNONYMS, word);

/**
 * True for a term that does not belong beside the key: an everyday noun, one of another kind, or
 * one of another sort ("females" beside "migrations").
 */
function otherSort(term: string, key: string): boolean {
  return (
    GENERAL_NOUNS.has(term) ||
    MEASURE_NOUNS.has(term) ||
    otherKind(term, key) ||
    sortOf(term) !== sortOf(key) ||
    abstract(term) !== abstract(key) ||
    // "reduce _____ loss" (water): a mass noun takes mass nouns, not "genome" or "genus".
    listedAs(term, 'Uncountable') !== listedAs(key, 'Uncountable')
  );
}

/** How well a term sits beside the key: 0 of its sort, 1 of another, 2 a unit ("years"). */
function fit(term: string, key: string): number {
  if (MEASURE_NOUNS.has(term)) return 2;
  return otherSort(term, key) ? 1 : 0;
}

/** Every word of the article, lower case, singular too ("fires" also as "fire"). */
function articleWords(analysis: Analysis): Set<string> {
  const words = new Set<string>();
  for (const sentence of analysis.tokens)
    for (const t of sentence) {
      words.add(t.normal);
      words.add(singular(t.normal));
    }
  return words;
}

/**
 * Everyday nouns of a singular key's sort that the article never uses, in any word of the same
 * meaning ("blaze" where it tells of a fire), nor mean the same as the key: the other options of a
 * blank whose article has too few terms of its sort.
 */
function nounsOfSort(key: Term, words: ReadonlySet<string>): Term[] {
  const sort = sortOf(key.text);
  if (sort === undefined || key.plural) return [];
  const same = synonymsOf(key.text);
  return (NOUNS_OF_SORT[sort] ?? [])
    .filter(
      (w) => synonymsOf(w) !== same && !(synonymsOf(w) ?? w).split('|').some((v) => words.has(v)),
    )
    .map((w) => ({ text: w, plural: false, count: 0 }));
}

/**
 * Fill-in-the-blank on a key term, the fallback for sentences without names or numbers. The other
 * options are key terms of the same number (plural with plural) from elsewhere in the article, of
 * the key's sort first. A blank on an everyday or quoted word, or with options of another sort,
 * is kept only for a quiz that has nothing better.
 */
export function termCloze(analysis: Analysis): Candidate[] {
  const terms = keyTerms(analysis);
  const ranked = [...terms.values()].sort(
    (a, b) => b.count - a.count || a.text.localeCompare(b.text),
  );
  const out: Candidate[] = [];
  const entry = entryHeads(analysis);
  const context = {
    terms,
    ranked,
    pairs: wordPairs(analysis),
    entry,
    words: articleWords(analysis),
  };
  analysis.segmented.sentences.forEach((sentence, i) => {
    if (!isUsableSentence(sentence.normalized, 55) || !standsAlone(analysis, i)) return;
    const text = sentence.normalized;
    const count = (t: Token): number => terms.get(t.text)?.count ?? 0;
    const keys = (analysis.tokens[i] ?? [])
      .filter(
        (t) =>
          !namesEntry(t.normal, entry) &&
          !MEASURE_NOUNS.has(t.normal) &&
          !heldByPhrase(text, t) &&
          !standsForSubject(text, t),
      )
      // "Large-_____ construction": a blank in part of a hyphened word reads wrong; so does one
      // after a genus ("P. _____").
      .filter(
        (t) =>
          terms.has(t.text) &&
          !t.tags.has('Hyphenated') &&
          !/\b[A-Z]\.\s$/.test(text.slice(0, t.start)),
      )
      .sort((a, b) => Number(weakKey(text, a)) - Number(weakKey(text, b)) || count(a) - count(b));
    // Two keys a sentence, so that one whose answer another question takes leaves the other.
    const distinct = keys.filter((t, k) => keys.findIndex((u) => u.text === t.text) === k);
    // The second is kept for a quiz that has nothing better.
    distinct.slice(0, 2).forEach((key, k) => {
      const blank = termBlank(analysis, i, key, context);
      out.push(k === 0 ? blank : { ...blank, score: Math.min(blank.score, 0.3) });
    });
  });
  return out;
}

/** The blank on one term of sentence `i`; its options are the article's terms, of its sort first. */
function termBlank(
  analysis: Analysis,
  i: number,
  best: Token,
  context: {
    terms: Map<string, Term>;
    ranked: readonly Term[];
    pairs: Set<string>;
    entry: readonly string[];
    words: ReadonlySet<string>;
  },
): Candidate {
  const tokens = analysis.tokens[i] ?? [];
  const text = analysis.segmented.sentences[i]?.normalized ?? '';
  const key = context.terms.get(best.text) as Term;
  const inSentence = new Set(tokens.map((t) => t.text));
  const offered = context.ranked.filter(
    (t) =>
      t.plural === key.plural &&
      // "wild _____" under "Pangolin": the entry's own name fits any blank about it.
      !namesEntry(t.text, context.entry) &&
      t.text !== key.text &&
      // "This _____ recognises that …" (bill): "move" or "decision" would stand in for anything.
      !GENERIC_EVENT_WORDS.has(t.text) &&
      !inSentence.has(t.text) &&
      !t.text.startsWith(key.text.slice(0, 5)) &&
      !key.text.startsWith(t.text.slice(0, 5)) &&
      !fitsNeighbours(t.text, neighbours(tokens, best), context.pairs),
  );
  // Each term's fit is worked out once, not at every comparison of the sort.
  const fits = new Map(offered.map((t) => [t.text, fit(t.text, key.text)]));
  const fitOf = (t: Term): number => fits.get(t.text) ?? 1;
  offered.sort((a, b) => fitOf(a) - fitOf(b));
  // "stems and _____ of vines" (roots): two terms of the key's sort make a fair question without a
  // third of another sort ("success").
  const sameSort = offered.filter((t) => fitOf(t) === 0);
  // "The _____ happened at about 4:20 a.m." (blast): too few of its sort in the article, everyday
  // nouns of the sort that the article never uses stand beside it (collapse, crash).
  const sorted = sameSort.length < 2 ? [...sameSort, ...nounsOfSort(key, context.words)] : sameSort;
  // Failing that, still none of another kind.
  const chosen = (
    sorted.length >= 2 ? sorted : offered.filter((t) => !otherKind(t.text, key.text))
  ).slice(0, 3);
  const weak =
    weakKey(text, best) ||
    GENERIC_WORDS.has(best.normal) ||
    chosen.some((t) => otherSort(t.text, key.text));
  return {
    family: 'cloze',
    type: 'multiple-choice',
    prompt: `Fill in the blank: ${blankOut(text, best.start, best.end)}`,
    key: best.text,
    truth: true,
    distractors: chosen.map((t) => t.text),
    sentences: [i],
    answer: `term:${best.text}`,
    answerType: 'term',
    numeric: false,
    forbidden: [best.text],
    explanation: explainWith(analysis, [i], `The missing word is "${best.text}".`),
    score: weak ? 0.3 : 1.2,
    difficulty: 0.55,
  };
}
