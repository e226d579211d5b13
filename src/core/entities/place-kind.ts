import {
  CITIES,
  CONTINENTS,
  COUNTRIES,
  COUNTRY_ALIASES,
  MINOR_COUNTRIES,
  PLACE_HEADS,
  PLACE_KIND_WORDS,
  REGIONS,
  RIVERS,
  THE_COUNTRY_ENDINGS,
  US_STATES,
} from '../lexicon/place-words.ts';

const lowerSet = (words: readonly string[]): Set<string> =>
  new Set(words.map((w) => w.toLowerCase()));
const COUNTRY_SET = lowerSet([...COUNTRIES, ...MINOR_COUNTRIES]);
const CITY_SET = lowerSet(CITIES);
const REGION_SET = lowerSet(REGIONS);
const RIVER_SET = lowerSet(RIVERS);
const CONTINENT_SET = lowerSet(CONTINENTS);
const STATE_SET = lowerSet(US_STATES);

/** True for the name of a US state. */
export function isUsState(name: string): boolean {
  return STATE_SET.has(name.toLowerCase());
}

/**
 * The kind of place a name is, from the bundled lists ("country", "city", "region", "river"), or
 * null. A name that is both a country and a US state ("Georgia") is the state among `nearby` US
 * states.
 */
export function placeKind(name: string, nearby: readonly string[] = []): string | null {
  const lower = name.toLowerCase().replace(/^the /, '');
  if (STATE_SET.has(lower) && nearby.some((w) => w.toLowerCase() !== lower && isUsState(w)))
    return 'state';
  if (COUNTRY_SET.has(lower) || lower in COUNTRY_ALIASES) return 'country';
  // "the Americas": both continents of the west together.
  if (CONTINENT_SET.has(lower) || lower === 'americas') return 'continent';
  if (STATE_SET.has(lower)) return 'state';
  if (CITY_SET.has(lower)) return 'city';
  if (REGION_SET.has(lower)) return 'region';
  if (RIVER_SET.has(lower)) return 'river';
  return null;
}

/** "the United States", "the Netherlands": a country's name that takes "the". */
const THE_COUNTRY = new RegExp(`\\b(?:${THE_COUNTRY_ENDINGS.join('|')})$`);

/** "Democratic Republic of the Congo", "Kingdom of Tonga": a state named as a kind of state. */
const STATE_OF = /\b(?:Republic|Kingdom|Union|Federation|Commonwealth|Principality|Duchy) of\b/;

/** True for a place's name that takes "the": "the United States", "the Holy Roman Empire". */
export function takesThe(name: string): boolean {
  const head = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return (
    THE_COUNTRY.test(name) || STATE_OF.test(name) || (/\s/.test(name) && PLACE_HEADS.has(head))
  );
}

/** Kinds of place that are areas one may be in or come from, not things built on them. */
const AREA_KINDS: ReadonlySet<string> = new Set(['settlement', 'region', 'land', 'water']);

/** The kind of area a word names ("town" → "settlement", "island" → "land"), or null. */
export function areaKindOf(word: string): string | null {
  const kind = PLACE_KIND_WORDS[word];
  return kind !== undefined && AREA_KINDS.has(kind) ? kind : null;
}

/**
 * ", Chile's second-oldest city,", ", a market town in Kent", ", a city of about 700,000": an
 * appositive headed by a word for a town, which says the name before it is a town's. The word must
 * head the phrase: ", a town councillor" describes a person.
 */
const TOWN_APPOSITIVE =
  /^, (?:a|an|the|\p{Lu}[\p{L}.]*['’]s) (?:[\p{L}-]+ ){0,2}?(?:city|town|village|port|capital|municipality)(?=[,.;]|$| (?:of|on|in|near|with|that|which|where|whose)\b)/u;

/** True when the text right after a name (from its comma on) says the name is a town's. */
export const townAppositive = (after: string): boolean => TOWN_APPOSITIVE.test(after);
