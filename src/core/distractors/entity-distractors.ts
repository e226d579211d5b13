import {
  CONTINENTS,
  COUNTRIES,
  COUNTRIES_WITHIN,
  COUNTRY_ALIASES,
  COUNTRY_REGIONS,
  MINOR_COUNTRIES,
  PLACE_KIND_WORDS,
  FORMER_REALMS,
  POLITY_WORDS,
  US_STATES,
  WATER_KINDS,
  WORLD_REGIONS,
} from '../lexicon/place-words.ts';
import {
  CITY_PEOPLES,
  DIVINE_FIGURES,
  LESSER_NATIONALITIES,
  NATIONALITIES,
  PEOPLE_WITHIN,
} from '../lexicon/nationality-words.ts';
import {
  ORGANIZATION_CUE_KINDS,
  ORGANIZATION_KIND_WORDS,
  PARTY_NAMES,
} from '../lexicon/organization-words.ts';
import { MONTHS, WEEKDAYS } from '../lexicon/common-words.ts';
import { latestYear } from './number-distractors.ts';
import { entryTitle, titleNameOf } from './entry-title.ts';
import { kinSex } from '../entities/kin-sex.ts';
import { headWordKind, landFormOf, placeKindOf } from './place-kind-of.ts';
import {
  citiesApart,
  continentOf,
  homeContinent,
  naturalClash,
  settingRegion,
} from './lands-apart.ts';
import {
  articleRegion,
  isCountryOrPeople,
  namedIn,
  ofAnotherAge,
  pastRealm,
  peopleWithin,
  regionOfName,
  sentenceYear,
} from './name-setting.ts';
import type { Analysis, NameMention, NamedEntity } from '../analyze/analysis-types.ts';

/** How the key is written, so the distractors are written the same way. */
export type NameForm = 'full' | 'short';

/**
 * How a mention names its entity: a person's surname alone ("Kerry") or the full name; null for a
 * partial form that other options could not copy ("John").
 */
export function nameForm(mention: NameMention, entity: NamedEntity): NameForm | null {
  if (entity.type !== 'person') return 'full';
  if (mention.text === entity.short && entity.short !== entity.name) return 'short';
  return mention.text === entity.name ? 'full' : null;
}

/** The first year of a decade's name ("1530s" → 1530), or NaN. */
const decadeOf = (name: string): number => Number(/^(\d{3,4})0s$/.exec(name)?.[1] ?? NaN) * 10;

/** The decades around one, nearest first ("1530s" → 1520s, 1540s, 1510s, …). */
function nearbyDecades(name: string): string[] {
  const start = decadeOf(name);
  if (Number.isNaN(start)) return [];
  return [-10, 10, -20, 20, -30, 30].map((d) => `${start + d}s`);
}

const capitalise = (w: string): string => w.replace(/(^|\s)\S/g, (c) => c.toUpperCase());

/**
 * The bundled names a key may fall back on. Countries and peoples less often in the news come in
 * only for a part of the world with too few better-known ones ("Tuvalu" → Samoa, Tonga, Palau).
 */
function fallbackPool(
  entity: NamedEntity,
  latest: number,
  region: string | undefined,
): readonly string[] {
  if (entity.type === 'place' && entity.subtype === 'country') return worldPool('country', region);
  // "native to … tropical _____": no one lives in Antarctica, and little grows there.
  if (entity.type === 'place' && entity.subtype === 'continent')
    return CONTINENTS.filter((c) => c !== 'Antarctica');
  if (entity.type === 'place' && entity.subtype === 'state') return US_STATES;
  if (
    entity.type === 'group' &&
    entity.subtype === 'nationality' &&
    entity.name.toLowerCase() in NATIONALITIES
  )
    return worldPool(peopleKind(entity.name), region);
  if (entity.type === 'date' && entity.subtype === 'decade') return nearbyDecades(entity.name);
  if (entity.type === 'date' && entity.subtype === 'weekday') return WEEKDAYS;
  if (entity.type === 'date' && entity.subtype === 'month') return MONTHS;
  if (entity.type === 'date' && entity.subtype === 'month-year') return otherMonths(entity, latest);
  if (entity.type === 'date' && (entity.subtype === 'month-day' || entity.subtype === 'full-date'))
    return otherDays(entity.name);
  return [];
}

/**
 * "June 12" → "June 5", "June 19" …; "22 September 1828" → "15 September 1828" …: other days of
 * the key's month a week or two away, written the same way, none past the 28th.
 */
