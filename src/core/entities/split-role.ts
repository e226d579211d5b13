import { NAME_JOINERS } from '../lexicon/common-words.ts';
import { ORGANIZATION_HEADS } from '../lexicon/organization-words.ts';
import { THING_HEADS } from '../lexicon/thing-words.ts';
import { NEVER_SURNAME_PLACE_HEADS, PLACE_HEADS } from '../lexicon/place-words.ts';
import { NATIONALITIES } from '../lexicon/nationality-words.ts';
import {
  HONORIFICS,
  PARTY_WORDS,
  ROLE_FIELD_ENDINGS,
  ROLE_HEADS,
  ROLE_NOUNS,
} from '../lexicon/role-words.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import { givenNameWord, unlistedWord } from '../nlp/word-sorts.ts';
import { placeKind, townAppositive } from './place-kind.ts';
import type { NameChunk } from './find-name-chunks.ts';

/**
 * "USCG Captain Monica Rochester", "Santa Barbara County Sheriff Bill Brown": a title after the name
 * of its organization or place, then a two- or three-word personal name. Where the name starts, or null.
 */
function qualifiedRole(tokens: readonly Token[], chunk: NameChunk): number | null {
  for (const size of [2, 3, 4]) {
    const at = chunk.to - size - 1;
    const title = tokens[at];
    const name = tokens.slice(at + 1, chunk.to);
    // "Halvorsen Chief Executive Mikkel Brandt": a title of two words marks the name after it,
    // however the tagger reads the name.
    const twoWordTitle = ROLE_HEADS.has(tokens[at - 1]?.normal ?? '') && size <= 3;
    if (
      at > chunk.from &&
      title &&
      ROLE_NOUNS.has(title.normal.replace(/\.$/, '')) &&
      /^[A-Z]/.test(title.text) &&
      name.every((t, k) => isPersonalWord(t, k === 0 || k === name.length - 1)) &&
      (twoWordTitle ||
        name.some((t) => ['FirstName', 'LastName', 'Person'].some((tag) => t.tags.has(tag))))
    )
      return at + 1;
  }
  return null;
}

/**
 * A word of a personal name after a title: capitalised and no title itself, or, inside the name, a
 * lower-case particle ("Pieter van Asselt", "Pieter van der Merwe").
 */
function isPersonalWord(token: Token, edge: boolean): boolean {
  if (!edge && /^[a-z]/.test(token.text)) return NAME_JOINERS.has(token.normal);
  return /^[A-Z]/.test(token.text) && !ROLE_HEADS.has(token.normal);
}

/**
 * "Republican Kevin McCarthy", "Ethiopians Dejene Debela": a party or a nationality before a
 * personal name describes the person.
 */
function partyBefore(tokens: readonly Token[], chunk: NameChunk): number {
  const first = tokens[chunk.from] as Token;
  const name = tokens.slice(chunk.from + 1, chunk.to);
  const personal =
    name.length >= 2 &&
    name.some((t) => ['FirstName', 'LastName', 'Person'].some((tag) => t.tags.has(tag)));
  const demonym = first.normal in NATIONALITIES || first.normal.replace(/s$/, '') in NATIONALITIES;
  // "the American Frederick Townsend Ward", "the Venetian Sebastiano Venier": a given name the
  // tagger lists, or words it lists nowhere, read as a person's name even where it guessed a place.
  // "an Austrian-Silesian Augustinian friar": words before a noun describe it; they name nobody.
  const after = tokens[chunk.to];
  const describes = after !== undefined && /^[a-z]/.test(after.text) && after.tags.has('Noun');
  const nameLike =
    name.length >= 2 &&
    name.length <= 3 &&
    !describes &&
    (givenNameWord((name[0] as Token).text) || name.every((t) => unlistedWord(t.text)));
  // "the Spaniard Diego de Ordaz": a particle may stand inside the name.
  const named =
    name.length >= 2 &&
    name.every(
      (t, k) =>
        (k > 0 && k < name.length - 1 && NAME_JOINERS.has(t.normal) && /^[a-z]/.test(t.text)) ||
        (/^\p{Lu}/u.test(t.text) &&
          !ROLE_HEADS.has(t.normal) &&
          !ORGANIZATION_HEADS.has(t.normal) &&
          !THING_HEADS.has(t.normal) &&
          // "French Sign Language": a language, no one's name.
          t.normal !== 'language' &&
          !t.tags.has('Organization') &&
          (!t.tags.has('Place') || (nameLike && placeKind(t.text) === null)) &&
          !t.tags.has('Plural')),
    );
  // "the Indonesian Criminal Code", "the broader Swiss Market Index": after an article, a people's
  // word opens the name of a thing, unless a person ("the Genoese Andrea Doria") or a region ("the
  // Russian Far East") follows.
  const article = tokens
    .slice(Math.max(0, chunk.from - 2), chunk.from)
    .some((t) => ['the', 'a', 'an', 'its', 'their'].includes(t.normal));
  const last = (tokens[chunk.to - 1] as Token).normal;
  const region = /^(?:east|west|north|south)$/.test(last) || PLACE_HEADS.has(last);
  // "French High Gothic architecture": a people's word and the words after it describe a noun.
  if (demonym && named && !describes && (!article || personal || nameLike || region))
    return chunk.from + 1;
  return PARTY_WORDS.has(first.normal) && personal ? chunk.from + 1 : chunk.from;
}

