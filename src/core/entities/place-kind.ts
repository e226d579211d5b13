import {
  CITIES,
  CONTINENTS,
  COUNTRIES,
  COUNTRY_ALIASES,
  MINOR_COUNTRIES,
  REGIONS,
  US_STATES,
} from '../lexicon/place-words.ts';

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