function otherDays(name: string): string[] {
  const dayFirst = /^(\d{1,2}) (\p{L}+)((?:,? \d{4})?)$/u.exec(name);
  const monthFirst = /^(\p{L}+) (\d{1,2})((?:, \d{4})?)$/u.exec(name);
  const [day, month, year] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3]]
    : monthFirst
      ? [monthFirst[2], monthFirst[1], monthFirst[3]]
      : [];
  if (day === undefined || month === undefined || !MONTHS.includes(month)) return [];
  const d = Number(day);
  return [d - 14, d - 7, d + 7, d + 14]
    .filter((x) => x >= 1 && x <= 28)
    .map((x) => (dayFirst ? `${x} ${month}${year ?? ''}` : `${month} ${x}${year ?? ''}`));
}

const worldPools = new Map<string, readonly string[]>();

/**
 * The sort of people a word names: of a city ("Genoese"), of a whole part of the world ("African",
 * "Middle Eastern"), or of a nation. Each is offered only for its own sort.
 */
function peopleKind(word: string): 'city' | 'broad' | 'people' {
  const lower = word.toLowerCase();
  if (CITY_PEOPLES.has(lower)) return 'city';
  return regionOfName(lower) === undefined ? 'broad' : 'people';
}

/** The bundled countries, or peoples of one sort, for a region; made once for each. */
function worldPool(
  kind: 'country' | 'people' | 'city' | 'broad',
  region: string | undefined,
): readonly string[] {
  const id = `${kind}|${region ?? ''}`;
  const known = worldPools.get(id);
  if (known) return known;
  const ownRegion = (name: string): boolean =>
    region !== undefined && regionOfName(name) === region;
  const thin = (names: readonly string[]): boolean => names.filter(ownRegion).length < 4;
  let pool: readonly string[];
  if (kind === 'country')
    pool = thin(COUNTRIES) ? [...COUNTRIES, ...MINOR_COUNTRIES.filter(ownRegion)] : COUNTRIES;
  else {
    const nations = Object.keys(NATIONALITIES).filter(
      (word) => !(word in LESSER_NATIONALITIES) && peopleKind(word) === kind,
    );
    const lesser = thin(nations) ? Object.keys(LESSER_NATIONALITIES).filter(ownRegion) : [];
    pool = [...nations, ...lesser].map(capitalise);
  }
  worldPools.set(id, pool);
  return pool;
}

/**
 * "November 2018" → "July 2018", "September 2018" …: the other months of the key's year, but none
 * after it in the latest year the article gives, which may still lie ahead.
 */
function otherMonths(entity: NamedEntity, latest: number): string[] {
  const [month, year] = entity.name.split(' ') as [string, string];
  const at = MONTHS.indexOf(month);
  if (at < 0 || !/^\d{4}$/.test(year)) return [];
  return MONTHS.filter((m, k) => m !== month && (Number(year) < latest || k < at)).map(
    (m) => `${m} ${year}`,
  );
}

/** Kinds of places that are features, not areas: rivers, mountains, bridges, roads, parks. */
const FEATURE_KINDS: ReadonlySet<string> = new Set([
  'water',
  'land',
  'structure',
  'street',
  'route',
  'park',
]);

const isGeneric = (e: NamedEntity): boolean => e.subtype === undefined || e.subtype === 'other';

/**
 * Places of one subtype, or of no listed subtype, go together, but never two of different known
 * kinds ("Friendship Bridge" is no option for "Entre Ríos Province"). A place of no listed subtype
 * also takes places of its own kind ("Aldmark Province" beside the state "Ontario"), or towns when
 * its kind is unknown, but no feature, and a feature named with its kind takes no place of unknown
 * kind.
 */
function samePlace(analysis: Analysis, key: NamedEntity, other: NamedEntity): boolean {
  const [a, b] = [placeKindOf(analysis, key), placeKindOf(analysis, other)];
  if (a !== null && b !== null && a !== b) return false;
  // "the neighbouring volcanoes Koryaksky and _____": no valley or range beside a volcano.
  if (a === 'land' && b === 'land') {
    const [p, q] = [landFormOf(analysis, key), landFormOf(analysis, other)];
    if (p !== null && q !== null && p !== q) return false;
  }
  // "the North Sea": no river or lake beside a sea.
  const [x, y] = [waterKindOf(key), waterKindOf(other)];
  if (a === 'water' && x !== null && y !== null && x !== y) return false;
  // "a river of South Asia": no province beside a part of a continent, nor the other way round.
  if (partOfContinent(key) !== partOfContinent(other)) return false;
  // "the Middle Kingdom", "Macedon": a realm of the past takes only realms, and no realm stands
  // beside a modern state or a town ("a tomb near Changsha").
  if (realm(analysis, key) !== realm(analysis, other)) return false;
  // "Vesuvius National Park", "Maritime Silk Road", "the island of Ezo": a key named or called a
  // feature of its kind takes only places of that kind, not "Pompeii", "Dunhuang" or "Kyoto". A
  // province may stand beside a place of unknown kind, which is often a province or a town.
  if (b === null && FEATURE_KINDS.has(a ?? '')) return false;
  // The other way round: "Gloucester Road", "City Hall" or "Roman Empire" is no option for "Bristol".
  if (a === null && (FEATURE_KINDS.has(b ?? '') || b === 'country')) return false;
  if (key.subtype === other.subtype || (isGeneric(key) && isGeneric(other))) return true;
  // A place of unknown kind is most often a town, so towns suit it ("Santa Fe" beside "Paraná").
  return isGeneric(key) && (a === null ? b === 'settlement' : a === b);
}

