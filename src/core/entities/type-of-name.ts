import {
  CHAMBER_MEMBERS,
  CLUB_PREFIXES,
  KNOWN_ORGANIZATIONS,
  ORGANIZATION_CUES,
  ORGANIZATION_HEADS,
  ORGANIZATION_OPENERS,
} from '../lexicon/organization-words.ts';
import {
  COMMON_ACRONYMS,
  DYNASTY_NAMES,
  EVENT_OPENERS,
  REALM_NOUNS,
  SHIP_PREFIXES,
  THING_HEADS,
  THING_NAME_ENDINGS,
} from '../lexicon/thing-words.ts';
import {
  FAITH_WORDS,
  GROUP_NOUNS,
  STYLE_WORDS,
  LANGUAGE_WORDS,
  NATIONALITIES,
  PEOPLE_REGIONS,
  RELIGIOUS_ORDER_NOUNS,
} from '../lexicon/nationality-words.ts';
import {
  PERSON_CUE_NOUNS,
  RANKS_BEFORE_NAMES,
  ROLE_HEADS,
  ROLE_NOUNS,
  RULERS_OWN,
} from '../lexicon/role-words.ts';
import { SPEECH_VERBS } from '../lexicon/speech-verbs.ts';
import { FATHER_WORDS, SURNAMES_FIRST } from '../lexicon/surnames.ts';
import type { EntityType } from '../types.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import {
  NEVER_SURNAME_PLACE_HEADS,
  PLACE_HEADS,
  PLACE_KIND_WORDS,
  PLACE_OPENERS,
  PLACE_PREPOSITIONS,
  POLITY_WORDS,
  REGION_QUALIFIERS,
  SAINT_PREFIXES,
  TOWN_JOINERS,
  VENUE_COURT_WORDS,
} from '../lexicon/place-words.ts';
import { isPlainNameWord, nameOfCountry } from './person-of-place.ts';
import { areaKindOf, placeKind } from './place-kind.ts';

