import { FATHER_WORDS, SURNAMES_FIRST } from '../lexicon/surnames.ts';
import { givenNameWord } from '../nlp/word-sorts.ts';
import {
  DROPPABLE_FIRM_OPENERS,
  DROPPABLE_FIRM_WORDS,
  ORGANIZATION_ALIASES,
  ORGANIZATION_HEADS,
} from '../lexicon/organization-words.ts';
import { COUNTRY_ALIASES } from '../lexicon/place-words.ts';
import { LANGUAGE_WORDS, NATIONALITIES } from '../lexicon/nationality-words.ts';
import { NAME_JOINERS, PAIRED_PARTICLES } from '../lexicon/common-words.ts';
import type { LocalSpan, NameMention, NamedEntity } from '../analyze/analysis-types.ts';
import { KNOWN_AS, type TypedName } from './classify-chunk.ts';
import { waterBodyKeys } from './water-body-keys.ts';
import { placeKind, townAppositive } from './place-kind.ts';

/** A typed name found in a sentence, before clustering. */
export interface RawName extends TypedName {
  sentence: number;
}

function canonical(name: RawName): string {
  const lower = name.text.toLowerCase().replace(/^the /, '');
  if (name.type === 'place') return (COUNTRY_ALIASES[lower] ?? name.text).toLowerCase();
  return lower;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^(?:al|el|ad|as|ibn|bin)-/, ''));
}

/**
 * The one fuller form of a full name ("Robert Mugabe" → "Robert Gabriel Mugabe", "Santa Anna" →
 * "Antonio López de Santa Anna"), or the name.
 */
function fullestPerson(name: string, fullNames: readonly string[]): string {
  const own = words(name);
  const fuller = fullNames.filter((n) => {
    const other = words(n);
    if (other.length <= own.length) return false;
    const sameEnds = other[0] === own[0] && other.at(-1) === own.at(-1);
    return sameEnds || other.slice(-own.length).join(' ') === own.join(' ');
  });
  return fuller.length === 1 ? (fuller[0] as string) : name;
}

/**
 * Finds the one longer person name a one-word mention stands for ("Kerry" → "John Kerry"). Where
 * several share it as a surname, the person the article opens with is the one meant: "Meitner" in
 * the entry on Lise Meitner, which also names her father Philipp Meitner.
 */
function longerPerson(
  word: string,
  fullNames: readonly string[],
  fullest: ReadonlyMap<string, string>,
  subject: string | null,
): string | null {
  const byLast = [
    ...new Set(fullNames.filter((n) => words(n).at(-1) === word).map((n) => fullest.get(n) ?? n)),
  ];
  if (byLast.length === 1) return byLast[0] ?? null;
  if (byLast.length > 1) return subject !== null && byLast.includes(subject) ? subject : null;
  const byAny = fullNames.filter((n) => words(n).includes(word));
  return byAny.length === 1 ? (byAny[0] ?? null) : null;
}

/**
 * The person an article opens with ("Lise Meitner (7 November 1878 – …) was …"), unless its first
 * sentence names another of the same surname ("Marie Curie and Pierre Curie …").
 */
function openingSubject(
  names: readonly RawName[],
  fullest: ReadonlyMap<string, string>,
): string | null {
  const people = names.filter((n) => n.sentence === 0 && n.type === 'person');
  const opening = people.find((n) => n.start === 0);
  if (!opening) return null;
  const surname = words(opening.text).at(-1);
  if (people.some((n) => n !== opening && words(n.text).at(-1) === surname)) return null;
  return fullest.get(canonical(opening)) ?? canonical(opening);
}

/**
 * A firm word the name is also known without: closing ("Goldcrest Foods" → "Goldcrest"), or
 * opening, as Spanish puts it ("Supermercados Andina" → "Andina").
 */
export function withoutFirmWord(name: string): string {
  const cut = name.lastIndexOf(' ');
  const last = name
    .slice(cut + 1)
    .toLowerCase()
    .replace(/\.$/, '');
  if (cut > 0 && DROPPABLE_FIRM_WORDS.has(last)) return name.slice(0, cut);
  const open = name.indexOf(' ');
  const first = name.slice(0, open).toLowerCase();
  const twoWords = open > 0 && open === cut;
  return twoWords && DROPPABLE_FIRM_OPENERS.has(first) ? name.slice(open + 1) : name;
}
const INITIAL_SKIP = new Set(['of', 'the', 'and', 'for', '&', 'de', 'on', 'in']);

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !INITIAL_SKIP.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/** Organization names by their initials, with and without a closing firm word ("PG&E"). */
function byInitials(fullNames: readonly string[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const n of fullNames)
    for (const key of [initials(n), initials(withoutFirmWord(n))])
      index.set(key, (index.get(key) ?? new Set()).add(n));
  return index;
}