/**
 * Splits a leading title ("Defense Secretary", "Dr.") from the name that follows it: the index of
 * the name's first word, or the chunk's start when there is no title.
 */
export function splitRole(tokens: readonly Token[], chunk: NameChunk): number {
  let lastRoleNoun = -1;
  for (let k = chunk.from; k < chunk.to - 1; k++) {
    const word = (tokens[k] as Token).normal.replace(/\.$/, '');
    const raw = (tokens[k] as Token).text.toLowerCase();
    const singular =
      word.endsWith('s') && ROLE_NOUNS.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
    const inRole =
      ROLE_HEADS.has(singular) ||
      ROLE_HEADS.has(raw) ||
      word in NATIONALITIES ||
      word === 'of' ||
      word === 'the';
    if (!inRole) break;
    if (ROLE_NOUNS.has(singular) || HONORIFICS.has(raw)) lastRoleNoun = k;
  }
  if (lastRoleNoun < 0 && fieldListTitle(tokens, chunk.from) !== null)
    return nameAfterField(tokens, chunk.from, chunk.to) ?? chunk.from;
  if (lastRoleNoun < 0) return qualifiedRole(tokens, chunk) ?? partyBefore(tokens, chunk);
  // "UN General Assembly": a body's head after a title word is no one's name.
  const rest = tokens[lastRoleNoun + 1];
  if (lastRoleNoun + 2 === chunk.to && rest && ORGANIZATION_HEADS.has(rest.normal))
    return chunk.from;
  // "General Santos City", "Admiralty Island": a name that ends in a place's head no one has as a
  // surname is the place's whole name, title-like words and all.
  const last = tokens[chunk.to - 1] as Token;
  if (/^[A-Z]/.test(last.text) && TOWN_OR_PLACE_HEADS.has(last.normal)) return chunk.from;
  // "General Santos, a city of about 700,000": a name set beside a word for a town is the town's.
  const after = tokens.slice(chunk.to, chunk.to + 6).map((t) => t.text + t.post);
  if (last.post.includes(',') && townAppositive(last.post + after.join(''))) return chunk.from;
  let nameFrom = lastRoleNoun + 1;
  const field = fieldOfRole(tokens, nameFrom, chunk.to);
  if (field !== null) return field;
  // "Mayor of Koszalin Piotr Jedlinski": the role takes "of" and one word when a name still follows.
  if ((tokens[nameFrom] as Token | undefined)?.normal === 'of' && chunk.to - nameFrom >= 4)
    nameFrom += 2;
  // "Secretary of State John Kerry": the role runs on over "of State".
  while (
    nameFrom + 2 < chunk.to &&
    (tokens[nameFrom] as Token).normal === 'of' &&
    ROLE_HEADS.has((tokens[nameFrom + 1] as Token).normal)
  ) {
    nameFrom += 2;
  }
  return titleRunsOn(tokens, nameFrom, chunk.to);
}

