import { INSTITUTION_HEADS, ORGANIZATION_HEADS } from '../lexicon/organization-words.ts';
import { CUP_OPENERS, REALM_NOUNS, THING_HEADS, WORK_NOUNS } from '../lexicon/thing-words.ts';
import { FAITH_WORDS, NATIONALITIES } from '../lexicon/nationality-words.ts';
import {
  NEVER_SURNAME_PLACE_HEADS,
  PLACE_HEADS,
  PLACE_KIND_WORDS,
  SAINT_PREFIXES,
} from '../lexicon/place-words.ts';
import { HONORIFICS, ROLE_HEADS, ROLE_NOUNS } from '../lexicon/role-words.ts';
import type { EntityType } from '../types.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import { unlistedWord } from '../nlp/word-sorts.ts';
import type { NameChunk } from './find-name-chunks.ts';
import { findRoleBefore } from './find-role-before.ts';
import { namedAsThing } from './named-as-thing.ts';
import { placeKind } from './place-kind.ts';
import { saintNamed, saintPlace } from './saint-names.ts';
import { fieldListTitle, splitRole } from './split-role.ts';
import { acronymAfter, spellsInitials } from './spells-initials.ts';
import { COMPASS, isPersonTagged, spelledInLabels, typeOfName } from './type-of-name.ts';

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

/** A typed name over the given span, with no title before it. */
function untitled(
  typed: { type: EntityType; subtype?: string },
  span: { start: number; end: number; text: string },
): TypedName {
  return { ...typed, start: span.start, end: span.end, text: span.text, role: null };
}

/** True when ", <US state>" follows the name ("Santa Clara, California"). */
function placeFollows(tokens: readonly Token[], to: number): boolean {
  const last = tokens[to - 1] as Token;
  const next = tokens[to];
  const kind = next ? placeKind(next.text.replace(/[.,;]$/, '')) : null;
  return /^,\s*$/.test(last.post) && kind === 'state';
}

/**
 * "Santa Clara, California": a name taken for a person, or for a place of no known kind, is a
 * city when its US state follows. "Santa Cruz Island, California" is not.
 */
function cityByState(
  typed: { type: EntityType; subtype?: string },
  tokens: readonly Token[],
  to: number,
): boolean {
  const head = (tokens[to - 1] as Token).normal;
  const unsorted = typed.type === 'place' && typed.subtype === 'other' && !PLACE_HEADS.has(head);
  return (typed.type === 'person' || unsorted) && placeFollows(tokens, to);
}

/** Words before a town that say where something happens ("a course around Jerez"). */
const LOCATING_BEFORE: ReadonlySet<string> = new Set(['around', 'near', 'outside', 'in', 'at']);

/**
 * "a course around Jerez de la Frontera in Andalusia": a name taken for a person, put after a
 * word of place and before "in" and a region or country, is a town.
 */
function townInArea(
  typed: { type: EntityType; subtype?: string },
  tokens: readonly Token[],
  chunk: NameChunk,
): boolean {
  if (typed.type !== 'person' || !LOCATING_BEFORE.has(tokens[chunk.from - 1]?.normal ?? ''))
    return false;
  const [joiner, area] = [tokens[chunk.to], tokens[chunk.to + 1]];
  if (joiner?.normal !== 'in' || !/^\s$/.test((tokens[chunk.to - 1] as Token).post)) return false;
  const kind = area ? placeKind(area.text.replace(/[.,;]$/, '')) : null;
  return kind === 'region' || kind === 'country' || kind === 'state';
}

/**
 * "Santa Anna" where the article names "Antonio López de Santa Anna": a name after a saint's
 * title is the person's when every word of it is in the article's full names.
 */