/** The one longer organization name an acronym stands for ("USCG" → "United States Coast Guard"). */
function acronymOf(acronym: string, index: ReadonlyMap<string, Set<string>>): string | null {
  const letters = acronym.replace(/&/g, '');
  if (!/^[A-Z][A-Za-z]{1,6}$/.test(letters) || letters !== letters.toUpperCase()) return null;
  const [match, ...others] = index.get(letters) ?? [];
  return match !== undefined && others.length === 0
    ? match.toLowerCase().replace(/^the /, '')
    : null;
}

/** "Louis-Auguste succeeded to the throne as Louis XVI": the name a ruler reigned under. */
const REIGN_NAME =
  /^ (?:succeeded|acceded|came|ascended) to the throne as $|^ was crowned (?:as )?$|^ took the throne as $/;

/** Places that are peoples' words, read as the peoples. */
function retypePeoplesWords(names: readonly RawName[], sentences: readonly string[]): RawName[] {
  return retypeNamedPeoples(retypePeopleShapedWords(names, sentences));
}

/**
 * "the Zulu people" beside "the Zulu homestead", "chief of the Zulu": a one-word place of no
 * known kind is the people the article names so elsewhere.
 */
function retypeNamedPeoples(names: readonly RawName[]): RawName[] {
  const peoples = new Map<string, RawName>();
  for (const n of names) if (n.type === 'group' && !/\s/.test(n.text)) peoples.set(n.text, n);
  if (peoples.size === 0) return [...names];
  return names.map((name) => {
    const people = peoples.get(name.text);
    return people && name.type === 'place' && placeKind(name.text) === null
      ? { ...name, type: 'group', subtype: people.subtype ?? 'people' }
      : name;
  });
}

/**
 * "the Nabataean kingdom" beside "the Nabataeans": a one-word place of no known kind, shaped like a
 * people's word, is that people's word when the article also names the people in the plural. With
 * no plural, and a noun after every mention ("the Tuscan hill town"), it is an adjective, no name.
 */
function retypePeopleShapedWords(
  names: readonly RawName[],
  sentences: readonly string[],
): RawName[] {
  const text = sentences.join(' ');
  const shaped = names.filter(
    (n) =>
      n.type === 'place' &&
      /^\p{Lu}\p{Ll}+(?:an|ean|ian)$/u.test(n.text) &&
      placeKind(n.text) === null,
  );
  if (shaped.length === 0) return [...names];
  const peoples = new Set(shaped.map((n) => n.text).filter((word) => text.includes(`${word}s`)));
  const beforeNoun = (n: RawName): boolean =>
    /^ [a-z]/.test(sentences[n.sentence]?.slice(n.end) ?? '');
  const adjectives = new Set(
    shaped
      .map((n) => n.text)
      .filter((word) => !peoples.has(word))
      .filter((word) => shaped.filter((n) => n.text === word).every(beforeNoun)),
  );
  return names
    .filter((name) => !(name.type === 'place' && adjectives.has(name.text)))
    .map((name) =>
      peoples.has(name.text) ? { ...name, type: 'group', subtype: 'nationality' } : name,
    );
}

/**
 * Capitals that name no body: a thing's short form the article gives after its common name ("the
 * first metal-oxide-semiconductor field-effect transistor, or MOSFET", "… transistor (MOSFET)"),
 * in every sentence, and a code before a number ("TX-208").
 */
function withoutCommonAcronyms(names: readonly RawName[], sentences: readonly string[]): RawName[] {
  const capitals = (n: RawName): boolean => /^[A-Z][A-Z0-9]{1,7}$/.test(n.text);
  const things = new Set(
    names
      .filter((n) => capitals(n) && thingBefore(sentences[n.sentence]?.slice(0, n.start) ?? ''))
      .map((n) => n.text),
  );
  return names.filter(
    (n) =>
      !capitals(n) ||
      (!things.has(n.text) && !/^-\d/.test(sentences[n.sentence]?.slice(n.end) ?? '')),
  );
}

