import { CITY_COUNTRIES, DYNASTY_LANDS, LANDFORM_CONTINENTS } from '../lexicon/land-markers.ts';
import { continentOfRegion, landOf, regionOfName } from '../distractors/name-setting.ts';
import type { Analysis, NameMention, NamedEntity } from '../analyze/analysis-types.ts';

const alternatives = (keys: readonly string[]): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|');

const LANDFORM = new RegExp(`\\b(${alternatives(Object.keys(LANDFORM_CONTINENTS))})\\b`, 'gi');

const DYNASTY = new RegExp(
  `\\b(${alternatives(Object.keys(DYNASTY_LANDS))}) (?:dynasty|dynasties|period|era|shogunate|court)\\b`,
  'gi',
);

/** The lower-case words of every capitalized match of a pattern's first group. */
function namesMatched(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)]
    .map((m) => m[1] as string)
    .filter((name) => /^\p{Lu}/u.test(name))
    .map((name) => name.toLowerCase().replace(/\s+/g, ' '));
}

/** The other names of the blank's sentence. */
const namesBeside = (analysis: Analysis, mention: NameMention): NameMention[] =>
  (analysis.mentions[mention.sentence] ?? []).filter((m) => m !== mention);

/** True when another name in the sentence, a country or a people's word, lies in the continent. */
function continentNamedBeside(analysis: Analysis, mention: NameMention, key: string): boolean {
  return namesBeside(analysis, mention).some((m) => {
    const region = regionOfName(m.text);
    return region !== undefined && continentOfRegion(region) === key;
  });
}

/**
 * Whether the rest of the sentence already says which land a blank holds: a city of the country
 * ("envoys to Cairo … the submission of _____") or the country of the city in the blank, a
 * country or a people of the continent ("Slovenia's parliament … rules in _____"), a range or
 * river within it ("the Andes … western _____"), or a dynasty of the country ("paper existed in
 * _____ … during the Western Han dynasty").
 */
export function landGivenAway(
  analysis: Analysis,
  mention: NameMention,
  entity: NamedEntity,
): boolean {
  const sentence = analysis.segmented.sentences[mention.sentence]?.normalized ?? '';
  const rest = sentence.slice(0, mention.start) + sentence.slice(mention.end);
  if (entity.subtype === 'continent') {
    const key = mention.text.toLowerCase();
    if (continentNamedBeside(analysis, mention, key)) return true;
    return namesMatched(LANDFORM, rest).some((name) => LANDFORM_CONTINENTS[name] === key);
  }
  // "envoys to _____ demanding the submission of Egypt": the country of the city in the blank.
  const cityOf = CITY_COUNTRIES[entity.name.toLowerCase()];
  if (cityOf !== undefined)
    return namesBeside(analysis, mention).some(
      (m) => (analysis.entities.get(m.entity)?.name ?? m.text) === cityOf,
    );
  if (entity.subtype !== 'country' && entity.type !== 'group') return false;
  const land = landOf(mention.text);
  // "envoys to Cairo demanding the submission of _____", "_____ troops entered Cairo".
  const country = entity.type === 'group' ? land : entity.name;
  if (namesBeside(analysis, mention).some((m) => CITY_COUNTRIES[m.text.toLowerCase()] === country))
    return true;
  return namesMatched(DYNASTY, rest).some((name) => DYNASTY_LANDS[name]?.includes(land));
}