/** "the kingdom of Aksum", "the empire of Mali": a realm of the past called one before its name. */
const REALM_BEFORE =
  /\b(?:kingdom|empire|caliphate|sultanate|khanate|shogunate|duchy|principality) (?:of )?$/i;

/** "South Asia", "West Africa", "the Middle East": a part of a continent, named as one. */
function partOfContinent(e: NamedEntity): boolean {
  return (
    (/\b(?:Asia|Africa|Europe|America|East)$/.test(e.name) && /\s/.test(e.name)) ||
    WORLD_REGIONS.has(e.name)
  );
}

/**
 * True for a realm of the past named with its kind ("Middle Kingdom", "Songhai Empire", "Duchy of
 * Normandy") or called one ("the kingdom of Aksum"), not a state of today ("United Kingdom").
 */
function realm(analysis: Analysis, e: NamedEntity): boolean {
  const known = realms.get(e);
  if (known !== undefined) return known;
  const found = realmByWords(analysis, e);
  realms.set(e, found);
  return found;
}

/** Whether each place is a realm, worked out once: every pair of places asks it again. */
const realms = new WeakMap<NamedEntity, boolean>();

/** The realm test itself, on the entity's name and the words before its mentions. */
function realmByWords(analysis: Analysis, e: NamedEntity): boolean {
  if (e.subtype === 'country') return false;
  if (FORMER_REALMS.has(e.name.toLowerCase())) return true;
  const named = e.name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => POLITY_WORDS.has(w));
  const sentence = (m: NameMention): string =>
    analysis.segmented.sentences[m.sentence]?.normalized ?? '';
  // "a prince of the Northern Yan state", but not "Washington state", a state of today.
  const today = e.subtype === 'state' || e.subtype === 'region';
  return (
    named ||
    e.mentions.some(
      (m) =>
        REALM_BEFORE.test(sentence(m).slice(Math.max(0, m.start - 20), m.start)) ||
        (!today && REALM_AFTER.test(sentence(m).slice(m.end))),
    )
  );
}

/** "the Northern Yan state": a realm of the past called one after its name. */
const REALM_AFTER = /^ (?:state|kingdom|empire|caliphate|sultanate|khanate|realm)\b/;

/** "sea", "ocean", "river" or "lake", from a river's subtype or the name's words; null when unclear. */
function waterKindOf(e: NamedEntity): string | null {
  return e.subtype === 'river' ? 'river' : headWordKind(e.name, WATER_KINDS);
}

function sameKind(analysis: Analysis, a: NamedEntity, b: NamedEntity): boolean {
  if (a.type !== b.type || a.id === b.id) return false;
  if (a.type === 'place') return samePlace(analysis, a, b);
  // "the biotechnology company _____": no hospital, charity or union of nations beside a firm.
  if (a.type === 'organization') {
    const [x, y] = [organizationKindOf(analysis, a), organizationKindOf(analysis, b)];
    // "the Conservative group": a party takes only parties, whose names are of their own kind.
    // "won the Africa Futsal Cup": a contest takes only contests, never the body that runs one.
    if (x === 'party' || y === 'party' || x === 'event' || y === 'event') return x === y;
    return x === null || y === null || x === y;
  }
  // "the Spanish conquest of the 1530s": no decade more than two generations away.
  if (a.type === 'date' && a.subtype === 'decade')
    return b.subtype === 'decade' && Math.abs(decadeOf(a.name) - decadeOf(b.name)) <= 60;
  if (a.type === 'date' || a.type === 'group') return a.subtype === b.subtype;
  return true;
}

/** "Normans" and "Vikings" (people) go together; "Frankish" and "English" (adjectives) too. */
function sameGroupForm(a: string, b: string): boolean {
  const plural = (w: string): boolean => /[^s]s$/.test(w);
  return plural(a) === plural(b);
}

/**
 * "Mongolian" beside "Mongol": two words for one country's people are one answer. So are "English"
 * and "British", or "Austrian" and "European": one people is part of the other.
 */
