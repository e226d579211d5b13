import type { Analysis, NamedEntity } from '../analyze/analysis-types.ts';
import { CITY_COUNTRIES } from '../lexicon/land-markers.ts';
import { articleRegion, isCountryOrPeople, regionOfName } from './name-setting.ts';
import { placeKindOf } from './place-kind-of.ts';

/*
 * Which lands, towns and places stand too far from a blank's to be offered for it: another
 * continent, or another kind of place.
 */

/**
 * The part of the world a blank is set in: that of another country or people its sentence names
 * ("from Kazakhstan and _____"), else the article's.
 */
export function settingRegion(
  analysis: Analysis,
  key: NamedEntity,
  sentence: number | undefined,
): string | undefined {
  const beside = (sentence === undefined ? [] : (analysis.mentions[sentence] ?? []))
    .filter((m) => m.entity !== key.id)
    .map((m) => analysis.entities.get(m.entity))
    .filter((e): e is NamedEntity => e !== undefined && isCountryOrPeople(e))
    .map((e) => regionOfName(e.name))
    .find((r) => r !== undefined);
  return beside ?? articleRegion(analysis);
}

/** The continent a region lies in, its last word ("south asia" → "asia"). */
export const continentOf = (region: string | undefined): string | undefined =>
  region?.split(' ').at(-1);

/** The continent of a well-known city ("Jaipur" → asia), or undefined. */
const cityContinent = (name: string): string | undefined => {
  const country = CITY_COUNTRIES[name.toLowerCase()];
  return country === undefined ? undefined : continentOf(regionOfName(country));
};

/** "Maharaja Jai Singh II of _____" (Jaipur): no city of another continent is offered for a city. */
export function citiesApart(key: NamedEntity, other: NamedEntity): boolean {
  if (key.type !== 'place' || other.type !== 'place') return false;
  const [a, b] = [cityContinent(key.name), cityContinent(other.name)];
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * The continent a country blank is set in, when its sentence names other lands, all of that
 * continent, or the blank follows a place's name and "in", and the article is set there too;
 * undefined otherwise.
 */
export function homeContinent(
  analysis: Analysis,
  key: NamedEntity,
  region: string | undefined,
  sentence: number | undefined,
  placedIn: boolean,
): string | undefined {
  const own = continentOf(regionOfName(key.name) ?? region);
  // "across the Ethiopian highlands": a people's word naming land is placed as the land is.
  const placeable = key.type === 'place' || (key.type === 'group' && placedIn);
  if (!placeable || own === undefined || sentence === undefined) return undefined;
  if (continentOf(articleRegion(analysis)) !== own) return undefined;
  const others = (analysis.mentions[sentence] ?? [])
    .map((m) => analysis.entities.get(m.entity))
    .filter((e): e is NamedEntity => e !== undefined && e.id !== key.id && isCountryOrPeople(e));
  const alike = others.every((e) => continentOf(regionOfName(e.name)) === own);
  return alike && (others.length > 0 || placedIn) ? own : undefined;
}

const NATURAL_KINDS: ReadonlySet<string> = new Set(['water', 'land']);

/**
 * "in the _____ of the Punjab" (Salt Range): a range, a river or a lake takes no town, country or
 * region as an option, nor the other way round.
 */
export function naturalClash(analysis: Analysis, key: NamedEntity, other: NamedEntity): boolean {
  const [a, b] = [placeKindOf(analysis, key), placeKindOf(analysis, other)];
  return a !== null && b !== null && a !== b && (NATURAL_KINDS.has(a) || NATURAL_KINDS.has(b));
}