function closesFullName(words: readonly Token[], personWords: ReadonlySet<string>): boolean {
  return (
    words.length >= 2 &&
    SAINT_PREFIXES.has((words[0] as Token).normal) &&
    words.every((w) => personWords.has(w.text.toLowerCase()))
  );
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

/**
 * "when The Times of London was printed": an organization's leading "The" is the article before
 * its name, so options read "the Times of London" beside "the New-York Tribune".
 */
function withoutArticle(
  typed: { type: EntityType; subtype?: string },
  tokens: readonly Token[],
  chunk: NameChunk,
): TypedName {
  const lead = tokens[chunk.from] as Token;
  const from = lead.normal === 'the' && chunk.to - chunk.from >= 2 ? chunk.from + 1 : chunk.from;
  const start = (tokens[from] as Token).start;
  return untitled(typed, { start, end: chunk.end, text: chunk.text.slice(start - chunk.start) });
}

/** A quoted nickname inside a name: "Annabella" in 'Anne Isabella ("Annabella") Milbanke'. */
const isNickname = (t: Token | undefined): boolean =>
  t !== undefined && /["“]$/.test(t.pre) && /^["”]\)?\s/.test(t.post) && /^\p{Lu}/u.test(t.text);

/**
 * 'Anne Isabella ("Annabella") Milbanke', 'Edward "Duke" Ellington': the words on either side of a
 * nickname are halves of one name, neither of them a name alone.
 */
function halfAroundNickname(tokens: readonly Token[], chunk: NameChunk): boolean {
  const after = tokens[chunk.to + 1];
  const before = tokens[chunk.from - 2];
  return (
    (isNickname(tokens[chunk.to]) && after !== undefined && /^\p{Lu}/u.test(after.text)) ||
    (isNickname(tokens[chunk.from - 1]) && before !== undefined && /^\p{Lu}/u.test(before.text))
  );
}

/** "Under President Nasser, …": a preposition opening the sentence is no word of a title. */
const OPENING_PREPOSITIONS =
  /^(?:Under|After|Before|During|With|Without|For|From|As|By|Since|Until|Against|Among|Between|Despite|Like|Near|Over|Through|Toward|Towards|Upon|Within|In|On|At|Of)$/;

/**
 * "Social Welfare Secretary Carmela Ocampo" opening a sentence: the tagger's adjective before the
 * title is the title's first word, and so is a field joined by "and". Where the title starts.
 */
function titleOpening(tokens: readonly Token[], chunk: NameChunk): number {
  const listed = fieldListTitle(tokens, chunk.from);
  if (listed !== null) return (tokens[listed] as Token).start;
  const first = tokens[0];
  // "Tourism and Antiquities Minister Hassan Abdel-Rahman": two fields of one title.
  const paired =
    chunk.from === 2 &&
    tokens[1]?.text === 'and' &&
    first !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    !OPENING_PREPOSITIONS.test(first.text) &&
    !isPersonTagged(first) &&
    /^\s$/.test(first.post);
  if (paired) return first.start;
  return chunk.from === 1 &&
    first !== undefined &&
    first.tags.has('Adjective') &&
    !OPENING_PREPOSITIONS.test(first.text) &&
    /^\p{Lu}\p{Ll}+$/u.test(first.text) &&
    /^\s$/.test(first.post)
    ? first.start
    : chunk.start;
}

/** ", known in Chinese as the ", ", also called ": what joins a place to another name for it. */
export const KNOWN_AS =
  /^, (?:also |locally |later |now |today )?(?:known|called)(?: (?:in|to) (?:the )?[A-Z][a-z]+)? as (?:the )?$/;

/** "de", "von": the particle of a noble's name after a title ("the Duchesse de Polignac"). */
const NOBLE_PARTICLES: ReadonlySet<string> = new Set(['de', 'von', 'di', 'van']);

/**
 * "meaning "The Correct Sounds for the Instruction of the People"": a name inside a short quoted
 * title or translation, whose words are mostly capitalised, is part of that title.
 */
function insideQuotedTitle(sentence: string, chunk: NameChunk): boolean {
  // An opening mark stands after a space and before a word; a closing one after a word.
  for (const m of sentence.matchAll(/(?<=^|[\s(])"(\S[^"]{1,118}\S)"/g)) {
    const start = m.index + 1;
    const end = start + (m[1] as string).length;
    if (chunk.start < start || chunk.end > end) continue;
    const words = (m[1] as string).split(/\s+/).filter(Boolean);
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    return words.length >= 3 && words.length <= 12 && capitalised * 2 > words.length;
  }
  return false;
}