export function samePeople(a: string, b: string): boolean {
  const country = NATIONALITIES[a];
  if (country !== undefined && country === NATIONALITIES[b]) return true;
  return within(a, b) || within(b, a);
}

/**
 * True for what an encyclopedia entry is about ("Sahara", "Sahara Desert" under the title
 * "Sahara"; "Kilimanjaro" under "Mount Kilimanjaro"; "Charles Robert Darwin" under "Charles
 * Darwin"; "Mali" under "Mali Empire"): never a wrong option in its own article, and no answer
 * there either, as the title gives it.
 */
export function isEntrySubject(analysis: Analysis, e: NamedEntity): boolean {
  const title = entryTitle(analysis);
  const name = e.name.toLowerCase().replace(/^the /, '');
  if (e.type === 'person' && rulerOfTitle(analysis, name)) return true;
  if (title === '') return false;
  // "Charles Robert Darwin" under "Charles Darwin": every word of the title in the name.
  const words = new Set(name.split(/\s+/));
  const named = e.type === 'person' && title.split(' ').every((w) => words.has(w));
  // "Mali" under "Mali Empire", "Indus" under "Indus River", "Neuschwanstein" under
  // "Neuschwanstein Castle": the title without its word for a state or a kind of place.
  const head = title.slice(title.lastIndexOf(' ') + 1);
  const kind = POLITY_WORDS.has(head) || Object.hasOwn(PLACE_KIND_WORDS, head);
  const bare = kind && title.slice(0, title.lastIndexOf(' ')) === name;
  return (
    named || bare || name === title || title.endsWith(` ${name}`) || name.startsWith(`${title} `)
  );
}

/**
 * "Nzinga Mbande" under "Nzinga of Ndongo and Matamba": a title that names a ruler by the first
 * word of their name and the lands they held, however many.
 */
function rulerOfTitle(analysis: Analysis, name: string): boolean {
  const title = analysis.segmented.title?.text.toLowerCase() ?? '';
  const ruler = /^(\p{L}+) of \p{L}/u.exec(title)?.[1];
  return ruler !== undefined && name.split(/\s+/)[0] === ruler;
}

/** Words of a name that say nothing of whose it is ("van", "de", "al"). */
const NAME_PARTICLES = /^(?:van|von|der|den|de|del|la|le|al|el|bin|ibn|da|di|du)$/;

/** The words of the title that are a person's surname, or their one name. */
function titleWordsBorne(titleWords: ReadonlySet<string>, e: NamedEntity): string[] {
  // A shared given name says little ("Johann Christoph" under "Johann Sebastian Bach").
  const words = e.name.toLowerCase().split(/\s+/);
  return words
    .slice(words.length > 1 ? 1 : 0)
    .filter((w) => w.length >= 3 && !NAME_PARTICLES.test(w) && titleWords.has(w));
}

const titledSurnames = new WeakMap<Analysis, number>();

/**
 * True for a person who shares a surname with the entry's title: "Alexander Mackenzie" under
 * "Mackenzie River", "Vincenzo Galilei" under "Galileo Galilei". The title points to them among
 * the other people of the article, unless it names two ("Burke and Wills expedition"): then it
 * does not say which of them did what.
 */
function surnameInTitle(analysis: Analysis, e: NamedEntity): boolean {
  const titleWords = new Set(entryTitle(analysis).split(/\s+/));
  if (e.type !== 'person' || titleWords.has('')) return false;
  if (titleWordsBorne(titleWords, e).length === 0) return false;
  let count = titledSurnames.get(analysis);
  if (count === undefined) {
    const people = [...analysis.entities.values()].filter((p) => p.type === 'person');
    count = new Set(people.flatMap((p) => titleWordsBorne(titleWords, p))).size;
    titledSurnames.set(analysis, count);
  }
  return count === 1;
}

/**
 * True when the entry's title answers a question whose answer is `e`: it is what the entry is
 * about, or a person who shares its surname.
 */
export function titleAnswers(analysis: Analysis, e: NamedEntity): boolean {
  return isEntrySubject(analysis, e) || surnameInTitle(analysis, e);
}

/** "England" beside "Britain": one country is part of the other, so both are right. */
function nested(a: string, b: string): boolean {
  const country = (name: string): string => (COUNTRY_ALIASES[name] ?? name).toLowerCase();
  const [x, y] = [country(a), country(b)];
  return COUNTRIES_WITHIN[x]?.toLowerCase() === y || COUNTRIES_WITHIN[y]?.toLowerCase() === x;
}

const DEATH_WORDS = /\b(?:died|dies|death|buried|killed)\b/;
const BIRTH_WORDS = /\b(?:born|birth)\b/;

/**
 * "died there on _____": a date the article gives for a birth is no option for a death, nor the
 * other way round.
 */
