import { SHIP_PREFIXES, THING_KIND_NOUNS, WORK_NOUNS } from '../lexicon/thing-words.ts';
import type { Token } from '../nlp/tag-sentences.ts';

const singular = (word: string): string => word.replace(/['’]s?$/, '').replace(/s$/, '');

/** A noun for a kind of thing ("mission", "spacecraft", "probes"), singular or plural. */
function isThingNoun(word: string): boolean {
  const bare = word.replace(/['’]s?$/, '');
  return [bare, singular(bare)].some((w) => THING_KIND_NOUNS.has(w) || WORK_NOUNS.has(w));
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the']);

/**
 * The words of a noun phrase set after a name and a comma ("a NASA mission" in "Europa Clipper,
 * a NASA mission launched in 2024"), up to a verb, a preposition or a break. The words before a
 * possessive are left out: "a ship's captain" is about the captain.
 */
function appositive(tokens: readonly Token[], to: number): Token[] {
  const opener = tokens[to];
  if (!opener || !APPOSITIVE_OPENERS.has(opener.normal) || !/,/.test(tokens[to - 1]?.post ?? ''))
    return [];
  let phrase: Token[] = [];
  for (const token of tokens.slice(to + 1, to + 7)) {
    if (['Verb', 'Preposition', 'Conjunction', 'Pronoun'].some((tag) => token.tags.has(tag))) break;
    phrase = token.tags.has('Possessive') ? [] : [...phrase, token];
    if (/[,;:.()]/.test(token.post)) break;
  }
  return phrase;
}

/**
 * "Great Red Spot, a giant storm south of …": a name that the phrase after it calls a thing. The
 * phrase's last noun decides: "Boeing, the aircraft maker" is no thing.
 */
function thingAppositive(tokens: readonly Token[], to: number): boolean {
  const head = appositive(tokens, to)
    .filter((t) => t.tags.has('Noun'))
    .at(-1);
  return head !== undefined && isThingNoun(head.normal);
}

/**
 * "Spacecraft such as Ulysses, Cassini and New Horizons", "the probe Galileo", "a machine, the
 * Analytical Engine": a name listed after,
 * or set right after, a word for a kind of thing.
 */
function listedAsThing(tokens: readonly Token[], name: number): boolean {
  // "work, al-Qanun al-Mas'udi": a particle glued to the name's first word belongs to the name.
  let from = name;
  while (
    from > 0 &&
    tokens[from - 1]?.post === '-' &&
    /^\p{Ll}{1,3}$/u.test(tokens[from - 1]?.text ?? '')
  )
    from -= 1;
  // "his first major book, The Remaining Traces of Past Centuries": a title restating the noun.
  const titled = tokens[from - 1]?.text === 'The' && /,\s$/.test(tokens[from - 2]?.post ?? '');
  if (titled && WORK_NOUNS.has(tokens[from - 2]?.normal ?? '')) return true;
  let k = from - 1;
  while (k >= 0 && /^(?:\p{Lu}|\d)/u.test((tokens[k] as Token).text)) k -= 1;
  while (k >= 0 && ['and', 'or'].includes((tokens[k] as Token).normal)) {
    k -= 1;
    while (k >= 0 && /^(?:\p{Lu}|\d)/u.test((tokens[k] as Token).text)) k -= 1;
  }
  const word = tokens[k]?.normal;
  // "a more ambitious machine, the Analytical Engine": the name restates the noun.
  const restated = word === 'the' && k === from - 1 && /,/.test(tokens[k - 1]?.post ?? '');
  const noun = restated
    ? tokens[k - 1]
    : word === 'as' && tokens[k - 1]?.normal === 'such'
      ? tokens[k - 2]
      : word === 'including' || word === 'like'
        ? tokens[k - 1]
        : k === from - 1
          ? tokens[k]
          : undefined;
  return noun !== undefined && isThingNoun(noun.normal);
}

/**
 * "his first book, The Remaining Traces of Past Centuries, known in English as The Chronology of
 * Ancient Nations": the other name of a name that is a thing's.
 */
function knownAsThing(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.text === 'The') k -= 1;
  if (tokens[k]?.normal !== 'as') return false;
  k -= 1;
  if (tokens[k - 1]?.normal === 'in') k -= 2;
  if (tokens[k]?.normal !== 'known' || !/,\s$/.test(tokens[k - 1]?.post ?? '')) return false;
  let start = k - 1;
  const inName = (t?: Token): boolean =>
    t !== undefined && (/^\p{Lu}/u.test(t.text) || ['of', 'the', 'and'].includes(t.text));
  while (start > 0 && inName(tokens[start - 1])) start -= 1;
  while (start < k - 1 && !/^\p{Lu}/u.test(tokens[start]?.text ?? '')) start += 1;
  if (tokens[start]?.text === 'The') start += 1;
  return start < k && listedAsThing(tokens, start);
}

/** "Slavonic Dances, Op. 46", "String Quartet No. 12": a work's name followed by its number. */
function numberedWork(tokens: readonly Token[], to: number): boolean {
  const mark = tokens[to];
  return (
    mark !== undefined &&
    /^(?:Op|No)\.?$/.test(mark.text) &&
    /\.$|^\./.test(mark.text + mark.post.trim()) &&
    /^\d/.test(tokens[to + 1]?.text ?? '')
  );
}

/**
 * True when the words around tokens `from` to `to` show that the name labels a thing (a craft, a
 * storm, a text), so it is neither a person nor an organization.
 */
export function namedAsThing(tokens: readonly Token[], from: number, to: number): boolean {
  return (
    thingAppositive(tokens, to) ||
    listedAsThing(tokens, from) ||
    numberedWork(tokens, to) ||
    knownAsThing(tokens, from)
  );
}

/** "the lander, named Hayate", "a probe called Rosetta": a kind of thing and the name given it. */
const NAMED_THING = new RegExp(
  String.raw`\b(\p{Ll}+),? (?:named|called|dubbed|nicknamed) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)`,
  'gu',
);

/** "the MV Dona Carmelita", "the PS Adelaide": a ship's prefix and the name after it. */
const SHIP_NAME = /\b([A-Z]{2,5}) (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)/gu;

/** "James Webb Space Telescope", "Hubble Space Telescope": a craft named after a person. */
const CRAFT_HEAD = String.raw`(?: Space)? (?:Telescope|Probe|Rover|Lander|Orbiter)\b`;
const NAMED_CRAFT = new RegExp(String.raw`(\p{Lu}[\p{Ll}'’-]+)${CRAFT_HEAD}`, 'gu');

/**
 * The surname a craft is named after ("Webb" of "James Webb Space Telescope"), when the article
 * names no one else with it: alone it then means the craft ("Webb's spectrograph").
 */
function craftSurnames(sentences: readonly string[]): string[] {
  const text = sentences.join(' ');
  const found = new Set([...text.matchAll(NAMED_CRAFT)].map((m) => m[1] as string));
  return [...found].filter((word) => {
    const named = new RegExp(String.raw`\p{Lu}[\p{Ll}.'’-]+ ${word}\b(?!${CRAFT_HEAD})`, 'u');
    return !named.test(text);
  });
}

/**
 * The names the article gives things ("the lander, named Hayate"; "Webb" of "James Webb Space
 * Telescope"; "Dona Carmelita" of "the MV Dona Carmelita"), so that no mention of them elsewhere
 * ("Hayate launched in 2026", "which operates Webb") is read as a person or an organization.
 */
export function thingNames(sentences: readonly string[]): Set<string> {
  const found = new Set<string>(craftSurnames(sentences));
  for (const sentence of sentences)
    for (const m of sentence.matchAll(SHIP_NAME))
      if (SHIP_PREFIXES.has((m[1] as string).toLowerCase())) found.add(m[2] as string);
  for (const sentence of sentences)
    for (const m of sentence.matchAll(NAMED_THING))
      if (isThingNoun(m[1] as string)) found.add(m[2] as string);
  return found;
}