/** Endings of the Latin second word of a species' name ("amazonica", "jubatus", "sonneratii"). */
const EPITHET_ENDING = /^[a-z]{4,}(?:a|us|um|is|ii|ae|i|ensis|oides)$/;

/**
 * "Victoria amazonica", "the genus Victoria": one capitalised word before a Latin epithet no
 * dictionary lists, or after "genus", names a genus, which is no place or person.
 */
function genusName(tokens: readonly Token[], chunk: NameChunk): boolean {
  if (chunk.to - chunk.from !== 1) return false;
  const next = tokens[chunk.to];
  const epithet =
    next !== undefined &&
    /^\s$/.test((tokens[chunk.from] as Token).post) &&
    EPITHET_ENDING.test(next.text) &&
    unlistedWord(next.text);
  return epithet || tokens[chunk.from - 1]?.normal === 'genus';
}

/**
 * "Steller's sea eagles", "Halley's comet": one word the tagger knows as no person nor place, in
 * the possessive before a common noun, names a kind of thing after someone the article does not
 * otherwise name (`personWords` holds the words it names people by).
 */
function eponymOfThing(
  tokens: readonly Token[],
  chunk: NameChunk,
  personWords: ReadonlySet<string>,
): boolean {
  const word = tokens[chunk.from] as Token;
  const next = tokens[chunk.to];
  const bare = word.text.replace(/['’]s$/, '');
  return (
    !personWords.has(bare.toLowerCase()) &&
    !(bare.toLowerCase() in NATIONALITIES) &&
    chunk.to - chunk.from === 1 &&
    /^\p{Lu}\p{Ll}+['’]s$/u.test(word.text) &&
    next !== undefined &&
    /^\p{Ll}+$/u.test(next.text) &&
    next.tags.has('Noun') &&
    !word.tags.has('Person') &&
    !word.tags.has('Place') &&
    !word.tags.has('Organization') &&
    placeKind(bare) === null
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
  // "the "Lower" or "Primary" School": one quoted word is a term, not a name.
  if (chunk.to - chunk.from === 1 && /"$/.test(lead.pre) && /^"/.test(lead.post)) return null;
  if (genusName(tokens, chunk) || eponymOfThing(tokens, chunk, personWords)) return null;
  if (insideQuotedTitle(sentence, chunk)) return null;
  // "his recent film, Fall of Grace", "His book On the Origin of Species": the name of a made work.
  const before = tokens[chunk.from - 1];
  // "the Essay on the Geography of Plants": a capitalised work noun opens the title itself.
  const titleWord = /^(?:On|In|Of|A|An|The)$/;
  const opensTitle = (t: Token | undefined): boolean =>
    t !== undefined && /^\p{Lu}/u.test(t.text) && WORK_NOUNS.has(t.normal);
  const joiner = tokens[chunk.from - 2];
  const titled =
    titleWord.test(joiner?.text ?? '') ||
    (/^(?:on|of)$/.test(joiner?.text ?? '') && opensTitle(tokens[chunk.from - 3]));
  const work = before?.normal === 'the' && titled ? tokens[chunk.from - 3] : before;
  if (work && (WORK_NOUNS.has(work.normal) || /^(?:entitled|titled)$/.test(work.normal)))
    return null;
  if (namedAsThing(tokens, chunk.from, chunk.to) || halfAroundNickname(tokens, chunk)) return null;
  // "Taça de Portugal", "Supertaça Cândido de Oliveira": a cup named in its own language.
  if (
    chunk.to - chunk.from >= 2 &&
    CUP_OPENERS.has((tokens[chunk.from] as Token).text.toLowerCase())
  )
    return null;
  if (saintPlace(tokens.slice(chunk.from, chunk.to)))
    return untitled({ type: 'place', subtype: 'other' }, chunk);
  const acronym = acronymAfter(chunk, sentence);
  // "the Australian Square Kilometre Array Pathfinder (ASKAP)": a thing's name has initials too.
  const thing = THING_HEADS.has((tokens[chunk.to - 1] as Token).normal);
  if (acronym && !thing && chunk.to - chunk.from > 1 && spellsInitials(chunk.text, acronym)) {
    const kind = placeKind(chunk.text);
    const typed = kind
      ? { type: 'place' as const, subtype: kind }
      : { type: 'organization' as const };
    return untitled(typed, chunk);
  }
  if (
    tokens
      .slice(chunk.from, chunk.to)
      .every(
        (t) =>
          ROLE_HEADS.has(t.normal) ||
          t.normal in NATIONALITIES ||
          COMPASS.has(t.normal) ||
          t.normal === 'of' ||
          t.normal === 'the',
      )
  ) {
    if (chunk.to - chunk.from > 1 || ROLE_NOUNS.has(lead.normal)) return null;
  }
  const own = tokens.slice(chunk.from, chunk.to);
  // "General Conference on Weights", "Sir William Dunn School": an organization's name may open
  // with a title word.
  const organizationNamed =
    (ROLE_NOUNS.has(lead.normal) || HONORIFICS.has(lead.normal)) &&
    own[1]?.normal !== 'of' &&
    !ROLE_NOUNS.has((own.at(-1) as Token).normal) &&
    own.slice(1).some((t) => ORGANIZATION_HEADS.has(t.normal)) &&
    (!own.some(isPersonTagged) || own.slice(2).some((t) => INSTITUTION_HEADS.has(t.normal)));
  // "Prince William Sound", "the Commander Islands": a name closed by a word for land or water
  // is a place's, whatever title-like word opens it.
  const closer = (tokens[chunk.to - 1] as Token).normal;
  const placeClosed =
    ['water', 'land'].includes(PLACE_KIND_WORDS[closer] ?? '') &&
    NEVER_SURNAME_PLACE_HEADS.has(closer);
  const split = placeClosed ? chunk.from : splitRole(tokens, chunk);
  // "St. Gallen": the saint's title alone is no role before a name.
  const nameFrom =
    organizationNamed || (split === chunk.from + 1 && saintNamed(own)) ? chunk.from : split;
  const hasRole = nameFrom > chunk.from;
  // "Minister of Legislative Assembly", "Minister for Public Works": a title with no name after it.
  if (['of', 'for'].includes((tokens[nameFrom] as Token | undefined)?.normal ?? '')) return null;
  const start = hasRole ? (tokens[nameFrom] as Token).start : chunk.start;
  const text = sentence.slice(start, chunk.end);
  if (!/[A-Za-z]{2}/.test(text)) return null;
  // "the early Tang dynasty" beside "Tang Sanzang": a word before a realm's noun names the realm.
  const realmAfter = REALM_NOUNS.has(tokens[chunk.to]?.normal ?? '');
  // "Muslim rule", "Muslim historians" beside "Abu Muslim": a people's or a faith's word before a
  // noun describes it.
  const lowerText = text.toLowerCase();
  const describes =
    (FAITH_WORDS.has(lowerText) || lowerText in NATIONALITIES) &&
    /^[a-z]/.test(tokens[chunk.to]?.text ?? '');
  const single =
    (chunk.to - nameFrom === 1 &&
      !realmAfter &&
      !describes &&
      personWords.has(text.toLowerCase().replace(/^(?:al|el|ad|as)-/, ''))) ||
    closesFullName(tokens.slice(nameFrom, chunk.to), personWords);
  // "The Paraná begins at…", "the Tesla family": one word after "the" is never a person.
  const afterThe = chunk.to - chunk.from === 1 && before?.normal === 'the';
  if (afterThe && single) return null;
  const typed = single
    ? { type: 'person' as const }
    : organizationNamed
      ? { type: 'organization' as const }
      : typeOfName(tokens, nameFrom, chunk.to, text, hasRole);
  if (typed?.type === 'person' && spelledInLabels(tokens, nameFrom)) return null;
  // "the Aubrey Holes, named after the antiquarian John Aubrey": no one is named after a person.
  const namedAfter =
    /^,/.test((tokens[chunk.to - 1] as Token).post) &&
    tokens[chunk.to]?.normal === 'named' &&
    tokens[chunk.to + 1]?.normal === 'after';
  if (typed?.type === 'person' && namedAfter) return null;
  // "Roger, is the vessel engulfed?", "his wife Mary": a bare first name is no option beside full names.
  const word = tokens[nameFrom] as Token;
  const bareFirstName =
    chunk.to - nameFrom === 1 &&
    !single &&
    !hasRole &&
    word.tags.has('FirstName') &&
    !word.tags.has('LastName');
  // "poems of 1896 (The Water Goblin, The Noon Witch …)": a capital "The" inside a sentence opens
  // the title of a work or a band, never a person's name.
  const titleThe = before?.text === 'The' && chunk.from > 1;
  // "the first volume of the Hokusai Manga", "the Tarikh al-Fattash": a name right after "the",
  // with no title between, is a work's or a thing's, not a person's; but "the Prophet Muhammad",
  // "the Duchesse de Polignac" open with a title the tagger knows or a noble's "de".
  const titledOpening =
    word.tags.has('Actor') ||
    word.tags.has('Honorific') ||
    ROLE_HEADS.has(word.normal) ||
    NOBLE_PARTICLES.has(tokens[nameFrom + 1]?.normal ?? '');
  // "The Yangtze, known in Chinese as the Chang Jiang": another name of the place just named,
  // which is read as that place later.
  const gloss = sentence.slice(sentence.lastIndexOf(',', chunk.start), chunk.start);
  const glossed = / the $/.test(gloss) && KNOWN_AS.test(gloss);
  const thingThe = before?.text === 'the' && !hasRole && !titledOpening && !glossed;
  // "Rich in tannins and low in resin, it …": one opening word before a preposition describes
  // what the sentence goes on to name.
  const describing =
    chunk.from === 0 &&
    chunk.to === 1 &&
    !single &&
    !hasRole &&
    ['in', 'to', 'with', 'of', 'for', 'from'].includes(tokens[1]?.normal ?? '');
  if (typed?.type === 'person' && (bareFirstName || afterThe || titleThe || thingThe || describing))
    return null;
  // "Kings Canyon National Park": a word for land, or "National", inside a name closed by a place
  // word makes it a place's, whatever title-like word opens it.
  const closesPlace =
    PLACE_HEADS.has(closer) &&
    own
      .slice(0, -1)
      .some((t) => NEVER_SURNAME_PLACE_HEADS.has(t.normal) || t.normal === 'national');
  if (typed?.type === 'person' && closesPlace)
    return untitled({ type: 'place', subtype: 'other' }, chunk);
  if (
    typed &&
    !hasRole &&
    (cityByState(typed, tokens, chunk.to) || townInArea(typed, tokens, chunk))
  )
    return untitled({ type: 'place', subtype: 'city' }, { start, end: chunk.end, text });
  if (!typed || (typed.type === 'person' && !single && modifiesNoun(tokens, chunk.to, text)))
    return null;
  // "Kimberly-Clark, which makes Kleenex": people take "who", firms "which". But "a press built by
  // the German engineer Friedrich Koenig, which …": "which" is the press, after a titled person.
  // "the Xiang Army, organised by Zeng Guofan, which captured …": after "by", "which" is the thing.
  const which =
    tokens[chunk.to]?.normal === 'which' &&
    /,/.test((tokens[chunk.to - 1] as Token).post) &&
    tokens[chunk.from - 1]?.normal !== 'by';
  if (typed.type === 'person' && which && !single && findRoleBefore(tokens, chunk.from) < 0)
    return untitled({ type: 'organization' }, { start, end: chunk.end, text });
  if (typed.type === 'organization' && !hasRole) return withoutArticle(typed, tokens, chunk);
  const roleStart = hasRole ? titleOpening(tokens, chunk) : chunk.start;
  // "General Sir Robert Napier": a knight's "Sir" belongs to no title.
  const roleText = hasRole
    ? sentence.slice(roleStart, (tokens[nameFrom - 1] as Token).end).replace(/ (?:Sir|Dame)$/, '')
    : '';
  const role = hasRole
    ? { start: roleStart, end: roleStart + roleText.length, text: roleText }
    : null;
  return { ...typed, start, end: chunk.end, text, role };
}