function otherEndOfLife(analysis: Analysis, sentence: number, e: NamedEntity): boolean {
  const text = (i: number): string => analysis.segmented.sentences[i]?.normalized ?? '';
  const own = text(sentence);
  const [death, birth] = [DEATH_WORDS.test(own), BIRTH_WORDS.test(own)];
  if (death === birth) return false;
  const other = death ? BIRTH_WORDS : DEATH_WORDS;
  return e.mentions.length > 0 && e.mentions.every((m) => other.test(text(m.sentence)));
}

/** True for a people of South or Central America or the Caribbean ("Peruvian"). */
function ofLatinAmerica(people: string): boolean {
  const country = NATIONALITIES[people.toLowerCase()];
  const region = country === undefined ? undefined : COUNTRY_REGIONS[country];
  return region !== undefined && /(?:south|central) america|caribbean/.test(region);
}

/** True when people `a` are part of people `b`: by the lexicon, or by a continent's countries. */
function within(a: string, b: string): boolean {
  if (PEOPLE_WITHIN[a] === b) return true;
  const country = NATIONALITIES[a];
  const continent = NATIONALITIES[b]?.toLowerCase();
  const region = country === undefined ? undefined : COUNTRY_REGIONS[country];
  return (
    region !== undefined &&
    continent !== undefined &&
    (region === continent || region.endsWith(` ${continent}`))
  );
}

function surface(analysis: Analysis, entity: NamedEntity, form: NameForm): string {
  return form === 'short' ? entity.short : (titleNameOf(analysis, entity) ?? entity.name);
}

/**
 * "Fresno" beside "City of Fresno", "Oxford" beside "University of Oxford": a name inside the
 * key's name, or around it, is partly the key.
 */
function nestedName(option: string, key: NamedEntity): boolean {
  if (key.type !== 'place' && key.type !== 'organization') return false;
  const padded = ` ${option.toLowerCase()} `;
  return [...key.aliases].some((a) => padded.includes(` ${a} `) || ` ${a} `.includes(padded));
}

/**
 * "Anne Isabella" beside "Anne Isabella Milbanke": a person named by words of the key's name. "Ross"
 * beside "Tubman", born Araminta Ross: a surname the key also bore.
 */
function partOfPersonKey(option: string, key: NamedEntity): boolean {
  if (key.type !== 'person') return false;
  const keyWords = new Set(key.name.toLowerCase().split(/\s+/));
  const words = option.toLowerCase().split(/\s+/);
  if (words.length > 1) return words.every((w) => keyWords.has(w));
  const surnames = [...key.aliases].map((a) => a.split(/\s+/)).filter((a) => a.length > 1);
  return surnames.some((a) => a.at(-1) === words[0]);
}

/**
 * "Abdul Kadir" beside "Abdul Kadir Rahman": two person options, one of them all words of the
 * other's name, may well be one person.
 */
function withinOtherName(a: string, b: string): boolean {
  const [short, long] = [a, b]
    .map((n) => n.toLowerCase().split(/\s+/))
    .sort((x, y) => x.length - y.length) as [string[], string[]];
  return short.length > 1 && short.length < long.length && short.every((w) => long.includes(w));
}

/**
 * "Askia Muhammad" beside "Muhammad Ture": one name's first word is the other's last, as when a
 * title or an epithet stands before the name one time and a surname after it another.
 */
function crossedName(a: string, b: string): boolean {
  const [x, y] = [a, b].map((n) => n.toLowerCase().split(/\s+/)) as [string[], string[]];
  if (x.length < 2 || y.length < 2) return false;
  return x[0] === y.at(-1) || x.at(-1) === y[0];
}

/** Options that the key's own aliases or the stem rule out. */
function clashes(option: string, key: NamedEntity, avoid: readonly string[]): boolean {
  const lower = option.toLowerCase();
  if (key.aliases.has(lower) || nestedName(option, key) || partOfPersonKey(option, key))
    return true;
  return avoid.some((a) => a === lower);
}

/**
 * Chooses same-type distractors for a named key: entities of the same kind from the article first
 * (those in `prefer` first of all, then by closeness of length to the key), then a bundled list for
 * places, nationalities and dates. Never an alias of the key, never another type.
 */