export const COMPASS: ReadonlySet<string> = new Set([
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
/** What opens the dates of a life in brackets: a year or day, "born", "c." or "fl.". */
const LIFE_DATES = /^(?:\d|born$|née$|c\.?$|fl\.?$)/i;
/** A ruler's number after the name ("Suleiman I", "Louis XIV"). */
const REGNAL = /^[IVX]{1,5}$/;

/** Fields of study, which a name closes only as part of a body's ("Institute of Physics"). */
const DISCIPLINES: ReadonlySet<string> = new Set([
  'mathematics',
  'physics',
  'chemistry',
  'biology',
  'science',
  'sciences',
  'engineering',
  'linguistics',
  'statistics',
]);

/** "Lise Meitner (7 November 1878 – …)", "Plato (c. 428 – …)": an entry opening with a life's dates. */
function opensWithLife(tokens: readonly Token[], from: number, to: number): boolean {
  const after = tokens[to];
  const last = tokens[to - 1] as Token;
  return (
    from === 0 &&
    after !== undefined &&
    (/\(\s*$/.test(last.post + after.pre) || after.text.startsWith('(')) &&
    LIFE_DATES.test(after.text.replace(/^\(/, ''))
  );
}

/**
 * "Kaiser Wilhelm Institute for Chemistry", "Bank of England", "Commission for the Protection of the
 * Danube River": a body's head, then what of. "Bank of Italy Building" is a building. "House of
 * Valois" is a ruling family, unlike a chamber; "Opera House" is a building.
 */
function headBeforeJoiner(words: readonly Token[]): boolean {
  if (PLACE_KIND_WORDS[(words.at(-1) as Token).normal] === 'structure') return false;
  return words.some((w, k) => {
    const joiner = words[k + 1]?.normal ?? '';
    return (
      k < words.length - 2 &&
      ((ORGANIZATION_HEADS.has(w.normal) && ['of', 'for', 'on'].includes(joiner)) ||
        (w.normal === 'house' &&
          joiner === 'of' &&
          !CHAMBER_MEMBERS.has(words[k + 2]?.normal ?? '')))
    );
  });
}

/** Articles that open place names in Spanish, French and Italian ("La Serena", "Le Havre"). */
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(['El', 'La', 'Le', 'Il', 'Lo']);
/** "La Junta de los Ríos": words that carry such a name on past the chunk the tagger found. */
const ROMANCE_JOINERS: ReadonlySet<string> = new Set(['de', 'del', 'di', 'du', 'des', 'da', 'do']);

function personCue(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const after = tokens[to];
  if (before && (CUE_BEFORE.has(before.normal) || titleOrKin(before.normal))) return true;
  if (after && (SPEECH_VERBS.has(after.normal) || after.normal === 'who')) return true;
  // "Mirela Dobrev of Bulgaria": a name and the country a person comes from.
  if (nameOfCountry(tokens, to) && tokens.slice(from, to).every(isPlainNameWord)) return true;
  return describedAsSomeone(tokens, to);
}

/**
 * A title, one or many ("kings"), or a word for kin: a word that says the name after it is a
 * person's.
 */
function titleOrKin(word: string): boolean {
  return (
    ROLE_NOUNS.has(word) || ROLE_NOUNS.has(word.replace(/s$/, '')) || PERSON_CUE_NOUNS.has(word)
  );
}

/** Words for who came before or after someone, which may also follow a thing ("its successor"). */
const SUCCESSION_NOUNS: ReadonlySet<string> = new Set(['successor', 'predecessor']);

/** "G. H. Hardy", "K. Srinivasa Iyengar": initials, then one or two plain words. */
function initialled(words: readonly Token[]): boolean {
  const k = words.findIndex((w) => !(/^[A-Z]$/.test(w.text) && w.post.startsWith('.')));
  return k >= 1 && words.length - k <= 2 && words.slice(k).every(isPlainNameWord);
}

/**
 * "the emperor Pachacuti", "Kashta's son Piye", "kings Alara and Kashta", "married Janakiammal":
 * one word after a lower-case title, a word for kin or "married", and before no noun it would
 * describe ("a student Erasmus grant").
 */
function cuedAsPerson(tokens: readonly Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (next && /^[a-z]/.test(next.text) && next.tags.has('Noun') && !next.tags.has('Verb'))
    return false;
  // "the admiral Zheng He commanded": a capitalised pronoun inside a sentence ends the name, so
  // the word before it is only part of one.
  if (next && /^(?:He|She|It)$/.test(next.text)) return false;
  let k = from - 1;
  const listed = tokens[k - 1];
  if (tokens[k]?.normal === 'and' && listed && isPlainNameWord(listed)) k -= 2;
  const cue = tokens[k];
  // "pushed [reigning premiers] Caloundra": a bracket parts the word from the name, but a name set
  // off by commas is said of it ("His father, Milutin, was").
  const setOff = /^[,:] $/.test(cue?.post ?? '') && /^,/.test((tokens[to - 1] as Token).post);
  if (!cue || !/^[a-z]/.test(cue.text) || (cue.post !== ' ' && !setOff)) return false;
  const word = cue.normal.replace(/['’]s$/, '');
  // "Taharqa's successor Tantamani", but "its successor Windows".
  if (SUCCESSION_NOUNS.has(word)) return tokens[k - 1]?.normal !== 'its';
  return word === 'married' || titleOrKin(word);
}

/**
 * "Maria Lopez, a retired teacher": an appositive naming what a person does, not "Salmonella
 * Senftenberg, a relatively uncommon strain".
 */
function describedAsSomeone(tokens: readonly Token[], to: number): boolean {
  const [last, after] = [tokens[to - 1] as Token, tokens[to]];
  if (!/,/.test(last.post) || after === undefined) return false;
  return ['a', 'an', 'the'].includes(after.normal) && namesOccupation(tokens.slice(to + 1, to + 7));
}

/**
 * "Flores del Sabana, a 90-hectare farm in …", "Valores Andinos, a brokerage": an appositive whose
 * head noun is a kind of organization.
 */
function describedAsBody(tokens: readonly Token[], to: number): boolean {
  const [last, after] = [tokens[to - 1] as Token, tokens[to]];
  if (!/,/.test(last.post) || after === undefined || !['a', 'an'].includes(after.normal))
    return false;
  for (let k = to + 1; k < Math.min(tokens.length, to + 6); k += 1) {
    const w = tokens[k] as Token;
    if (w.tags.has('Verb') || w.tags.has('Preposition')) return false;
    const next = tokens[k + 1];
    const head = /[,;.]/.test(w.post) || next === undefined || !next.tags.has('Noun');
    if (head) return ORGANIZATION_CUES.has(w.normal) && !w.tags.has('Actor');
  }
  return false;
}

/** True when the words, up to a comma, hold a noun for what a person does ("a former minister"). */
function namesOccupation(words: readonly Token[]): boolean {
  for (const w of words) {
    if (w.tags.has('Actor') || ROLE_NOUNS.has(w.normal)) return true;
    if (/[,;.]/.test(w.post)) return false;
  }
  return false;
}

/** "San Ignacio Miní", "St. Gallen": a saint's title opening a longer capitalised name. */
function namedAfterSaint(words: readonly Token[]): boolean {
  const [first, second] = words;
  return (
    first !== undefined &&
    second !== undefined &&
    SAINT_PREFIXES.has(first.normal) &&
    /^\p{Lu}/u.test(second.text)
  );
}

/**
 * "Help! Saint Anna, …": a saint's title and a first name alone may be the saint, unless a word
 * of place comes before ("at Sainte Foy"). "St. Martin of Tours" is the saint of a town. Such a
 * name is left untyped.
 */
function saintOrPlace(words: readonly Token[], before: Token | undefined): boolean {
  if (words[2]?.normal === 'of') return true;
  return (
    words.length === 2 &&
    (words[1] as Token).tags.has('FirstName') &&
    !(before && PLACE_PREPOSITIONS.has(before.normal))
  );
}

/**
 * "Torres Strait Islander peoples", "Pacific Islanders", "the Marsh Arab people": a name of several
 * words for a people, not the place they are named after. One word is a nationality, read below.
 */
function namesAPeople(words: readonly Token[], next: Token | undefined): boolean {
  const last = words.at(-1) as Token;
  const peopleAfter =
    next !== undefined && /^peoples?$/.test(next.text) && !/[,;.]/.test(last.post);
  if (words.length >= 2) return /^islanders?$/.test(last.normal) || peopleAfter;
  // "a member of the Hakka community", "Hakka settlers": one word before a word for its people.
  return (
    next !== undefined &&
    PEOPLE_AFTER.test(next.text) &&
    !/[,;.]/.test(last.post) &&
    placeKind(last.text) === null &&
    !KNOWN_ORGANIZATIONS.has(last.normal)
  );
}

/** Words for a people after its name ("the Hakka community", "Hakka settlers"). */
const PEOPLE_AFTER = /^(?:peoples?|communit(?:y|ies)|settlers|minority|minorities|tribes?|clans?)$/;

/**
 * "the conservation group Mar Limpo", "the art school known as La Esmeralda": a name right after a
 * noun for a kind of organization, or after "known as", "called" or "named" that follows one.
 */
function namedAfterKind(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.normal === 'as' && tokens[k - 1]?.normal === 'known') k -= 2;
  else if (['called', 'named'].includes(tokens[k]?.normal ?? '')) k -= 1;
  const kind = tokens[k];
  return (
    kind !== undefined &&
    /^[a-z]/.test(kind.text) &&
    tokens.slice(k, from).every((t) => /^\s$/.test(t.post)) &&
    (tokens[from] as Token).pre === '' &&
    ORGANIZATION_CUES.has(kind.normal)
  );
}

/**
 * "a new walled capital, Angkor Thom,", "the city later known as Angkor": a name set off after a
 * word for a kind of place, or known or called so after one.
 */
function namedAfterPlaceKind(tokens: readonly Token[], from: number): string | null {
  let k = from - 1;
  const comma = /^,\s$/.test(tokens[k]?.post ?? '');
  if (!comma) {
    if (tokens[k]?.normal === 'as' && tokens[k - 1]?.normal === 'known') k -= 2;
    else if (['called', 'named'].includes(tokens[k]?.normal ?? '')) k -= 1;
    else return null;
    if (['later', 'also', 'now', 'once', 'then'].includes(tokens[k]?.normal ?? '')) k -= 1;
    if (!/^\s$/.test(tokens[k]?.post ?? '')) return null;
  }
  const kind = tokens[k];
  if (kind === undefined || !/^[a-z]/.test(kind.text)) return null;
  return kind.normal === 'capital' ? 'city' : (PLACE_KIND_WORDS[kind.normal] ?? null);
}

/** "the city of Paris", "the temples of Abu Simbel": the kind of place a word before "of" names. */
function areaBeforeOf(tokens: readonly Token[], from: number): string | null {
  if (tokens[from - 1]?.normal !== 'of') return null;
  const word = tokens[from - 2]?.normal ?? '';
  if (word === 'temples' || word === 'ruins') return 'structure';
  return areaKindOf(word) ?? areaKindOf(word.replace(/s$/, ''));
}

/** True for a token tagged as part of a person's name, but not an honorific. */
export const isPersonTagged = (t: Token): boolean =>
  ['Person', 'FirstName', 'LastName'].some((tag) => t.tags.has(tag)) && !t.tags.has('Honorific');

/** A word the tagger reads as a name, and no title ("Anthemius", not "Countess" or "Enchantress"). */
const givenName = (t: Token): boolean => t.tags.has('ProperNoun') && !ROLE_HEADS.has(t.normal);

/**
 * "(Arabic: البتراء, al-Batrāʾ; …)": a spelling after a language's label in parentheses, which
 * names the place or thing before them, never a person.
 */
export function spelledInLabels(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 8); k -= 1) {
    const t = tokens[k] as Token;
    if (/\)/.test(t.post)) return false;
    if (/\(/.test(t.pre)) return /^:/.test(t.post) && /^\p{Lu}/u.test(t.text);
  }
  return false;
}

/** The text right after the name: the last word's trailing marks and the next word with its own. */
function sentenceAfter(tokens: readonly Token[], to: number): string {
  const last = tokens[to - 1];
  const next = tokens[to];
  return `${last?.post ?? ''}${next?.pre ?? ''}${next?.text ?? ''}${next?.post ?? ''}`;
}

/**
 * "Zeng Guofan", "Tran Quoc Bao": a surname written first, then one or two plain name words, none a
 * place's or a body's.
 */
function surnameFirst(words: readonly Token[], text: string): boolean {
  const [surname, ...given] = words;
  return (
    surname !== undefined &&
    given.length >= 1 &&
    given.length <= 2 &&
    SURNAMES_FIRST.has(surname.text) &&
    placeKind(text) === null &&
    given.every(
      (w) =>
        /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text) &&
        placeKind(w.text) === null &&
        !(w.normal in NATIONALITIES) &&
        !GROUP_NOUNS.has(w.normal) &&
        !POLITY_WORDS.has(w.normal) &&
        !ORGANIZATION_HEADS.has(w.normal) &&
        !PLACE_HEADS.has(w.normal) &&
        !THING_HEADS.has(w.normal) &&
        !w.tags.has('Organization') &&
        !w.tags.has('Place'),
    )
  );
}

/**
 * "Qabus ibn Wushmagir", "Ibn Sina", "Abu Nasr Mansur": an Arabic name with its "son of" or
 * "father of", before or between capitalised words.
 */
function patronymic(words: readonly Token[]): boolean {
  const inner = words.some((w, k) => k > 0 && k < words.length - 1 && FATHER_WORDS.has(w.text));
  const opens = words.length >= 2 && /^(?:Ibn|Abu|Bint)$/.test(words[0]?.text ?? '');
  return inner || opens;
}

/** The type of the name in tokens `from` to `to` (person, organization, place, group), or null. */
export function typeOfName(
  tokens: readonly Token[],
  from: number,
  to: number,
  text: string,
  hasRole: boolean,
): { type: EntityType; subtype?: string } | null {
  const words = tokens.slice(from, to);
  const last = (words[words.length - 1] as Token).normal.replace(/['’]s$/, '');
  const lower = text.toLowerCase();
  const listed = placeKind(
    text,
    tokens.map((t) => t.normal),
  );
  // "east of the Mississippi": a state's name after "the" is its river, but not in "the Nevada
  // caucuses" or "the South Carolina primary".
  const following = tokens[to];
  const previous = tokens[from - 1];
  const bareAfterThe =
    previous?.normal === 'the' &&
    !(
      following &&
      /^[a-z]/.test(following.text) &&
      (following.tags.has('Noun') || following.tags.has('Adjective'))
    );
  const river = listed === 'state' && bareAfterThe;
  const place = river ? 'river' : listed;
  // "after the Nile and the Amazon": a place that shares its name with a firm, after "the".
  const placeNotFirm = place !== null && bareAfterThe && KNOWN_ORGANIZATIONS.has(lower);
  // "James Webb space telescope", "Marine One helicopter": the name labels a thing.
  const after = tokens.slice(to, to + 2).filter((t) => /^[a-z]/.test(t.text));
  const opener = words[0] as Token;
  const first = opener.normal;
  const namesAThing =
    THING_HEADS.has(last) ||
    (THING_NAME_ENDINGS.has(last) && !opener.tags.has('FirstName')) ||
    (THING_HEADS.has(first) && words[1]?.normal === 'of') ||
    // "Hurricane Tomas", "Operation Noah": a storm or an operation named after its kind.
    (EVENT_OPENERS.has(first) && words.length >= 2) ||
    // "PS Adelaide", "MV Dona Carmelita": a ship.
    (SHIP_PREFIXES.has(first) && /^[A-Z]{2,5}$/.test(opener.text) && words.length >= 2) ||
    (!/[,;.]/.test((words.at(-1) as Token).post) && after.some((t) => THING_HEADS.has(t.normal)));
  if (COMMON_ACRONYMS.has(lower.replace(/\.$/, '').replace(/\./g, '')) || (!place && namesAThing))
    return null;
  // "Costa Rican rules", "South African", "The North Africans first won …": a people's word of two
  // words, or its plural, as one word is.
  if (words.length === 2 && (lower in NATIONALITIES || lower.replace(/s$/, '') in NATIONALITIES))
    return { type: 'group', subtype: 'nationality' };
  // "Central and Southeastern Europe": a compass word shared with the name after "and".
  if (words.length === 1 && COMPASS.has(first) && tokens[to]?.normal === 'and') return null;
  // "derives from the Arabic al-Qal'a al-Hamra": words quoted from a language name nothing.
  const quoted = LANGUAGE_WORDS.has(first) && previous?.normal === 'the';
  if (quoted && words.length >= 2 && !ORGANIZATION_HEADS.has(last) && !PLACE_HEADS.has(last))
    return null;
  // "Ecology and Behavior of an Endangered Species": a name after "a" or "an" is a title's words,
  // unless a noun follows that it describes ("a Goldman Sachs banker").
  const indefinite = ['a', 'an'].includes(previous?.normal ?? '');
  if (indefinite && words.length >= 2 && !/^[a-z]/.test(following?.text ?? '')) return null;
  // "Carr's A Synopsis of Elementary Results", "Kanigel's The Man Who Knew Infinity": a work's
  // title, its article capitalised after the possessive of its author.
  if (/^(?:A|An|The)$/.test(previous?.text ?? '') && /['’]s$/.test(tokens[from - 2]?.text ?? ''))
    return null;
  // "wrote Mysterium Cosmographicum (1596)": a name with one year in brackets after it is a work's
  // (a person's brackets give a span, "Johannes Kepler (1571–1630)").
  if (/^\s*\(\d{4}\)/.test(sentenceAfter(tokens, to))) return null;
  // "a Bachelor of Arts by research", "Doctor of Philosophy": a degree, not a body.
  if (/^(?:bachelor|master|doctor)s?$/.test(first) && words[1]?.normal === 'of') return null;
  // "Pure and Applied Mathematics", "Computer Science": a field of study, not a body.
  if (DISCIPLINES.has(last) && !words.some((w) => ORGANIZATION_HEADS.has(w.normal))) return null;
  // "a Christian church": a word of faith describes; it names no body.
  if (words.length === 1 && (FAITH_WORDS.has(lower) || STYLE_WORDS.has(lower))) return null;
  // "French High Gothic architecture", "Late Baroque": a style, named by its last word.
  if (STYLE_WORDS.has(last) && words.length <= 3) return null;
  // "a Mahayana Buddhist monument", "Roman Catholic church": words of a faith before a noun.
  // "the cis-Sutlej Sikh states": the tagger may read the plural noun after it as a verb in the
  // present ("Fletcher Christian led" is a person's deed).
  const nounAfter =
    following !== undefined &&
    /^[a-z]/.test(following.text) &&
    (following.tags.has('Noun') ||
      (/[^s]s$/.test(following.normal) && following.tags.has('PresentTense')));
  if (FAITH_WORDS.has(last) && nounAfter) return null;
  // "the former Ming capital", "the Qing dynasty": a ruling house, neither a body nor a place.
  // "the Nasrid kingdom of Granada", "the Marinid sultanate": a house's name before its realm.
  const realmAfter =
    REALM_NOUNS.has(following?.normal ?? '') &&
    !(lower in NATIONALITIES) &&
    !/(?:an|ese|ish|ic)$/.test(lower);
  if (
    words.length === 1 &&
    (DYNASTY_NAMES.has(lower) || realmAfter) &&
    /^[a-z]/.test(following?.text ?? '')
  )
    return { type: 'group', subtype: 'dynasty' };
  // "the Queen's Colour", "the King's Bench": what a title's holder owns is no one's name.
  const ownedByTitle = previous !== undefined && /['’]s$/.test(previous.text);
  const owner = previous?.normal.replace(/['’]s$/, '') ?? '';
  if (
    words.length === 1 &&
    ownedByTitle &&
    (RANKS_BEFORE_NAMES.has(owner) || ROLE_HEADS.has(owner))
  )
    return null;
  // "the independent Zulu state", "Zulu regiments": a people that is no nation of today.
  if (words.length === 1 && Object.hasOwn(PEOPLE_REGIONS, lower))
    return { type: 'group', subtype: 'people' };
  // "in the Jura department", "the Seine valley": a word for a kind of area after the name.
  const areaAfter = PLACE_KIND_WORDS[tokens[to]?.normal ?? ''];
  if (
    words.length === 1 &&
    !(lower in NATIONALITIES) &&
    !COMPASS.has(lower) &&
    /^[a-z]/.test(tokens[to]?.text ?? '') &&
    !/[,;.]/.test(opener.post) &&
    ['region', 'land', 'water'].includes(areaAfter ?? '') &&
    // "the southern Amazon region": a firm's name before "region" or "basin" names the place.
    (!KNOWN_ORGANIZATIONS.has(lower) || areaAfter !== 'land' || tokens[to]?.normal === 'basin')
  )
    return { type: 'place', subtype: place ?? 'other' };
  // "(Chinese: 大元; pinyin: Dà Yuán; Wade-Giles: Ta-Yüan)": a label in a list of spellings.
  const labelled = /^\(/.test(opener.pre) || /;\s$/.test(previous?.post ?? '');
  if (labelled && /^:/.test((words.at(-1) as Token).post)) return null;
  // "Lady Elliot Island", "Port Douglas", "Monte Alegre": a place, whatever title-like word stands
  // before it ("Monte Sant Angelo Mercy College" stays a college).
  // "Las Condes", "Los Lagos": a Spanish article and one word name a place.
  // "El Castillo", "La Catedral": an article and a Spanish word for a kind of place.
  // "La Serena", "Le Havre": an article of a Romance language and one word name a place, unless
  // the sentence speaks of a person ("El Greco, who …"), a word before it says what the name is
  // ("its rival Le Vélo") or it is quoted from the language ("French: La Liberté …").
  const described =
    previous !== undefined &&
    (/:\s$/.test(previous.post) ||
      (/^[a-z]/.test(previous.text) &&
        (previous.tags.has('Noun') || previous.tags.has('Adjective'))));
  const articleOpensPlace =
    (words.length === 2 && (first === 'los' || first === 'las')) ||
    (words.length === 2 &&
      ROMANCE_ARTICLES.has(opener.text) &&
      isPlainNameWord(words[1] as Token) &&
      !described &&
      !namedAfterKind(tokens, from) &&
      !ROMANCE_JOINERS.has(following?.normal ?? '') &&
      !personCue(tokens, from, to)) ||
    (words.length >= 2 &&
      ['el', 'la'].includes(first) &&
      PLACE_OPENERS.has(words[1]?.normal ?? ''));
  const opensPlace =
    (PLACE_OPENERS.has(first) || articleOpensPlace) && !ORGANIZATION_HEADS.has(last);
  if (!place && headBeforeJoiner(words)) return { type: 'organization' };
  if (words.length >= 2 && (NEVER_SURNAME_PLACE_HEADS.has(last) || opensPlace))
    return { type: 'place', subtype: place ?? 'other' };
  if (words.slice(1, -1).some((w) => TOWN_JOINERS.has(w.normal)))
    return { type: 'place', subtype: 'city' };
  // "the Roman Forum": a people's forum is the square, not a body ("World Economic Forum").
  if (words.length === 2 && last === 'forum' && first in NATIONALITIES)
    return { type: 'place', subtype: 'other' };
  // "served out the match on Centre Court": a court where a game is played, not a law court.
  if (last === 'court' && VENUE_COURT_WORDS.has(words.at(-2)?.normal ?? ''))
    return { type: 'place', subtype: 'other' };
  // "the Russian Far East", "the Middle East": a region named by a compass point.
  if (words.length === 2 && REGION_QUALIFIERS.has(first) && COMPASS.has(last))
    return { type: 'place', subtype: 'other' };
  // "JR Hokkaido", "BBC Scotland": a body's letters before the place it serves.
  if (
    words.length === 2 &&
    /^[A-Z]{2,4}$/.test(opener.text) &&
    !COMMON_ACRONYMS.has(first) &&
    placeKind((words[1] as Token).text) !== null
  )
    return { type: 'organization' };
  // "operators in Quezon City, said …": a city's name after a word of place, whatever follows it.
  const cityAfterPlaceWord =
    words.length >= 2 &&
    last === 'city' &&
    !opener.tags.has('FirstName') &&
    PLACE_PREPOSITIONS.has(previous?.normal ?? '');
  if (!hasRole && cityAfterPlaceWord) return { type: 'place', subtype: 'city' };
  if (hasRole) return { type: 'person' };
  // "Xinjiang, western China, a network of karez …": a country is no body set off by its appositive.
  if (namedAfterKind(tokens, from) || (listed !== 'country' && describedAsBody(tokens, to)))
    return { type: 'organization' };
  const plain = words.length <= 3 && !place && !opener.tags.has('FirstName');
  // "a farmer from the town of San Agustin, said": "the town of" outweighs a cue for a person.
  // "the Zulu state of King Cetshwayo": a ruler's title opens a person's name, not a place's.
  const titledRuler =
    words.length >= 2 && RANKS_BEFORE_NAMES.has(first) && isPersonTagged(words[1] as Token);
  const kindOfPlace =
    words.length <= 3 && !place && !titledRuler ? areaBeforeOf(tokens, from) : null;
  const kindBefore =
    kindOfPlace ??
    (plain && !personCue(tokens, from, to) ? namedAfterPlaceKind(tokens, from) : null);
  if (kindBefore === 'settlement' || kindBefore === 'city')
    return { type: 'place', subtype: 'city' };
  if (kindBefore) return { type: 'place', subtype: 'other' };
  // "Istituto Nazionale di Geofisica": a head that opens the name, as other languages put it.
  if (words.length >= 2 && ORGANIZATION_OPENERS.has(first)) return { type: 'organization' };
  // "Gulf of Naples", "Isle of Man": a kind of land or water before "of" makes a place.
  if (words[1]?.normal === 'of' && ['water', 'land'].includes(PLACE_KIND_WORDS[first] ?? ''))
    return { type: 'place', subtype: 'other' };
  if (namesAPeople(words, tokens[to])) return { type: 'group', subtype: 'people' };
  // "Republican Senate Majority Leader", "Republican Representatives": a title, not a name.
  const singular = last.replace(/s$/, '');
  // "the poet Alexander Pope": a first name before a title word makes it a surname.
  const surnamed = words.length === 2 && opener.tags.has('FirstName');
  if (!place && !surnamed && (ROLE_NOUNS.has(last) || ROLE_NOUNS.has(singular))) return null;
  // "Ending Clergy Abuse": a name that opens with a verb in -ing names a group's cause.
  // "Dongting Lake" is no cause.
  if (
    words.length >= 2 &&
    /^[a-z]{3,}ing$/.test(first) &&
    !isPersonTagged(opener) &&
    !opener.tags.has('Place')
  )
    return { type: 'organization' };
  // "Company" alone is a word, not a name.
  if (words.length === 1 && ORGANIZATION_HEADS.has(last)) return null;
  // "the Amazon rainforest": a place that shares its name with a firm, named with what it is.
  if (place && namesAThing) return { type: 'place', subtype: place };
  if (placeNotFirm) return { type: 'place', subtype: place };
  const club = words.length >= 2 && CLUB_PREFIXES.has(opener.text);
  if (
    club ||
    KNOWN_ORGANIZATIONS.has(lower) ||
    ORGANIZATION_HEADS.has(last) ||
    headBeforeJoiner(words)
  )
    return { type: 'organization' };
  if (place) return { type: 'place', subtype: place };
  // "Lake Constance" or "Great Wall", but "Larry Wall" and "Ricki Lake" are people.
  const surnameHead =
    words.length === 2 && !NEVER_SURNAME_PLACE_HEADS.has(last) && opener.tags.has('FirstName');
  if (words.length >= 2 && PLACE_HEADS.has(last) && !surnameHead)
    return { type: 'place', subtype: 'other' };
  // "San Ignacio Miní", "islands of Saint Pierre": named after a saint, a mission, church or
  // town, unless the sentence speaks of a person ("Santa Anna, who …").
  if (namedAfterSaint(words) && !personCue(tokens, from, to))
    return saintOrPlace(words, previous) ? null : { type: 'place', subtype: 'other' };
  // "the Dominican order", "Franciscan friars": a religious order, not a people.
  if (words.length === 1 && RELIGIOUS_ORDER_NOUNS.has(tokens[to]?.normal ?? '')) return null;
  if (words.length === 1 && (lower in NATIONALITIES || GROUP_NOUNS.has(lower)))
    return { type: 'group', subtype: 'nationality' };
  // "Japanese Americans", "Orthodox Christians": a group of people, not an organization.
  const believers = [
    'orthodox',
    'catholic',
    'protestant',
    'evangelical',
    'native',
    'sunni',
    'shia',
  ];
  if (
    words.length === 2 &&
    GROUP_NOUNS.has(last) &&
    (first in NATIONALITIES || believers.includes(first))
  )
    return null;
  // "Native Hawaiians", "Native Alaskans": the first people of a land, however it is spelled.
  if (words.length === 2 && first === 'native' && /(?:ans|ers|ese)$/.test(last)) return null;
  // "the South American group Mercosur": a nationality with a compass word is not a name.
  if (last in NATIONALITIES && words.slice(0, -1).every((w) => COMPASS.has(w.normal))) return null;
  if (/^[A-Z][A-Z&]{1,6}$/.test(text) || /^(?:[A-Z]\.){2,}$/.test(text))
    return { type: 'organization' };
  // "Ian Smith's government": a first name and a surname the tagger took for a firm.
  const firstNamed = opener.tags.has('FirstName') && words.length <= 3;
  if (firstNamed && !words.some((w) => ORGANIZATION_HEADS.has(w.normal) || w.normal === 'of'))
    return { type: 'person' };
  // "Manne Siegbahn's institute": the one whose institute it is, a person the tagger took for it.
  const next = tokens[to];
  const ownsInstitution =
    /['’]s$/.test((words.at(-1) as Token).text) &&
    next !== undefined &&
    /^[a-z]/.test(next.text) &&
    ORGANIZATION_HEADS.has(next.normal);
  if (ownsInstitution && words.length >= 2 && words.length <= 3) return { type: 'person' };
  // "a sergeant in Napoleon's army": one name owning a ruler's army or court is the ruler.
  const ruled = /['’]s$/.test((words.at(-1) as Token).text) && RULERS_OWN.has(next?.normal ?? '');
  if (ruled && words.length === 1 && !KNOWN_ORGANIZATIONS.has(lower)) return { type: 'person' };
  if (surnameFirst(words, text)) return { type: 'person' };
  if (patronymic(words) && !words.some((w) => ORGANIZATION_HEADS.has(w.normal)))
    return { type: 'person' };
  if (words.some((w) => w.tags.has('Organization'))) return { type: 'organization' };
  // "Brightwater Bakeries", "Fenwick Rovers": a name ending in a plural noun is a firm or a team.
  const lastWord = words[words.length - 1] as Token;
  // "Marconi's" is a possessive, not a plural.
  const bare = lastWord.text.replace(/['’]s$/, '');
  const pluralLooking =
    (lastWord.tags.has('Plural') && bare === lastWord.text) ||
    /[a-z](?:ies|ers|ics)$|[a-z]{3}[^aiosu'’]s$/.test(bare);
  const personTagged = ['Person', 'LastName', 'FirstName'].some((t) => lastWord.tags.has(t));
  // "New Zealanders", "Londoners": the people of a place, not a firm.
  if (pluralLooking && placeKind(text.replace(/ers$/, '')) !== null)
    return { type: 'group', subtype: 'people' };
  // "Serra Alta midfielder Filipe Antunes": a title just before makes "-es" a surname's ending.
  const titled = /^[a-z]/.test(previous?.text ?? '') && ROLE_NOUNS.has(previous?.normal ?? '');
  if (
    words.length >= 2 &&
    pluralLooking &&
    !personTagged &&
    !titled &&
    !describedAsSomeone(tokens, to)
  )
    return { type: 'organization' };
  // "Fall of Grace": a person's name has no "of" in it, but for "William of Ockham".
  const personWords =
    !words.some((w) => w.normal === 'of') ||
    (words.length === 3 && words[1]?.normal === 'of' && isPersonTagged(opener));
  if (
    personWords &&
    words.some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName'))
  )
    return { type: 'person' };
  if (words.length <= 3 && !place && opensWithLife(tokens, from, to)) return { type: 'person' };
  if (initialled(words)) return { type: 'person' };
  if (words.length === 1 && isPlainNameWord(opener) && cuedAsPerson(tokens, from, to))
    return { type: 'person' };
  // "led by Peter Hall, whose …": a cue for a person outweighs the tagger's guess of a place, but
  // not a name of a known place ("TRAFFIC in Southeast Asia, said …").
  const placeWords = words.some(
    (w) => placeKind(w.text) !== null || /^(?:north|south|east|west)/i.test(w.text),
  );
  // "managed by English Heritage": a people's word opens a body's name, not a person's.
  const peoples = first in NATIONALITIES;
  if (
    !placeWords &&
    words.length >= 2 &&
    words.length <= 3 &&
    words.every(
      (w, k) =>
        /^[A-Z][\p{Ll}'’-]+$/u.test(w.text) ||
        (k > 0 && REGNAL.test(w.text)) ||
        // "Anthemius of Tralles, a mathematician": a person named after a town.
        (k === 1 && words.length === 3 && w.normal === 'of' && givenName(opener)),
    ) &&
    personCue(tokens, from, to)
  )
    return { type: peoples ? 'organization' : 'person' };
  if (words.every((w) => w.tags.has('Place'))) return { type: 'place', subtype: 'other' };
  return null;
}