const PERSON_TAGS = ['FirstName', 'LastName', 'Person'];

/**
 * "Minister of Culture, Tourism and Civil Aviation Badri Prasad Adhikari": a chunk after "and" that
 * closes a list of fields, itself after a title and "of" or "for", opens with the title's last field.
 * Where the title starts, or null.
 */
export function fieldListTitle(tokens: readonly Token[], from: number): number | null {
  if (!['and', '&'].includes(tokens[from - 1]?.normal ?? '')) return null;
  for (let k = from - 2; k >= Math.max(1, from - 12); k--) {
    const token = tokens[k] as Token;
    if (['of', 'for'].includes(token.normal)) {
      if (!ROLE_NOUNS.has((tokens[k - 1] as Token).normal) || k >= from - 2) return null;
      let title = k - 1;
      while (title > 0 && ROLE_HEADS.has((tokens[title - 1] as Token).normal)) title -= 1;
      return title;
    }
    if (!/^[A-Z]/.test(token.text)) return null;
  }
  return null;
}

const TOWN_OR_PLACE_HEADS: ReadonlySet<string> = new Set([
  ...NEVER_SURNAME_PLACE_HEADS,
  'city',
  'town',
]);

/**
 * "Deputy Mayor for Culture Sophie Lerebours", "Minister for Foreign Affairs Penny Wong": a title
 * runs on over "for" or "of" and its field, up to a personal name of two or three words opening
 * with a first name (else of two words). Where the name starts, or null.
 */
function fieldOfRole(tokens: readonly Token[], from: number, to: number): number | null {
  if (!['for', 'of'].includes((tokens[from] as Token | undefined)?.normal ?? '')) return null;
  return nameAfterField(tokens, from + 1, to);
}

/** Where a personal name starts after a title's field that opens at `field`, or null. */
function nameAfterField(tokens: readonly Token[], field: number, to: number): number | null {
  const from = field - 1;
  const personal = (at: number): boolean => {
    const name = tokens.slice(at, to);
    return (
      at >= from + 2 &&
      name.every((t, k) => isPersonalWord(t, k === 0 || k === name.length - 1)) &&
      name.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag))) &&
      !name.some((t) => t.tags.has('Place'))
    );
  };
  for (const at of [to - 3, to - 2])
    if (personal(at) && (tokens[at] as Token).tags.has('FirstName')) return at;
  // "… and Civil Aviation Badri Prasad Adhikari": three words a tagger reads as a person's after a
  // word that closes a field.
  const three = tokens[to - 3] as Token | undefined;
  if (
    three !== undefined &&
    personal(to - 3) &&
    PERSON_TAGS.some((tag) => three.tags.has(tag)) &&
    ROLE_FIELD_ENDINGS.has(tokens[to - 4]?.normal ?? '')
  )
    return to - 3;
  if (personal(to - 2)) return to - 2;
  // "Minister of Social Affairs Kristiina Mänd": a word that closes a field ends the title before
  // a name of two or three words, however the tagger reads them.
  for (const at of [to - 2, to - 3]) {
    const name = tokens.slice(at, to);
    const field = tokens[at - 1] as Token;
    if (
      at >= from + 2 &&
      ROLE_FIELD_ENDINGS.has(field.normal) &&
      /^[A-Z]/.test(field.text) &&
      name.every((t, k) => isPersonalWord(t, k === 0 || k === name.length - 1))
    )
      return at;
  }
  return null;
}

/**
 * "Chief Financial Officer Raj Venkataraman": after a title's first word, a later title noun
 * followed by a name of two or more words ends the title, though the words between are no role words.
 */
function titleRunsOn(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 3; k >= from; k--) {
    const word = (tokens[k] as Token).normal.replace(/\.$/, '');
    if (ROLE_NOUNS.has(word) && /^[A-Z]/.test((tokens[k] as Token).text)) return k + 1;
    if (ROLE_HEADS.has(word)) break;
  }
  return from;
}