export function entityDistractors(
  analysis: Analysis,
  key: NamedEntity,
  options: {
    form: NameForm;
    count: number;
    keyText: string;
    avoid?: readonly string[];
    prefer?: ReadonlySet<string>;
    /** What an option must be to read right in the stem ("the _____" takes "United Kingdom"). */
    fits?: ((text: string) => boolean) | undefined;
    /** The sentence the key stands in, whose year rules out peoples and states not yet named. */
    sentence?: number;
    /** The key's sex where the stem shows it ("_____, 44, and her son"): nobody of the other. */
    sex?: string | null;
    /** The key stands right after a place's name and "in" ("Gombe Stream National Park in _____"). */
    placedIn?: boolean;
    seed: number;
  },
): string[] {
  const avoid = options.avoid ?? [];
  // "Australian navigators in 1503", "the Czech Republic in 1947": no such people or state yet.
  // The year is trusted only when the key itself fits it ("Venezuela's electricity" after 1498).
  const placeable = isCountryOrPeople(key);
  const year =
    placeable && options.sentence !== undefined
      ? sentenceYear(analysis, options.sentence)
      : undefined;
  const dated = year !== undefined && namedIn(key.name, year);
  // "European", "East African": a people of a whole part of the world takes no region's options.
  const own = regionOfName(key.name);
  const broad = key.type === 'group' && own === undefined;
  const region = placeable && !broad ? (own ?? articleRegion(analysis)) : undefined;
  const shared = key.type === 'person' ? surnamesOfOthers(analysis) : new Set<string>();
  const holds = key.type === 'place' ? placesWithin(analysis) : new Map<string, Set<string>>();
  // "buried at Yeongneung in _____, Gyeonggi Province": a place of no known kind is a town or a
  // site, never answered by a country or a continent.
  const siteKey = key.type === 'place' && placeKindOf(analysis, key) === null;
  // "Zeng's protégé Jesus Christ": a figure of faith is no option for anyone else.
  const faithKey = DIVINE_FIGURES.has(key.name.toLowerCase());
  // "divided among Tanzania, Burundi and _____": a land listed among lands of one continent, in an
  // article set there, takes no land of another from the article (Germany, named for a war).
  const home = placeable
    ? homeContinent(analysis, key, region, options.sentence, options.placedIn === true)
    : undefined;
  const fromArticle = [...analysis.entities.values()]
    .filter(
      (e) =>
        sameKind(analysis, key, e) &&
        !holds.get(key.id)?.has(e.id) &&
        !holds.get(e.id)?.has(key.id) &&
        !(e.type === 'place' && isEntrySubject(analysis, e)) &&
        !(siteKey && (e.subtype === 'country' || e.subtype === 'continent')) &&
        !(key.type === 'place' && naturalClash(analysis, key, e)) &&
        !(
          home !== undefined &&
          isCountryOrPeople(e) &&
          continentOf(regionOfName(e.name)) !== home
        ) &&
        !citiesApart(key, e) &&
        !(
          key.type === 'person' &&
          options.sentence !== undefined &&
          ofAnotherAge(analysis, options.sentence, e)
        ) &&
        !(key.type === 'person' && e.aliases.has(key.short.toLowerCase())) &&
        !(
          key.type === 'date' &&
          options.sentence !== undefined &&
          otherEndOfLife(analysis, options.sentence, e)
        ) &&
        (faithKey || !DIVINE_FIGURES.has(e.name.toLowerCase())) &&
        !(options.sex && (likelySex(analysis, e) ?? options.sex) !== options.sex) &&
        // "Curie" beside Pierre and Marie Curie could be either of them, the key too.
        !shared.has(e.name.toLowerCase()),
    )
    .map((e) => ({
      e,
      distance:
        rank(e, options) +
        genderGap(analysis, key, e) +
        shapeGap(key, e) +
        kindGap(analysis, key, e),
    }))
    .sort((a, b) => a.distance - b.distance)
    .map(({ e }) => e);
  const picked: string[] = [];
  const seen = new Set<string>([options.keyText.toLowerCase()]);
  const add = (text: string): void => {
    const lower = text.toLowerCase();
    if (picked.length >= options.count || seen.has(lower) || clashes(text, key, avoid)) return;
    if (options.fits && !options.fits(text)) return;
    if (key.type === 'group' && !sameGroupForm(text, options.keyText)) return;
    // "_____, Persian and Berber communities" (Arab): no Syrians, who are Arabs too.
    if (
      key.type === 'group' &&
      (peopleWithin(options.keyText, text) || peopleWithin(text, options.keyText))
    )
      return;
    if (dated && !namedIn(text, year)) return;
    // "Nepali" and "Nepalese" are one people: neither is offered beside the other or the key.
    if ([options.keyText, ...picked].some((p) => samePeople(lower, p.toLowerCase()))) return;
    // "Peruvian villages": "American" may mean the Americas, which hold Peru.
    if (lower === 'american' && key.type === 'group' && ofLatinAmerica(options.keyText)) return;
    if (key.type === 'place' && nested(lower, options.keyText.toLowerCase())) return;
    if (
      key.type === 'person' &&
      [options.keyText, ...picked].some((p) => withinOtherName(p, text) || crossedName(p, text))
    )
      return;
    seen.add(lower);
    picked.push(text);
  };
  for (const e of fromArticle) add(surface(analysis, e, options.form));
  if (picked.length < options.count) {
    const pool = fallbackPool(key, latestYear(analysis.quantities), region);
    const start = pool.length ? (options.seed * 7 + key.name.length) % pool.length : 0;
    // A country's or a people's own region first ("India" → Pakistan, Nepal), then the region the
    // article is set in ("Russia" in a Kyrgyz entry → Uzbekistan before Bosnia), better-known
    // names before lesser ones, then names of a like length.
    const setting = placeable ? settingRegion(analysis, key, options.sentence) : undefined;
    const gap = (other: string | undefined): number =>
      other !== undefined && other === setting
        ? Math.min(25, regionGap(region, other))
        : regionGap(region, other);
    const gaps = new Map(
      pool.map((o) => [
        o,
        gap(regionOfName(o)) +
          (lesserName(o) ? 20 : 0) +
          Math.abs(o.length - options.keyText.length),
      ]),
    );
    const byLength = [...pool.slice(start), ...pool.slice(0, start)].sort(
      (a, b) => (gaps.get(a) ?? 0) - (gaps.get(b) ?? 0),
    );
    for (const text of options.fits ? byLength : byLength.slice(0, 12)) {
      if (picked.length >= options.count) break;
      // A bundled "Norman" or "Soviet" only where the sentence is dated to its realm's time.
      if (!dated && pastRealm(text)) continue;
      add(text);
    }
  }
  return picked;
}

