import { NUMBER_WORDS } from '../lexicon/number-words.ts';
import {
  MONTHS,
  NAME_JOINERS,
  NON_NAME_WORDS,
  PAIRED_PARTICLES,
  WEEKDAYS,
} from '../lexicon/common-words.ts';
import { EPITHETS, HONORIFICS, ROLE_HEADS, ROLE_NOUNS } from '../lexicon/role-words.ts';
import {
  DROPPABLE_FIRM_WORDS,
  FIRM_CLOSING_WORDS,
  CLUB_PREFIXES,
  ORGANIZATION_HEADS,
  PUBLIC_BODY_HEADS,
} from '../lexicon/organization-words.ts';
import {
  PLACE_HEADS,
  POLITY_WORDS,
  POSSESSIVE_NAME_HEADS,
  SAINT_PREFIXES,
} from '../lexicon/place-words.ts';
import { FATHER_WORDS, SURNAMES_FIRST } from '../lexicon/surnames.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import { isPersonWord, personOfPlace } from './person-of-place.ts';
import { growToAcronym } from './grow-to-acronym.ts';
import { placeKind } from './place-kind.ts';

/** A run of capitalised words that may be a name, with its token range in the sentence. */
export interface NameChunk {
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  /** Offsets into the normalized sentence. */
  start: number;
  end: number;
  text: string;
}