/**
 * "The Treaty of Waitangi (in Māori, Te Tiriti o Waitangi)": a name's rendering in another language,
 * in brackets right after it, names no one and nothing new.
 */
const IN_LANGUAGE_BRACKET = /\p{Lu}[\p{L}'’-]* \(in (\p{Lu}\p{Ll}+), [^()]*$/u;

function withoutBracketedRenderings(
  names: readonly RawName[],
  sentences: readonly string[],
): RawName[] {
  return names.filter((n) => {
    const language = IN_LANGUAGE_BRACKET.exec(sentences[n.sentence]?.slice(0, n.start) ?? '')?.[1];
    const lower = language?.toLowerCase() ?? '';
    return language === undefined || !(LANGUAGE_WORDS.has(lower) || lower in NATIONALITIES);
  });
}

/**
 * Whether the words before a short form end in a common noun that is no body's ("transistor, or",
 * "alternating current ("), unlike "the statistics institute (" or "the central bank (".
 */
function thingBefore(before: string): boolean {
  const word = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)(?:, or | \()$/u.exec(before)?.[1];
  return word !== undefined && !ORGANIZATION_HEADS.has(word);
}

/**
 * "The Yangtze, known in Chinese as the Chang Jiang": the other name of a place is that place,
 * whatever the tagger took it for, in every sentence.
 */
function retypePlaceGlosses(names: readonly RawName[], sentences: readonly string[]): RawName[] {
  const asPlace = new Map<string, RawName>();
  names.forEach((name, k) => {
    // "known in Chinese as": the language's word is a name of its own, skipped.
    const next = names[k + 1]?.type === 'group' ? names[k + 2] : names[k + 1];
    if (name.type !== 'place' || !next || next.sentence !== name.sentence) return;
    if (next.type === 'group') return;
    const between = sentences[name.sentence]?.slice(name.end, next.start) ?? '';
    if (KNOWN_AS.test(between)) asPlace.set(canonical(next), name);
  });
  if (asPlace.size === 0) return [...names];
  return names.map((name) => {
    const place = asPlace.get(canonical(name));
    if (!place || name.type === 'place') return name;
    const { subtype: _, ...rest } = name;
    return { ...rest, type: 'place', ...(place.subtype ? { subtype: place.subtype } : {}) };
  });
}

/** A peer's title after a name ("2nd Baron Chelmsford"), which names the same person. */
const PEERAGE = /^(?:Baron|Baroness|Earl|Countess|Viscount|Duke|Duchess|Marquess|Lord) /;

/**
 * Names given in brackets right after another name of the same type, as a translation or short
 * form ("Akhil Bharat Hindu Mahasabha (All India Hindu Union)", "… Center (known by its Greek
 * initials, EKAV)"): bracketed key → the first name's key.
 * Names in a list ("Mercy College, St Ursula's College") are not glosses. A person's birth name
 * after "born" or "née" is one too ("Marie Curie, born Maria Salomea Skłodowska"), and so is the
 * name a ruler took on the throne, and a place's other name after "known as".
 */
function glossesOf(names: readonly RawName[], sentences: readonly string[]): Map<string, string> {
  const glosses = new Map<string, string>();
  names.forEach((name, k) => {
    // "(known by its Greek initials, EKAV)": a people's word may stand between the two names.
    const skip = names[k + 1]?.type === 'group' && names[k + 2]?.type === name.type ? 2 : 1;
    const next = names[k + skip];
    if (!next || next.sentence !== name.sentence || next.type !== name.type) return;
    const between = sentences[name.sentence]?.slice(name.end, next.start) ?? '';
    // "National Emergency Aid Center (known by its Greek initials, EKAV)".
    const shortForm = / \((?:known (?:by its (?:[A-Z][a-z]+ )?initials,? |as ))$/;
    if (
      (name.type === 'organization' &&
        (between === ' (' || shortForm.test(between) || /^,? known as $/.test(between))) ||
      (name.type === 'person' && /^(?:,| \() ?(?:born|née|nee) $/.test(between)) ||
      // "Avicenna, known in Arabic as Abu Ali al-Husayn ibn Sina", "Mariam al-Ijliya, known as
      // al-Asturlabi".
      (name.type === 'person' &&
        /^,? known (?:in \p{Lu}\p{Ll}+ )?as (?:al-|el-)?$/u.test(between)) ||
      (name.type === 'person' && REIGN_NAME.test(between)) ||
      // "Frederic Thesiger, 2nd Baron Chelmsford": a peer's title is the same person.
      (name.type === 'person' &&
        /^, \d+(?:st|nd|rd|th) $/.test(between) &&
        PEERAGE.test(next.text)) ||
      (name.type === 'place' && KNOWN_AS.test(between))
    )
      glosses.set(canonical(next), canonical(name));
  });
  return glosses;
}

/** "Johns Hopkins University": a school's closing word, which its short name leaves out. */
export const SCHOOL_ENDING = / (?:University|College|Institute|Hospital)$/;

/**
 * "RAND" → "rand corporation", "Johns Hopkins" → "johns hopkins university": a firm's or school's
 * name without its closing word, when only one body has it.
 */
function firmsByBase(fullOrganizations: readonly string[]): Map<string, string> {
  const byBase = new Map<string, string | null>();
  for (const name of fullOrganizations) {
    const bare = withoutFirmWord(name).replace(SCHOOL_ENDING, '');
    if (bare === name) continue;
    const base = bare.toLowerCase().replace(/^the /, '');
    byBase.set(base, byBase.has(base) ? null : name.toLowerCase().replace(/^the /, ''));
  }
  return new Map([...byBase].filter((e): e is [string, string] => e[1] !== null));
}

/**
 * "the city of Paraná", "La Serena, Chile's second-oldest city": a town, not a river or a place of
 * unknown kind.
 */
function namedAsTown(name: RawName, sentences: readonly string[]): boolean {
  const sentence = sentences[name.sentence] ?? '';
  return (
    /\b(?:city|town|village|port) of $/.test(sentence.slice(0, name.start)) ||
    townAppositive(sentence.slice(name.end))
  );
}

/**
 * Clusters the typed names of an article into entities: one per real-world thing, with every alias
 * ("Sergey Lavrov" and "Lavrov"; "U.S." and "United States"). `sentences` are the normalized
 * sentences the names' offsets point into.
 */
export function buildEntities(
  found: readonly RawName[],
  sentences: readonly string[],
): {
  entities: Map<string, NamedEntity>;
  mentions: NameMention[];
} {
  const names = retypePeoplesWords(
    retypePlaceGlosses(
      withoutBracketedRenderings(withoutCommonAcronyms(found, sentences), sentences),
      sentences,
    ),
    sentences,
  );
  const fullPersons = [
    ...new Set(names.filter((n) => n.type === 'person' && n.text.includes(' ')).map(canonical)),
  ];
  const fullOrganizations = [
    ...new Set(
      names.filter((n) => n.type === 'organization' && n.text.includes(' ')).map((n) => n.text),
    ),
  ];
  const entities = new Map<string, NamedEntity>();
  const mentions: NameMention[] = [];
  const glossed = glossesOf(names, sentences);
  // Worked out once per article, not once per mention.
  const fullest = new Map(fullPersons.map((n) => [n, fullestPerson(n, fullPersons)]));
  const acronyms = byInitials(fullOrganizations);
  const firms = firmsByBase(fullOrganizations);
  const firstWords = new Set(fullPersons.map((n) => words(n)[0]));
  const subject = openingSubject(names, fullest);
  const waters = waterBodyKeys(names.filter((n) => n.type === 'place').map(canonical));
  for (const name of names) {
    let key = glossed.get(canonical(name)) ?? canonical(name);
    if (name.type === 'person' && !key.includes(' ')) {
      const bare = key.replace(/^(?:al|el|ad|as)-/, '');
      const longer = longerPerson(bare, fullPersons, fullest, subject);
      // "Martin" beside "Martin Luther" and "Martin Marty": a first name that could be either.
      if (longer === null && firstWords.has(key)) continue;
      key = longer ?? key;
    } else if (name.type === 'person') key = fullest.get(key) ?? key;
    // "Maria Skłodowska" is the "Maria Salomea Skłodowska" glossed as Marie Curie.
    if (name.type === 'person') key = glossed.get(key) ?? key;
    const town = name.type === 'place' && name.subtype === 'other' && namedAsTown(name, sentences);
    const bare = name.subtype === 'other' || name.subtype === 'river';
    if (name.type === 'place' && bare && !town) key = waters.get(key) ?? key;
    if (name.type === 'organization') {
      key = acronymOf(name.text, acronyms) ?? firms.get(key) ?? key;
      key = ORGANIZATION_ALIASES[key] ?? key;
    }
    const id = `${name.type}:${key}`;
    const entity = entities.get(id) ?? newEntity(id, name);
    entities.set(id, entity);
    // "the city of Lübeck": a place of no known kind that the article calls a town is one.
    if (town) entity.subtype = 'city';
    // "at Fort Simpson", then "communities such as Fort Simpson, Tulita …": a later mention may say
    // what kind of place one of no known kind is.
    const vague = entity.type === 'place' && entity.subtype === 'other';
    if (vague && name.type === 'place' && (name.subtype === 'city' || name.subtype === 'region'))
      entity.subtype = name.subtype;
    const role: LocalSpan | null = name.role ? { sentence: name.sentence, ...name.role } : null;
    const mention: NameMention = {
      sentence: name.sentence,
      start: name.start,
      end: name.end,
      text: name.text,
      type: name.type,
      entity: id,
      role,
      ...(name.subtype ? { subtype: name.subtype } : {}),
    };
    entity.mentions.push(mention);
    entity.aliases.add(name.text.toLowerCase());
    if (role) entity.roles.push(role);
    if (name.text.length > entity.name.length && name.type !== 'place') entity.name = name.text;
    mentions.push(mention);
  }
  for (const entity of entities.values()) finishEntity(entity);
  return { entities, mentions };
}

function newEntity(id: string, name: RawName): NamedEntity {
  return {
    id,
    type: name.type,
    ...(name.subtype ? { subtype: name.subtype } : {}),
    name: name.text,
    short: name.text,
    aliases: new Set(),
    mentions: [],
    roles: [],
  };
}

const isParticle = (word: string): boolean => NAME_JOINERS.has(word.toLowerCase());

/**
 * The surname of a full name: its last word, with a capitalised particle ("Augustus De Morgan" →
 * "De Morgan") or a particle of two words ("Pieter van der Merwe" → "van der Merwe"), which is
 * never dropped. One lower-case particle is ("Juan de Garay" → "Garay"), unless a surname stands
 * before it too ("Pedro Cieza de León" → "Cieza de León").
 */
function surnameOf(parts: readonly string[]): string {
  // "Charles V", "Selim II": a ruler is known by the whole name, never by the number.
  if (parts.length > 1 && /^[IVX]{1,5}$/.test(parts.at(-1) ?? '')) return parts.join(' ');
  const [second, first] = [parts.at(-2) ?? '', parts.at(-3) ?? ''];
  const paired = [first, second].every((w) => PAIRED_PARTICLES.has(w.toLowerCase()));
  if (parts.length > 3 && paired) return parts.slice(-3).join(' ');
  const capitalised = parts.length > 2 && /^\p{Lu}/u.test(second) && isParticle(second);
  // "Pedro Cieza de León": a Spanish surname of two words joined by "de" keeps both.
  const joined =
    parts.length > 3 && second === 'de' && /^\p{Lu}/u.test(first) && !isParticle(first);
  return parts.slice(joined ? -3 : capitalised ? -2 : -1).join(' ');
}

/**
 * Where the father's name starts in an Arabic or Zulu name ("Qabus ibn Wushmagir" → 1, "Ibn Sina"
 * → 0, "Cetshwayo kaMpande" → 1), or -1: the words from there on are not the person's own name.
 */
function fatherFrom(parts: readonly string[]): number {
  return parts.findIndex(
    (w, k) =>
      (k < parts.length - 1 && (FATHER_WORDS.has(w) || w === 'Ibn')) ||
      (k > 0 && /^ka\p{Lu}/u.test(w)),
  );
}

/**
 * A person's own name, without the father's ("Qabus" of "Qabus ibn Wushmagir"), or all the words
 * when the name ends in a family name of its own ("… ibn Ahmad al-Biruni").
 */
function ownNameParts(parts: readonly string[]): readonly string[] {
  const son = fatherFrom(parts);
  return son >= 0 && !/^(?:al|el|ad|as)-/.test(parts.at(-1) ?? '') ? parts.slice(0, son) : parts;
}

/**
 * The short name a person goes by: the one word the article uses alone when it never uses the
 * surname so ("Chelmsford" for "Frederic Thesiger, 2nd Baron Chelmsford"); an Arabic or Zulu
 * name's own part when used alone, else the whole name ("Ibn Sina"); the first word of a name
 * written surname first ("Tan Wei Ling", "Tong Guogang"); else the surname.
 */
function surnameUsed(entity: NamedEntity, parts: readonly string[]): string {
  const first = parts[0] ?? '';
  const singles = [...mentionForms(entity)].filter(([form]) => !/\s/.test(form));
  const [most] = singles.sort((a, b) => b[1] - a[1]);
  const surname = surnameOf(parts);
  if (most && most[1] >= 2 && !singles.some(([form]) => form === surname)) return most[0];
  const own = ownNameParts(parts);
  if (own.length < parts.length) {
    const name = own.join(' ');
    return own.length > 0 && entity.mentions.some((m) => m.text === name) ? name : parts.join(' ');
  }
  // "Kim Clijsters" is written given name first; "Tong Guogang" is not, though never "Tong" alone:
  // its given name ends as a Chinese syllable does, and "Han Tumens" does not.
  const syllables = parts.slice(1).every((w) => /(?:[aeiouü]|n|ng|r)$/.test(w));
  const alone =
    entity.mentions.some((m) => m.text === first) || (!givenNameWord(first) && syllables);
  return parts.length > 1 && parts.length <= 3 && SURNAMES_FIRST.has(first) && alone
    ? first
    : surnameOf(parts);
}

/**
 * "Isabella of Portugal", "Francis I of France": where the words of a ruler named after a known
 * place start ("of"), or -1; the place is then no alias of the person.
 */
export function rulerOfPlace(words: readonly string[]): number {
  const of = words.findIndex((w, k) => k > 0 && w.toLowerCase() === 'of');
  return of > 0 && placeKind(words.slice(of + 1).join(' ')) !== null ? of : -1;
}

/** How often the article writes each form of the entity's name, without a possessive ending. */
export function mentionForms(entity: NamedEntity): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of entity.mentions) {
    const form = m.text.replace(/['’]s?$/, '');
    counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  return counts;
}

/**
 * "Avicenna", glossed as "Abu Ali al-Husayn ibn Abd Allah ibn Sina": the one word a person is
 * known by, when the article uses it more often than any longer form and it is no word of one
 * ("Lavrov" of "Sergey Lavrov" is a surname). Null otherwise.
 */
function mononymOf(entity: NamedEntity): string | null {
  const counts = mentionForms(entity);
  const longer = [...counts].filter(([form]) => /\s/.test(form));
  const words = new Set(
    longer.flatMap(([form]) =>
      form
        .toLowerCase()
        .split(/\s+/)
        .flatMap((w) => [w, w.replace(/^(?:al|el|ad|as)-/, '')]),
    ),
  );
  const most = Math.max(0, ...longer.map(([, n]) => n));
  const single = [...counts].find(
    ([form, n]) => !/\s/.test(form) && n >= 2 && n > most && !words.has(form.toLowerCase()),
  );
  return longer.length > 0 && single ? single[0] : null;
}

function finishEntity(entity: NamedEntity): void {
  if (entity.type === 'place') {
    const full = COUNTRY_ALIASES[entity.name.toLowerCase()];
    if (full) entity.name = full;
    entity.aliases.add(entity.name.toLowerCase());
    for (const [alias, country] of Object.entries(COUNTRY_ALIASES))
      if (country === entity.name) entity.aliases.add(alias);
  }
  if (entity.type === 'person') {
    const known = mononymOf(entity);
    if (known !== null) {
      entity.name = entity.short = known;
      return;
    }
    const words = entity.name.split(/\s+/);
    const of = rulerOfPlace(words);
    const parts = of > 0 ? words.slice(0, of) : words;
    entity.short = of > 0 ? parts.join(' ') : surnameUsed(entity, parts) || entity.name;
    entity.aliases.add(entity.short.toLowerCase());
    for (const p of ownNameParts(parts))
      if (p.length > 2 && !isParticle(p))
        entity.aliases.add(p.toLowerCase()).add(p.toLowerCase().replace(/^(?:al|el|ad|as)-/, ''));
  }
}