/** A country or a people less often in the news ("Kiribati", "Togolese"). */
function lesserName(name: string): boolean {
  return MINOR_COUNTRY_SET.has(name) || name.toLowerCase() in LESSER_NATIONALITIES;
}

const MINOR_COUNTRY_SET: ReadonlySet<string> = new Set(MINOR_COUNTRIES);

/**
 * How far apart two parts of the world stand for a last-resort country or people: none within one
 * ("east asia"), some within one continent ("east asia" and "south asia"), most across continents.
 */
function regionGap(key: string | undefined, other: string | undefined): number {
  if (key === undefined || key === other) return 0;
  return continentOf(key) === continentOf(other) ? 50 : 100;
}

const withinSets = new WeakMap<Analysis, Map<string, Set<string>>>();

/**
 * The places the article puts inside others ("the walled city of Shahjahanabad in Delhi"), by the
 * id of the place that holds them: a district is no wrong option for its city. Worked out once per
 * article.
 */
function placesWithin(analysis: Analysis): Map<string, Set<string>> {
  const known = withinSets.get(analysis);
  if (known) return known;
  const holds = new Map<string, Set<string>>();
  withinSets.set(analysis, holds);
  analysis.mentions.forEach((mentions, i) => {
    const sentence = analysis.segmented.sentences[i]?.normalized ?? '';
    const places = mentions.filter((m) => m.type === 'place');
    places.forEach((inner, k) => {
      const outer = places[k + 1];
      if (!outer || !/^,? in $/.test(sentence.slice(inner.end, outer.start))) return;
      holds.set(outer.entity, (holds.get(outer.entity) ?? new Set()).add(inner.entity));
    });
  });
  return holds;
}

const surnameSets = new WeakMap<Analysis, Set<string>>();

/** The surnames of the article's people named in full, as a one-word person could stand for them. */
export function surnamesOfOthers(analysis: Analysis): Set<string> {
  const known = surnameSets.get(analysis);
  if (known) return known;
  const out = new Set<string>();
  // Worked out once per article, not once per question.
  surnameSets.set(analysis, out);
  for (const e of analysis.entities.values())
    if (e.type === 'person' && /\s/.test(e.name)) out.add(e.short.toLowerCase());
  return out;
}

/** "female", "male" or null, from the tagger's first-name lists. */
const genders = new WeakMap<NamedEntity, string | null>();

export function genderOf(analysis: Analysis, entity: NamedEntity): string | null {
  if (entity.type !== 'person') return null;
  const known = genders.get(entity);
  if (known !== undefined) return known;
  // The first full mention decides; one look per entity keeps this linear in the article.
  const m = entity.mentions.find((x) => x.text === entity.name) ?? entity.mentions[0];
  const first = m
    ? (analysis.tokens[m.sentence] ?? []).find((t) => t.start === m.start)
    : undefined;
  const gender = first?.tags.has('FemaleName')
    ? 'female'
    : first?.tags.has('MaleName')
      ? 'male'
      : kinSexOf(analysis, entity);
  genders.set(entity, gender);
  return gender;
}

/**
 * The sex the article tells, else the one a surname's ending suggests: enough to keep a man out
 * of the options for a spokeswoman, not to read a pronoun by.
 */
