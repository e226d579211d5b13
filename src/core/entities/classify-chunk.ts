import { KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS } from '../lexicon/organization-words.ts';
import {
  CITIES,
  CONTINENTS,
  COUNTRIES,
  COUNTRY_ALIASES,
  MINOR_COUNTRIES,
  REGIONS,
  US_STATES,
} from '../lexicon/place-words.ts';
import { COMMON_ACRONYMS, THING_HEADS, WORK_NOUNS } from '../lexicon/thing-words.ts';
import { GROUP_NOUNS, NATIONALITIES } from '../lexicon/nationality-words.ts';
import { ROLE_HEADS, ROLE_NOUNS } from '../lexicon/role-words.ts';
import { SPEECH_VERBS } from '../lexicon/speech-verbs.ts';
import type { EntityType } from '../types.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { splitRole } from './split-role.ts';

/** A name chunk typed, with any role or title in front of the name split off. */
export interface TypedName {
  type: EntityType;
  subtype?: string;
  start: number;
  end: number;
  text: string;
  /** "U.S. Secretary of State" in "U.S. Secretary of State John Kerry". */
  role: { start: number; end: number; text: string } | null;
}

const lowerSet = (words: readonly string[]): Set<string> =>
  new Set(words.map((w) => w.toLowerCase()));
const COUNTRY_SET = lowerSet([...COUNTRIES, ...MINOR_COUNTRIES]);
const CITY_SET = lowerSet(CITIES);
const REGION_SET = lowerSet(REGIONS);
const CONTINENT_SET = lowerSet(CONTINENTS);
const STATE_SET = lowerSet(US_STATES);

/** The kind of place a name is, from the bundled lists ("country", "city", "region"), or null. */
export function placeKind(name: string): string | null {
  const lower = name.toLowerCase().replace(/^the /, '');
  if (COUNTRY_SET.has(lower) || lower in COUNTRY_ALIASES) return 'country';
  if (CONTINENT_SET.has(lower)) return 'continent';
  if (STATE_SET.has(lower)) return 'state';
  if (CITY_SET.has(lower)) return 'city';
  if (REGION_SET.has(lower)) return 'region';
  return null;
}

const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'latin',
  'northern',
  'southern',
  'eastern',
  'western',
]);

function typeOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
  hasRole: boolean,
): { type: EntityType; subtype?: string } | null {
  const words = tokens.slice(from, to);
  const last = (words[words.length - 1] as Token).normal.replace(/['’]s$/, '');
  const lower = text.toLowerCase();
  const place = placeKind(text);
  // "James Webb space telescope", "Marine One helicopter": the name labels a thing.
  const after = tokens.slice(to, to + 2).filter((t) => /^[a-z]/.test(t.text));
  const first = (words[0] as Token).normal;
  const namesAThing =
    THING_HEADS.has(last) ||
    (THING_HEADS.has(first) && words[1]?.normal === 'of') ||
    (!/[,;.]/.test((words.at(-1) as Token).post) && after.some((t) => THING_HEADS.has(t.normal)));
  if (COMMON_ACRONYMS.has(lower.replace(/\.$/, '').replace(/\./g, '')) || (!place && namesAThing))
    return null;
  if (hasRole) return { type: 'person' };
  // "Republican Senate Majority Leader", "Republican Representatives": a title, not a name.
  const singular = last.replace(/s$/, '');
  if (!place && (ROLE_NOUNS.has(last) || ROLE_NOUNS.has(singular))) return null;
  // "Ending Clergy Abuse": a name that opens with a verb in -ing names a group's cause.
  if (words.length >= 2 && /^[a-z]{3,}ing$/.test(first) && !isPersonTagged(words[0] as Token))
    return { type: 'organization' };
  // "Company" alone is a word, not a name.
  if (words.length === 1 && ORGANIZATION_HEADS.has(last)) return null;
  // "the Amazon rainforest": a place that shares its name with a firm, named with what it is.
  if (place && namesAThing) return { type: 'place', subtype: place };
  if (KNOWN_ORGANIZATIONS.has(lower) || ORGANIZATION_HEADS.has(last))
    return { type: 'organization' };
  if (place) return { type: 'place', subtype: place };
  if (words.length === 1 && (lower in NATIONALITIES || GROUP_NOUNS.has(lower)))
    return { type: 'group', subtype: 'nationality' };
  // "the South American group Mercosur": a nationality with a compass word is not a name.
  if (last in NATIONALITIES && words.slice(0, -1).every((w) => COMPASS.has(w.normal))) return null;
  if (/^[A-Z][A-Z&]{1,6}$/.test(text) || /^(?:[A-Z]\.){2,}$/.test(text))
    return { type: 'organization' };
  // "Ian Smith's government": a first name and a surname the tagger took for a firm.
  const firstNamed = (words[0] as Token).tags.has('FirstName') && words.length <= 3;
  if (firstNamed && !words.some((w) => ORGANIZATION_HEADS.has(w.normal) || w.normal === 'of'))
    return { type: 'person' };
  if (words.some((w) => w.tags.has('Organization'))) return { type: 'organization' };
  // "Brightwater Bakeries", "Fenwick Rovers": a name ending in a plural noun is a firm or a team.
  const lastWord = words[words.length - 1] as Token;
  const pluralLooking =
    lastWord.tags.has('Plural') || /[a-z](?:ies|ers|ics)$|[a-z]{3}[^aiosu]s$/.test(lastWord.text);
  const personTagged = ['Person', 'LastName', 'FirstName'].some((t) => lastWord.tags.has(t));
  if (words.length >= 2 && pluralLooking && !personTagged) return { type: 'organization' };
  // "Fall of Grace": a person's name has no "of" in it, but for "William of Ockham".
  const personWords =
    !words.some((w) => w.normal === 'of') ||
    (words.length === 3 && words[1]?.normal === 'of' && isPersonTagged(words[0] as Token));
  if (
    personWords &&
    words.some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName'))
  )
    return { type: 'person' };
  if (words.every((w) => w.tags.has('Place'))) return { type: 'place', subtype: 'other' };
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^[A-Z][\p{Ll}'’-]+$/u.test(w.text)) &&
    personCue(tokens, from, to)
  )
    return { type: 'person' };
  return null;
}

const CUE_BEFORE = new Set([
  'by',
  'said',
  'says',
  'told',
  'according',
  'wrote',
  'added',
  'explained',
]);

/** Context that marks an unknown two-word name as a person: "led by …", "said …", "…, a …", "… said". */
function personCue(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const after = tokens[to];
  const last = tokens[to - 1] as Token;
  if (
    before &&
    (CUE_BEFORE.has(before.normal) ||
      ROLE_NOUNS.has(before.normal) ||
      ROLE_NOUNS.has(before.normal.replace(/s$/, '')))
  )
    return true;
  if (after && (SPEECH_VERBS.has(after.normal) || after.normal === 'who')) return true;
  return (
    /,/.test(last.post) && after !== undefined && ['a', 'an', 'the', 'who'].includes(after.normal)
  );
}

const isPersonTagged = (t: Token): boolean =>
  ['Person', 'FirstName', 'LastName'].some((tag) => t.tags.has(tag)) && !t.tags.has('Honorific');

/** True when ", <US state>" follows the name ("Santa Clara, California"). */
function placeFollows(tokens: readonly Token[], to: number): boolean {
  const last = tokens[to - 1] as Token;
  const next = tokens[to];
  const kind = next ? placeKind(next.text.replace(/[.,;]$/, '')) : null;
  return /^,\s*$/.test(last.post) && kind === 'state';
}

/**
 * True for a one-word name used as a modifier ("the Gallo-Romance language"), which is not a
 * person's name unless the article names that person in full elsewhere.
 */
function modifiesNoun(tokens: readonly Token[], to: number, text: string): boolean {
  const next = tokens[to];
  return (
    !/\s/.test(text) &&
    next !== undefined &&
    /^[a-z]/.test(next.text) &&
    next.tags.has('Noun') &&
    !next.tags.has('Verb') &&
    !/[,;.]/.test((tokens[to - 1] as Token).post)
  );
}

/** "Movement for Democratic Change (MDC)": the short form in brackets right after the name. */
function acronymAfter(chunk: NameChunk, sentence: string): string | null {
  return /^ \(([A-Z][A-Z&]{1,7})\)/.exec(sentence.slice(chunk.end))?.[1] ?? null;
}

/** True when the short form spells the initials of the name's capitalised words (or of all its words). */
export function spellsInitials(name: string, acronym: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const letters = acronym.replace(/&/g, '');
  const initials = (list: string[]): string =>
    list
      .map((w) => w[0] ?? '')
      .join('')
      .toUpperCase();
  return (
    initials(words.filter((w) => /^\p{Lu}/u.test(w))) === letters || initials(words) === letters
  );
}

/**
 * Types a name chunk as a person, organization, place or group, after splitting off a leading role.
 * Returns null when the chunk is not a name we can type safely.
 */
export function classifyChunk(
  tokens: readonly Token[],
  chunk: NameChunk,
  sentence: string,
  personWords: ReadonlySet<string> = new Set(),
): TypedName | null {
  const lead = tokens[chunk.from] as Token;
  // "London-Based Syrian Observatory…": "X-based" describes the name, it is not part of it.
  if (
    /-$/.test(lead.post) &&
    /^based$/i.test((tokens[chunk.from + 1] as Token | undefined)?.text ?? '') &&
    chunk.to - chunk.from > 2
  ) {
    const from = chunk.from + 2;
    return classifyChunk(
      tokens,
      {
        ...chunk,
        from,
        start: (tokens[from] as Token).start,
        text: sentence.slice((tokens[from] as Token).start, chunk.end),
      },
      sentence,
      personWords,
    );
  }
  // "his recent film, Fall of Grace": the name of a made work.
  const before = tokens[chunk.from - 1];
  if (before && WORK_NOUNS.has(before.normal)) return null;
  const acronym = acronymAfter(chunk, sentence);
  if (acronym && chunk.to - chunk.from > 1 && spellsInitials(chunk.text, acronym)) {
    const kind = placeKind(chunk.text);
    const typed = kind
      ? { type: 'place' as const, subtype: kind }
      : { type: 'organization' as const };
    return { ...typed, start: chunk.start, end: chunk.end, text: chunk.text, role: null };
  }
  if (
    tokens
      .slice(chunk.from, chunk.to)
      .every(
        (t) =>
          ROLE_HEADS.has(t.normal) ||
          t.normal in NATIONALITIES ||
          t.normal === 'of' ||
          t.normal === 'the',
      )
  ) {
    if (chunk.to - chunk.from > 1 || ROLE_NOUNS.has(lead.normal)) return null;
  }
  const own = tokens.slice(chunk.from, chunk.to);
  // "General Conference on Weights": an organization's name may open with a title word.
  const organizationNamed =
    ROLE_NOUNS.has(lead.normal) &&
    own[1]?.normal !== 'of' &&
    !ROLE_NOUNS.has((own.at(-1) as Token).normal) &&
    own.slice(1).some((t) => ORGANIZATION_HEADS.has(t.normal)) &&
    !own.some(isPersonTagged);
  const nameFrom = organizationNamed ? chunk.from : splitRole(tokens, chunk);
  const hasRole = nameFrom > chunk.from;
  // "Minister of Legislative Assembly": a title with no name after it.
  if ((tokens[nameFrom] as Token | undefined)?.normal === 'of') return null;
  const start = hasRole ? (tokens[nameFrom] as Token).start : chunk.start;
  const text = sentence.slice(start, chunk.end);
  if (!/[A-Za-z]{2}/.test(text)) return null;
  const single =
    chunk.to - nameFrom === 1 &&
    personWords.has(text.toLowerCase().replace(/^(?:al|el|ad|as)-/, ''));
  const typed = single
    ? { type: 'person' as const }
    : organizationNamed
      ? { type: 'organization' as const }
      : typeOf(tokens, nameFrom, chunk.to, text, hasRole);
  // "Roger, is the vessel engulfed?", "his wife Mary": a bare first name is no option beside full names.
  const word = tokens[nameFrom] as Token;
  const bareFirstName =
    chunk.to - nameFrom === 1 &&
    !single &&
    !hasRole &&
    word.tags.has('FirstName') &&
    !word.tags.has('LastName');
  if (typed?.type === 'person' && bareFirstName) return null;
  // "Santa Clara, California": a name followed by its state or country is a place.
  if (typed?.type === 'person' && !hasRole && placeFollows(tokens, chunk.to))
    return { type: 'place', subtype: 'city', start, end: chunk.end, text, role: null };
  if (!typed || (typed.type === 'person' && !single && modifiesNoun(tokens, chunk.to, text)))
    return null;
  // "Kimberly-Clark, which makes Kleenex": people take "who", firms "which".
  const which =
    tokens[chunk.to]?.normal === 'which' && /,/.test((tokens[chunk.to - 1] as Token).post);
  if (typed.type === 'person' && which && !single)
    return { type: 'organization', start, end: chunk.end, text, role: null };
  const roleText = hasRole ? sentence.slice(chunk.start, (tokens[nameFrom - 1] as Token).end) : '';
  const role = hasRole
    ? { start: chunk.start, end: chunk.start + roleText.length, text: roleText }
    : null;
  return { ...typed, start, end: chunk.end, text, role };
}