const DATE_WORDS = new Set([...MONTHS, ...WEEKDAYS].map((w) => w.toLowerCase()));
const BREAKING = /[,;:()[\]"!?]|\.\s*$|\s-\s|--/;
const POSSESSIVE = /['’]s?$/;

function isCapitalised(token: Token): boolean {
  // "al-Assad", "l'État", "kaMpande": a small particle glued to a capitalised name.
  return (
    /^[A-Z\u00C0-\u00DE]/.test(token.text) || /^(?:[a-z]{1,3}-|[ld]['’]|ka)\p{Lu}/u.test(token.text)
  );
}

/** "Our Club, Not Your Asset": a possessive word opens no name. */
const POSSESSIVE_DETERMINERS = new Set(['our', 'your', 'my', 'their', 'his', 'her', 'its']);

function isNameWord(
  token: Token,
  index: number,
  known: ReadonlySet<string>,
  next?: Token,
): boolean {
  if (!isCapitalised(token)) return false;
  // "the Three Gorges Dam": a capitalised number inside a sentence opens a name.
  if (index > 0 && Object.hasOwn(NUMBER_WORDS, token.normal) && next && isCapitalised(next))
    return true;
  // "AS FAR", "AC Milan": a club's letters before its name.
  if (CLUB_PREFIXES.has(token.text) && next !== undefined && isCapitalised(next)) return true;
  const lower = token.normal.replace(POSSESSIVE, '');
  if (POSSESSIVE_DETERMINERS.has(lower)) return false;
  if (DATE_WORDS.has(lower)) return false;
  // "God said, Let Newton be!": a command's "Let" opens no name.
  if (lower === 'let') return false;
  // "New Zealand won …": an opening common word is a name's only in a place the tagger knows.
  const placeOpens = token.tags.has('Place') && next !== undefined && next.tags.has('Place');
  if (index === 0 && NON_NAME_WORDS.has(lower) && !(placeOpens && isCapitalised(next)))
    return false;
  // "Emergency departments in Malmö …": the tagger joined a lower-case noun to the opening word,
  // whose capital is the sentence's ("Abu al-Qasim" is a name).
  const joinedLower =
    next !== undefined &&
    token.guessed === true &&
    !isPersonWord(token) &&
    /^\p{Ll}/u.test(next.text) &&
    !isCapitalised(next) &&
    !NAME_JOINERS.has(next.normal) &&
    next.tags.has('ProperNoun');
  if (index === 0 && !known.has(lower) && joinedLower) return false;
  // "Passenger services between …": an opening word the tagger takes for a firm, before a
  // lower-case word and nowhere else a name, is the sentence's capital.
  const firmAlone =
    token.tags.has('Organization') &&
    !token.tags.has('Person') &&
    !token.tags.has('Place') &&
    /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.text);
  if (index === 0 && !known.has(lower) && firmAlone) return false;
  // "H. A. R. Gibb": a capital with its period before a name word is an initial, not "a".
  if (index > 0 && /^[A-Z]$/.test(token.text) && token.post === '. ' && next && isCapitalised(next))
    return true;
  if (NON_NAME_WORDS.has(lower) && !token.tags.has('ProperNoun')) return false;
  if (
    index === 0 &&
    !isProperTagged(token) &&
    !known.has(lower) &&
    !ROLE_HEADS.has(lower) &&
    !unknownBeforePerson(token, next) &&
    !surnameBeforeGivenName(token, next)
  )
    return false;
  return !token.tags.has('Pronoun') && !/^\d/.test(token.text);
}

/**
 * "Antonín Leopold Dvořák was…": a word the tagger does not know, opening a sentence right before
 * a person's name, is the person's first name. Plural guesses ("Onlookers John Smith") are not.
 */
function unknownBeforePerson(token: Token, next?: Token): boolean {
  return (
    token.guessed === true &&
    !token.tags.has('Plural') &&
    /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(token.text) &&
    /^\s$/.test(token.post) &&
    next !== undefined &&
    // "Faisal al-Harthy": the article of an Arabic name, glued to it, opens the rest of the name.
    (isCapitalised(next) || (/^(?:al|el|ad|as|an)$/.test(next.text) && next.post === '-')) &&
    isPersonWord(next)
  );
}

/**
 * "Tan Wei Ling, a healthcare analyst …": a surname written first that is also an everyday word
 * ("Tan", "Long", "Song"), opening a sentence right before a plain capitalised word, is a name.
 */
function surnameBeforeGivenName(token: Token, next?: Token): boolean {
  return (
    SURNAMES_FIRST.has(token.text) &&
    /^\s$/.test(token.post) &&
    next !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
    !next.tags.has('Place') &&
    !next.tags.has('Organization') &&
    !DATE_WORDS.has(next.normal)
  );
}

function isProperTagged(token: Token): boolean {
  const t = token.tags;
  return (
    t.has('ProperNoun') ||
    t.has('Person') ||
    t.has('Place') ||
    t.has('Organization') ||
    t.has('Acronym')
  );
}

/**
 * "Dr. Elena Varga", "Tomas J. Ridley", "St. Adalbert": a title, a saint's title or an initial with
 * its period stays in the name.
 */
function abbreviationInName(token: Token, next?: Token, then?: Token): boolean {
  const bare = token.text.replace(/\.$/, '');
  const lower = bare.toLowerCase();
  // "Derek J. de Solla Price": a middle initial, then a particle before the surname.
  if (
    /^\.\s$/.test(token.post) &&
    /^[A-Z]$/.test(bare) &&
    next !== undefined &&
    PAIRED_PARTICLES.has(next.text) &&
    then !== undefined &&
    /^[A-Z]/.test(then.text)
  )
    return true;
  return (
    /^\.\s$/.test(token.post) &&
    next !== undefined &&
    /^[A-Z]/.test(next.text) &&
    (/^[A-Z]$/.test(bare) ||
      SAINT_PREFIXES.has(lower) ||
      (HONORIFICS.has(lower) && token.tags.has('Honorific')))
  );
}

/**
 * "St. Adalbert's Church", "King's College", "St. Aidan's General Hospital": a possessive inside
 * one name, whose head follows it or comes one word later.
 */
function possessiveInName(token: Token, next?: Token, then?: Token): boolean {
  const heads = (t?: Token): boolean =>
    t !== undefined && /^[A-Z]/.test(t.text) && POSSESSIVE_NAME_HEADS.has(t.normal);
  return (
    /^\s$/.test(token.post) &&
    next !== undefined &&
    /^[A-Z]/.test(next.text) &&
    (heads(next) || (/^\s$/.test(next.post) && heads(then)))
  );
}

function breaksAfter(token: Token, next?: Token, then?: Token): boolean {
  if (abbreviationInName(token, next, then)) return false;
  return (
    BREAKING.test(token.post) ||
    (/['’]s?$/.test(token.text) && !possessiveInName(token, next, then)) ||
    (next !== undefined && /[([{"]/.test(next.pre))
  );
}

/**
 * Finds the runs of capitalised words in a tagged sentence ("U.S. Secretary of State John Kerry",
 * "Syrian Observatory for Human Rights"), keeping small joiners such as "of" inside a run.
 */
export function findNameChunks(
  tokens: readonly Token[],
  sentence: string,
  known: ReadonlySet<string> = new Set(),
): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isNameWord(first, i, known, tokens[i + 1])) {
      i += 1;
      continue;
    }
    let j = i + 1;
    let last = i;
    while (j < tokens.length && !breaksAfter(tokens[j - 1] as Token, tokens[j], tokens[j + 1])) {
      const token = tokens[j] as Token;
      const firmEnd =
        token.normal === 'and' || token.text === '&'
          ? (companyRunEnd(tokens, j + 1, known) ??
            topicPairEnd(tokens, i, j, known) ??
            subjectPairEnd(tokens, i, j, known) ??
            councilPairEnd(tokens, i, j, known))
          : null;
      if (
        isNameWord(token, j, known, tokens[j + 1]) ||
        token.text === 'I' ||
        givenNameSyllable(tokens, i, j)
      ) {
        // "Suleiman I", "Francis I of France": the first of a ruler's name.
        last = j;
        j += 1;
      } else if (
        NAME_JOINERS.has(token.normal) &&
        !placeAfterOn(tokens, j, known) &&
        !placeOfCountry(tokens, j) &&
        !townForTitle(tokens, i, j) &&
        !breaksAfter(token, tokens[j + 1]) &&
        tokens[j + 1] &&
        isNameWord(tokens[j + 1] as Token, j + 1, known)
      ) {
        j += 1;
      } else if (doubleParticle(tokens, j, known)) {
        // "Pieter van der Merwe", "Oscar de la Hoya": two particles before a surname.
        j += 2;
      } else if (firmEnd !== null) {
        last = firmEnd;
        j = last + 1;
      } else if (joinerWithThe(tokens, i, j, known)) {
        j += 2;
      } else if (epithetAfter(tokens, j)) {
        // "Theodoric the Great", "William the Conqueror": a ruler's epithet ends the name.
        last = j + 1;
        break;
      } else break;
    }
    const tail = tokens[last + 1];
    const joiner = tokens[last - 1];
    // "Observatory for Human rights": a lower-case word closing a name after "for"/"of" belongs to it.
    if (
      tail &&
      joiner &&
      last - 1 > i &&
      NAME_JOINERS.has(joiner.normal) &&
      !breaksAfter(tokens[last] as Token) &&
      /^[a-z]+$/.test(tail.text) &&
      tail.tags.has('Noun') &&
      // "Rembrandt van Rijn himself": a pronoun closes no name.
      !tail.tags.has('Pronoun') &&
      BREAKING.test(tail.post)
    )
      last += 1;
    const of = personOfPlace(tokens, i, last + 1);
    if (of !== null) {
      chunks.push(makeChunk(tokens, i, of, sentence));
      i = of + 1;
      continue;
    }
    chunks.push(makeChunk(tokens, i, last + 1, sentence));
    i = last + 1;
  }
  return growToAcronym(chunks, tokens, sentence);
}

/**
 * "Park Seo-yeon", "Kang Min-jae": a short lower-case syllable after a hyphen closes a given name
 * written after the surname. "Kremlin-backed" and "Hong Kong-based" are no names.
 */
function givenNameSyllable(tokens: readonly Token[], from: number, j: number): boolean {
  const before = tokens[j - 1] as Token;
  const token = tokens[j] as Token;
  return (
    j - 1 > from &&
    before.post === '-' &&
    /^\p{Lu}\p{Ll}{0,3}$/u.test(before.text) &&
    /^\p{Ll}{1,4}$/u.test(token.text)
  );
}

/**
 * "Bank of the South", "Commission for the Protection of the Danube", "Minister for the
 * Environment", "Republic of the Congo": "of the" or "for the" in a body's or a state's name, or
 * after a title, before a name word, stays in it. "Xiaogang Wei of the Beijing Institute" is two names.
 */
function joinerWithThe(
  tokens: readonly Token[],
  from: number,
  j: number,
  known: ReadonlySet<string>,
): boolean {
  const [joiner, the, name] = [tokens[j] as Token, tokens[j + 1], tokens[j + 2]];
  const head = (tokens[j - 1] as Token).normal;
  return (
    the !== undefined &&
    name !== undefined &&
    ['of', 'for'].includes(joiner.normal) &&
    the.normal === 'the' &&
    !breaksAfter(joiner, the) &&
    !breaksAfter(the, name) &&
    isNameWord(name, j + 2, known) &&
    (tokens.slice(from, j).some((t) => ORGANIZATION_HEADS.has(t.normal)) ||
      // "Democratic Republic of the Congo", "Kingdom of the Netherlands": a state's full name.
      POLITY_WORDS.has(head) ||
      (ROLE_NOUNS.has(head) && fieldThenPerson(nameRun(tokens, j + 2, known))) ||
      // "UNESCO Memory of the World Register": a name closed by a head after "of the".
      REGISTER_HEADS.has(nameRun(tokens, j + 2, known).at(-1)?.normal ?? ''))
  );
}

/** Heads that close a programme's or a list's name after "of the" ("Memory of the World Register"). */
const REGISTER_HEADS: ReadonlySet<string> = new Set(['register', 'list', 'programme', 'program']);

/** The run of name words from `from`, up to a break. */
function nameRun(tokens: readonly Token[], from: number, known: ReadonlySet<string>): Token[] {
  const run: Token[] = [];
  for (let k = from; tokens[k] && isNameWord(tokens[k] as Token, k, known); k++) {
    run.push(tokens[k] as Token);
    if (breaksAfter(tokens[k] as Token, tokens[k + 1])) break;
  }
  return run;
}

/**
 * "the Interior Gérald Darmanin": a title's field, then a person's name with a first name. "the
 * United States" is no field of a title before a name.
 */
function fieldThenPerson(run: readonly Token[]): boolean {
  return (
    run.length >= 3 &&
    run.slice(1, -1).some((t) => t.tags.has('FirstName')) &&
    !run.some((t) => t.tags.has('Place'))
  );
}

/** True when "the" and a ruler's epithet follow a name ("Suleiman the Magnificent"). */
function epithetAfter(tokens: readonly Token[], j: number): boolean {
  const [the, epithet, after] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  return (
    the?.text === 'the' &&
    !(after !== undefined && isCapitalised(after) && /^\s$/.test(epithet?.post ?? '')) &&
    /^\s$/.test(the.post) &&
    epithet !== undefined &&
    /^\p{Lu}/u.test(epithet.text) &&
    EPITHETS.has(epithet.normal.replace(/['’]s$/, ''))
  );
}

/**
 * "the Tibesti Mountains of Chad": a place's head word after its own name, then "of" and the
 * country it lies in. "the Gulf of Mexico" and "the Valley of Mexico" are one name each.
 */
function placeOfCountry(tokens: readonly Token[], j: number): boolean {
  const [named, head, next] = [tokens[j - 2], tokens[j - 1], tokens[j + 1]];
  return (
    tokens[j]?.normal === 'of' &&
    head !== undefined &&
    named !== undefined &&
    isCapitalised(named) &&
    next !== undefined &&
    PLACE_HEADS.has(head.normal) &&
    placeKind(next.text) === 'country'
  );
}

/**
 * "working near Prague for Emperor Rudolf II": a town alone before "for" and a title is where
 * someone works, not the opening of a body's name.
 */
function townForTitle(tokens: readonly Token[], from: number, j: number): boolean {
  const [town, next] = [tokens[j - 1], tokens[j + 1]];
  return (
    tokens[j]?.normal === 'for' &&
    j === from + 1 &&
    town !== undefined &&
    placeKind(town.text) !== null &&
    next !== undefined &&
    ROLE_HEADS.has(next.normal)
  );
}

/**
 * "Lothian Regional Council on George IV Bridge": "on" or "at" before a street, a bridge or a
 * square says where the body sits, so the names are two.
 */
function placeAfterOn(tokens: readonly Token[], j: number, known: ReadonlySet<string>): boolean {
  const joiner = (tokens[j] as Token).normal;
  if (joiner !== 'on' && joiner !== 'at') return false;
  const last = nameRun(tokens, j + 1, known).at(-1);
  return last !== undefined && PLACE_HEADS.has(last.normal.replace(/['’]s$/, ''));
}

function doubleParticle(tokens: readonly Token[], j: number, known: ReadonlySet<string>): boolean {
  const [first, second, name] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  return (
    first !== undefined &&
    second !== undefined &&
    name !== undefined &&
    ((PAIRED_PARTICLES.has(first.normal) && PAIRED_PARTICLES.has(second.normal)) ||
      // "Lisan al-Din ibn al-Khatib": "son of" and the article glued to the father's name.
      (FATHER_WORDS.has(first.normal) &&
        /^(?:al|el|ad|as|an)$/.test(second.normal) &&
        second.post === '-')) &&
    /^[a-z]/.test(first.text + second.text) &&
    !breaksAfter(first, second) &&
    !breaksAfter(second, name) &&
    isNameWord(name, j + 2, known)
  );
}

/**
 * Where a run of name words after "and" ends when it closes a firm's name ("Pacific Gas and
 * Electric Company", "Johnson & Johnson Inc."), or null: "Russia and Syria" stay two names.
 */
function companyRunEnd(
  tokens: readonly Token[],
  from: number,
  known: ReadonlySet<string>,
): number | null {
  let k = from;
  while (tokens[k] && isNameWord(tokens[k] as Token, k, known)) {
    if (breaksAfter(tokens[k] as Token, tokens[k + 1])) break;
    k += 1;
  }
  const end = tokens[k] && isNameWord(tokens[k] as Token, k, known) ? k : k - 1;
  const head = tokens[end]?.normal.replace(/\.$/, '') ?? '';
  return end >= from && FIRM_CLOSING_WORDS.has(head) ? end : null;
}

/** Tags the tagger gives the words of people's and places' names. */
const NAME_TAGS = ['Person', 'Place', 'FirstName', 'LastName'];

/**
 * "Food and Drug Administration", "Fish and Wildlife Service": one common word, "and", then words
 * closing in a public body's head make one name. Where it ends, or null: "Russia and Syria" stay two.
 */
function topicPairEnd(
  tokens: readonly Token[],
  from: number,
  and: number,
  known: ReadonlySet<string>,
): number | null {
  // "U.S. Fish and Wildlife Service": a country's short form may stand before the topic.
  const lead = tokens[from] as Token;
  const start =
    and === from + 2 && /^(?:[A-Z]\.){2,}$|^[A-Z]{2,3}$/.test(lead.text) ? from + 1 : from;
  // "National Scientific and Technical Research Council": up to three describing words, none a
  // name nor a body's head ("Department of Justice and Federal Bureau …" are two bodies).
  const topics = tokens.slice(start, and);
  const end = bodyHeadAfter(tokens, and, known);
  // "Wildlife Resources Conservation and Protection Act": a law's topics may read as a body's.
  const law = end !== null && tokens[end]?.normal === 'act';
  const plain = (t: Token): boolean =>
    ![...NAME_TAGS, ...(law ? [] : ['Organization'])].some((tag) => t.tags.has(tag)) &&
    !/[A-Z]{2}/.test(t.text) &&
    (law || !ORGANIZATION_HEADS.has(t.normal)) &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text);
  if (topics.length < 1 || topics.length > 3 || !topics.every(plain)) return null;
  if (topics.slice(0, -1).some((t) => !/^\s$/.test(t.post))) return null;
  return end;
}

/** Where a public body's head closes the name within three words after "and", or null. */
function bodyHeadAfter(
  tokens: readonly Token[],
  and: number,
  known: ReadonlySet<string>,
): number | null {
  for (let k = and + 1; k <= and + 3 && tokens[k]; k++) {
    const word = tokens[k] as Token;
    if (!isNameWord(word, k, known)) return null;
    if (PUBLIC_BODY_HEADS.has(word.normal)) return k;
    if (breaksAfter(word, tokens[k + 1])) return null;
  }
  return null;
}

/**
 * "General Conference on Weights and Measures", "Institute of Electrical and Electronics
 * Engineers": a body named for what it deals with, common words joined by "and" after "of", "for"
 * or "on". Where it ends, or null: "Bank of England and Barclays" stay two.
 */
function subjectPairEnd(
  tokens: readonly Token[],
  from: number,
  and: number,
  known: ReadonlySet<string>,
): number | null {
  const joiner = tokens.slice(from, and).findIndex((t) => ['of', 'for', 'on'].includes(t.normal));
  const head = tokens[from + joiner - 1];
  if (joiner < 1 || !head || !ORGANIZATION_HEADS.has(head.normal)) return null;
  // "University of Miami and Cornell University": a place or a second body's head is no topic.
  // "Ministry of Energy and Mines": a word that closes a firm's name may be a ministry's topic.
  const topical = head.normal === 'ministry' || head.normal === 'department';
  const plain = (t: Token): boolean =>
    ![...NAME_TAGS, 'Acronym'].some((tag) => t.tags.has(tag)) &&
    placeKind(t.text) === null &&
    (!ORGANIZATION_HEADS.has(t.normal) || (topical && DROPPABLE_FIRM_WORDS.has(t.normal)));
  if (!tokens.slice(from + joiner + 1, and).every(plain)) return null;
  let end = and;
  while (end - and < 2 && tokens[end + 1] && isNameWord(tokens[end + 1] as Token, end + 1, known)) {
    if (!plain(tokens[end + 1] as Token)) return null;
    end += 1;
    if (breaksAfter(tokens[end] as Token, tokens[end + 1])) break;
  }
  const next = tokens[end + 1];
  const closes =
    next === undefined ||
    breaksAfter(tokens[end] as Token, next) ||
    !isNameWord(next, end + 1, known);
  return end > and && closes ? end : null;
}

/** "City Council", "District Council": what may close a council named after two places. */
const COUNCIL_KINDS: ReadonlySet<string> = new Set(['city', 'county', 'district', 'borough']);

/**
 * "Perth and Kinross Council", "Brighton and Hove City Council": one word, "and", one word and a
 * council's name make one body, unless the first word closes a list ("Fife, Perth and Kinross").
 */
function councilPairEnd(
  tokens: readonly Token[],
  from: number,
  and: number,
  known: ReadonlySet<string>,
): number | null {
  if (and !== from + 1 || /,\s$/.test(tokens[from - 1]?.post ?? '')) return null;
  const second = tokens[and + 1];
  if (!second || !isNameWord(second, and + 1, known) || !/^\s$/.test(second.post)) return null;
  const [next, then] = [tokens[and + 2], tokens[and + 3]];
  if (next?.text === 'Council') return and + 2;
  const kind = next !== undefined && COUNCIL_KINDS.has(next.normal) && /^\s$/.test(next.post);
  return kind && then?.text === 'Council' ? and + 3 : null;
}

function makeChunk(
  tokens: readonly Token[],
  from: number,
  to: number,
  sentence: string,
): NameChunk {
  const start = (tokens[from] as Token).start;
  const lastToken = tokens[to - 1] as Token;
  let end = lastToken.end;
  const raw = sentence.slice(start, end);
  const possessive = /['’]s$/.exec(raw) ?? /s['’]$/.exec(raw);
  if (possessive) end -= possessive[0] === "'s" || possessive[0] === '’s' ? 2 : 1;
  // "Sekulić.:32": a reference mark glued to the last word is not part of the name.
  const junk = /[^\p{L}\p{M}\d'’.&\s-]/u.exec(sentence.slice(start, end));
  if (junk) end = start + junk.index;
  end = trimTrailingDot(sentence, start, end);
  return { from, to, start, end, text: sentence.slice(start, end) };
}

function trimTrailingDot(sentence: string, start: number, end: number): number {
  const text = sentence.slice(start, end);
  // Keep the dot of an abbreviation such as "U.S." or "Inc.", drop a sentence's full stop.
  if (text.endsWith('.') && !/(?:\b[A-Z]\.)+$|(?:Inc|Corp|Ltd|Co|Jr|Sr|St)\.$/.test(text))
    return end - 1;
  return end;
}