function likelySex(analysis: Analysis, entity: NamedEntity): string | null {
  if (entity.type !== 'person') return null;
  return genderOf(analysis, entity) ?? surnameSex(entity.name);
}

/**
 * "Leyla Huseynova", "Elnur Gasimov": a Slavic or Turkic surname's ending says the sex of a
 * person with a given name ("-ova", "-eva" a woman's, "-ov", "-ev" a man's).
 */
function surnameSex(name: string): string | null {
  const words = name.split(' ');
  if (words.length < 2) return null;
  const last = words.at(-1) as string;
  if (/\p{Ll}(?:ova|eva|yeva|skaya|ovna|evna)$/u.test(last)) return 'female';
  return /\p{Ll}(?:ov|ev|yev|skiy|sky|ovich|evich)$/u.test(last) ? 'male' : null;
}

/** "his mother Nandi", "Nandi, a daughter of a chief": the sex a word for kin beside a name says. */
function kinSexOf(analysis: Analysis, entity: NamedEntity): string | null {
  for (const m of entity.mentions) {
    const text = analysis.segmented.sentences[m.sentence]?.normalized ?? '';
    const sex = kinSex(text.slice(0, m.start), text.slice(m.end));
    if (sex !== null) return sex;
  }
  return null;
}

/** The kind of an organization from its name ("academic", "media", …), or null when unclear. */
export function organizationKind(name: string): string | null {
  const lower = name.toLowerCase().replace(/^the /, '');
  if (PARTY_NAMES.has(lower)) return 'party';
  const whole = ORGANIZATION_KIND_WORDS[lower];
  if (whole) return whole;
  // "Ministry of Energy and Mines", "Bank of China": the head before "of" says the kind first.
  const [head = '', ...topic] = lower.split(' of ');
  const words = (text: string): string[] =>
    text
      .split(/[\s.,]+/)
      .filter(Boolean)
      .reverse();
  for (const word of [...words(head), ...words(topic.join(' of '))]) {
    const kind = ORGANIZATION_KIND_WORDS[word];
    if (kind) return kind;
  }
  return null;
}

const kinds = new WeakMap<NamedEntity, string | null>();

const organizationKindOf = (analysis: Analysis, e: NamedEntity): string | null => {
  if (!kinds.has(e)) kinds.set(e, organizationKind(e.name) ?? cuedKind(analysis, e));
  return kinds.get(e) ?? null;
};

/** The one kind the nouns right before an organization's mentions give ("the company X"), or null. */
function cuedKind(analysis: Analysis, e: NamedEntity): string | null {
  const found = new Set<string>();
  for (const m of e.mentions) {
    const before = analysis.segmented.sentences[m.sentence]?.normalized.slice(0, m.start) ?? '';
    const noun = /\b([a-z]+) $/.exec(before)?.[1];
    const kind = noun === undefined ? undefined : ORGANIZATION_CUE_KINDS[noun];
    if (kind) found.add(kind);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/**
 * An organization or place of the key's kind is offered first, one of another known kind last.
 * For a place of no known kind ("Santa Fe"), places named with a kind ("Rio Paraná") come after
 * those named without.
 */
function kindGap(analysis: Analysis, key: NamedEntity, other: NamedEntity): number {
  if (key.type !== 'organization' && key.type !== 'place') return 0;
  const kindOf = (e: NamedEntity): string | null =>
    key.type === 'place' ? placeKindOf(analysis, e) : organizationKindOf(analysis, e);
  const [a, b] = [kindOf(key), kindOf(other)];
  if (key.type === 'place' && a === null && b !== null) return 20;
  if (a === null || b === null) return 0;
  return a === b ? -10 : 20;
}

/** Someone of the other sex is offered last: "her research" must not give the key away. */
function genderGap(analysis: Analysis, key: NamedEntity, other: NamedEntity): number {
  const [a, b] = [likelySex(analysis, key), likelySex(analysis, other)];
  return a !== null && b !== null && a !== b ? 50 : 0;
}

/**
 * "Tony Freeth" beside "Archimedes": a person known by one name belongs to another age or world
 * than one with a given name and a surname, so options of the key's shape come first.
 */
function shapeGap(key: NamedEntity, other: NamedEntity): number {
  if (key.type !== 'person') return 0;
  const single = (name: string): boolean => !/\s/.test(name.trim());
  return single(key.name) === single(other.name) ? 0 : 15;
}

function rank(e: NamedEntity, options: { keyText: string; prefer?: ReadonlySet<string> }): number {
  const preferred = options.prefer?.has(e.id) ? -100 : 0;
  return (
    preferred -
    Math.min(e.mentions.length, 5) * 2 +
    Math.abs(e.name.length - options.keyText.length) / 4
  );
}
