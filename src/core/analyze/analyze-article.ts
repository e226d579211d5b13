import { SURNAMES_FIRST } from '../lexicon/surnames.ts';
import { segmentArticle } from '../text/segment-article.ts';
import { tagSentences } from '../nlp/tag-sentences.ts';
import { findNameChunks, type NameChunk } from '../entities/find-name-chunks.ts';
import { classifyChunk } from '../entities/classify-chunk.ts';
import { findRoleBefore } from '../entities/find-role-before.ts';
import {
  buildEntities,
  rulerOfPlace,
  type RawName,
  SCHOOL_ENDING,
  withoutFirmWord,
} from '../entities/build-entities.ts';
import { placesInLists } from '../entities/list-places.ts';
import { openingPersonWord } from '../entities/opening-person-word.ts';
import { placesByContext } from '../entities/places-by-context.ts';
import { teamsByVerb } from '../entities/teams-by-verb.ts';
import { personsByCue } from '../entities/persons-by-cue.ts';
import { thingNames } from '../entities/named-as-thing.ts';
import { extractQuantities } from '../entities/extract-quantities.ts';
import { extractDates } from '../entities/extract-dates.ts';
import { extractQuotes } from '../facts/extract-quotes.ts';
import type { Analysis, NameMention, QuantityMention } from './analysis-types.ts';
import type { Sentence } from '../types.ts';
import type { Token } from '../nlp/tag-sentences.ts';
import { NAME_JOINERS } from '../lexicon/common-words.ts';
import { PLACE_KIND_WORDS } from '../lexicon/place-words.ts';

/**
 * Types each chunk of a sentence. Chunks that could not be typed, and one-word chunks while the
 * article's person names are not yet known, are returned for a second look.
 */
function typeChunks(
  sentence: Sentence,
  tokens: readonly Token[],
  chunks: readonly NameChunk[],
  personWords: ReadonlySet<string> | null,
): { names: RawName[]; untyped: NameChunk[] } {
  const names: RawName[] = [];
  const untyped: NameChunk[] = [];
  for (const chunk of chunks) {
    if (!personWords && chunk.to - chunk.from === 1) {
      untyped.push(chunk);
      continue;
    }
    const typed = classifyChunk(tokens, chunk, sentence.normalized, personWords ?? new Set());
    if (!typed) {
      untyped.push(chunk);
      continue;
    }
    if (!typed.role && typed.type === 'person') {
      const from = findRoleBefore(tokens, chunk.from);
      if (from >= 0) {
        const start = (tokens[from] as Token).start;
        const end = (tokens[chunk.from - 1] as Token).end;
        typed.role = { start, end, text: sentence.normalized.slice(start, end) };
      }
    }
    names.push({ ...typed, sentence: sentence.index });
  }
  return { names, untyped };
}

/**
 * The first names and surnames of the article's full person names ("sergey", "lavrov", "santa" and
 * "anna" of "Antonio López de Santa Anna"). A middle name is left out: "Washington" alone is the
 * city, not George Washington Goethals.
 */
function personWordsOf(names: readonly RawName[]): Set<string> {
  const full = names.filter((n) => n.type === 'person' && n.text.includes(' '));
  return new Set(
    full.flatMap((n) => {
      const parts = n.text.toLowerCase().split(/\s+/);
      const particle = parts.findIndex((w, k) => k > 0 && NAME_JOINERS.has(w));
      const surname = particle > 0 ? parts.slice(particle + 1) : parts.slice(-1);
      // "Isabella of Portugal": the country a ruler is named after stays a country.
      const ruled = particle > 0 && rulerOfPlace(parts) === particle;
      return [parts[0] ?? '', ...(ruled ? [] : surname)].map((w) =>
        w.replace(/^(?:al|el|ad|as)-/, ''),
      );
    }),
  );
}

/**
 * Finds the typed names of every sentence. A one-word name ("Lavrov") is typed only once the
 * article's full person names are known, so untyped chunks get a second look.
 */
function namesOfArticle(
  sentences: readonly Sentence[],
  tokens: readonly Token[][],
  dateSpans: readonly [number, number][][],
  title: string,
): RawName[] {
  const known = knownNameWords(sentences, tokens);
  for (const word of headlineNameWords(title)) known.add(word);
  const mononym = openingPersonWord(sentences[0]?.normalized ?? '', tokens[0] ?? []);
  if (mononym !== null) known.add(mononym);
  const first = sentences.map((s, i) => {
    const dates = dateSpans[i] ?? [];
    const chunks = findNameChunks(tokens[i] ?? [], s.normalized, known).filter(
      (c) => !dates.some(([a, b]) => c.start < b && c.end > a),
    );
    return typeChunks(s, tokens[i] ?? [], chunks, null);
  });
  const personWords = personWordsOf(first.flatMap((r) => r.names));
  if (mononym !== null) personWords.add(mononym);
  const second = sentences.map((s, i) =>
    typeChunks(s, tokens[i] ?? [], first[i]?.untyped ?? [], personWords),
  );
  const knownNames = namesByText([...first, ...second].flatMap((r) => r.names));
  const cuedPeople = personsByCue(
    sentences.map((s) => s.normalized),
    second.map((r) => r.untyped.filter((c) => !knownNames.has(c.text))),
  );
  const names = sentences.flatMap((s, i) => {
    // "herring from Scania" where "the coast of Scania" showed it a place: the same name, a place;
    // "Austral shareholders" where "Mercado Austral" is a firm: the firm.
    const untyped = second[i]?.untyped ?? [];
    const known = untyped.flatMap((c) => {
      const named = knownNames.get(c.text);
      return named
        ? [{ ...named, text: c.text, start: c.start, end: c.end, role: null, sentence: i }]
        : [];
    });
    // "his half-brothers Dingane and Mhlangana": names the article shows to be people's.
    const people = untyped.flatMap((c) =>
      cuedPeople.has(c.text)
        ? [
            {
              type: 'person' as const,
              text: c.text,
              start: c.start,
              end: c.end,
              role: null,
              sentence: i,
            },
          ]
        : [],
    );
    const typed = [...(first[i]?.names ?? []), ...(second[i]?.names ?? []), ...known, ...people];
    const unknown = untyped.filter((c) => !knownNames.has(c.text) && !cuedPeople.has(c.text));
    return placesInLists(s.normalized, i, { names: typed, untyped: unknown }, personWords);
  });
  // "the lander, named Hayate": a thing's name is no one's and no body's anywhere in the article.
  const normalized = sentences.map((s) => s.normalized);
  const things = thingNames(normalized);
  // "the Sredinny, or Central, Range": a word for a kind of place or a side, standing alone,
  // names none.
  const kept = names.filter(
    (n) =>
      !things.has(n.text) &&
      !(
        n.type === 'place' &&
        (Object.hasOwn(PLACE_KIND_WORDS, n.text.toLowerCase()) || SIDE_WORDS.test(n.text))
      ),
  );
  return oneTypePerName(
    kept,
    placesByContext(kept, normalized, personWords),
    teamsByVerb(kept, normalized),
  );
}

/** "Central", "Eastern": a word for a side or part of something, which alone names nothing. */
const SIDE_WORDS = /^(?:Central|Eastern|Western|Northern|Southern|Upper|Lower|Inner|Outer|Middle)$/;

/**
 * The article's typed places and full person names by their exact text, and its firms also by
 * their short form.
 */
function namesByText(names: readonly RawName[]): Map<string, RawName> {
  const firms = names.filter((n) => n.type === 'organization');
  return new Map([
    // "Bi Sheng made characters" after "invented by Bi Sheng, a commoner": a full name typed once,
    // unless a place or a firm has the same name.
    ...names
      .filter((n) => n.type === 'person' && /\s/.test(n.text))
      .map((n) => [n.text, { ...n, role: null }] as const),
    ...firms.map((n) => [withoutFirmWord(n.text), n] as const),
    ...names.filter((n) => n.type === 'place').map((n) => [n.text, n] as const),
  ]);
}

/**
 * A name the article shows to be an organization somewhere ("Kimberly-Clark, which makes …") is
 * an organization everywhere, unless a title marks that mention as a person; a name it shows to
 * be a place ("the Amazon rainforest") is a place everywhere, and so is a one-word "person" of
 * that name, and so is a "person" the article shows to be a place ("on Flores", "Stalowa Wola, a
 * town of …"). A "person" followed by a plural verb ("Minas Serrano come from two sets down") is
 * a team, an organization.
 */
function oneTypePerName(
  names: RawName[],
  placed: ReadonlySet<string>,
  teams: ReadonlySet<string>,
): RawName[] {
  const typed = (type: string): Map<string, RawName> =>
    new Map(names.filter((n) => n.type === type).map((n) => [n.text.toLowerCase(), n]));
  const organizations = typed('organization');
  // "a scientist at Johns Hopkins", "Halvorsen shares": a school's or firm's name without its
  // closing word, unless a person has that name ("Stanford" beside "Leland Stanford").
  const surnames = new Set(
    names
      .filter((n) => n.type === 'person' && /\s/.test(n.text))
      .map((n) => n.text.toLowerCase().split(' ').at(-1)),
  );
  for (const n of [...organizations.values()]) {
    const short = withoutFirmWord(n.text).replace(SCHOOL_ENDING, '').toLowerCase();
    if (short !== n.text.toLowerCase() && !surnames.has(short)) organizations.set(short, n);
  }
  const places = typed('place');
  return names.map((n) => {
    const lower = n.text.toLowerCase();
    const place = places.get(lower);
    // "Nurses in Lund" where "Malmö, Lund, Helsingborg …" showed it a town; "a ceremony at Carlo
    // Alberto" where "the Porta Nuova and Carlo Alberto stations" showed it a station.
    const bare = n.type === 'person' && !n.role;
    if ((n.type === 'organization' || bare) && place)
      return { ...n, type: 'place', ...(place.subtype ? { subtype: place.subtype } : {}) };
    if (n.type === 'person' && !n.role && placed.has(lower))
      return { ...n, type: 'place', subtype: 'other' };
    return n.type === 'person' && !n.role && (organizations.has(lower) || teams.has(lower))
      ? { ...n, type: 'organization' }
      : n;
  });
}

/**
 * "Thai tyre maker Siam Rubberworks raises …": the capitalised words inside a headline written in
 * sentence case, which are names even where a sentence opens with them. A headline in title case
 * tells nothing.
 */
function headlineNameWords(title: string): string[] {
  const words = title.split(/\s+/).slice(1);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (lower < 3) return [];
  return words
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
    .map((w) =>
      w
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/['’]s?$/, '')
        .replace(/[^\p{L}'’-]/gu, ''),
    );
}

/** "Lise Meitner (7 November 1878 – …)", "Suleiman I (c. 1494 – …)": a name opening a life's dates. */
const LEAD_NAME =
  /^(?:\p{Lu}[\p{L}'’-]* ){1,3}\p{Lu}[\p{L}'’-]*(?= \((?:\d|born\b|née\b|c\. ?\d|fl\.))/u;

/**
 * Words capitalised in mid-sentence somewhere in the article: names, even where they open a
 * sentence. So are the words of a name an encyclopedia entry opens with, before the dates of a life.
 */
function knownNameWords(sentences: readonly Sentence[], tokens: readonly Token[][]): Set<string> {
  const known = new Set<string>();
  sentences.forEach((s, i) => {
    const lead = LEAD_NAME.exec(s.normalized);
    if (lead)
      for (const token of tokens[i] ?? [])
        if (token.end <= lead[0].length) known.add(token.normal.replace(/['’]s?$/, ''));
    // "Tan Wei Ling, an analyst …": a name written surname first is known from where it opens.
    const opensWithSurname = SURNAMES_FIRST.has(tokens[i]?.[0]?.text ?? '');
    const rest = (tokens[i] ?? []).slice(opensWithSurname ? 0 : 1);
    // In the tagger's normal form, as findNameChunks looks them up: "Antonín" is "antonin".
    for (const chunk of findNameChunks(rest, s.normalized)) {
      if (opensWithSurname && chunk.from === 0 && chunk.to === 1) continue;
      for (const token of rest.slice(chunk.from, chunk.to))
        known.add(token.normal.replace(/['’]s?$/, ''));
    }
  });
  return known;
}

/**
 * Reads an article: sentences, tagged words, named entities with their aliases, dates, numbers and
 * quotations with their speakers. Never throws on messy text.
 */
export function analyzeArticle(text: string): Analysis {
  const segmented = segmentArticle(text);
  const { sentences } = segmented;
  const tokens = tagSentences(sentences);
  const quantities: QuantityMention[][] = [];
  const dateMentions: NameMention[][] = [];
  const spansBySentence: [number, number][][] = [];
  sentences.forEach((s, i) => {
    const dates = extractDates(s.normalized);
    const spans = dates.map((d): [number, number] => [d.start, d.end]);
    const numbers = extractQuantities(s.normalized, tokens[i] ?? []).filter(
      (q) => !spans.some(([a, b]) => q.start < b && q.end > a),
    );
    quantities.push(numbers.map((q) => ({ ...q, sentence: i })));
    spansBySentence.push(spans);
    dateMentions.push(
      dates.map((d) => ({
        sentence: i,
        start: d.start,
        end: d.end,
        text: d.text,
        type: 'date',
        subtype: d.subtype,
        entity: `date:${d.text.toLowerCase()}`,
        role: null,
      })),
    );
  });
  const raw = namesOfArticle(sentences, tokens, spansBySentence, segmented.title?.text ?? '');
  const { entities, mentions } = buildEntities(
    raw,
    sentences.map((s) => s.normalized),
  );
  for (const d of dateMentions.flat()) {
    const entity = entities.get(d.entity) ?? {
      id: d.entity,
      type: 'date' as const,
      subtype: d.subtype ?? 'date',
      name: d.text,
      short: d.text,
      aliases: new Set([d.text.toLowerCase()]),
      mentions: [],
      roles: [],
    };
    entity.mentions.push(d);
    entities.set(d.entity, entity);
  }
  const perSentence: NameMention[][] = sentences.map(() => []);
  for (const m of [...mentions, ...dateMentions.flat()]) perSentence[m.sentence]?.push(m);
  for (const list of perSentence) list.sort((a, b) => a.start - b.start);
  const quotes = extractQuotes(sentences, perSentence);
  return { segmented, tokens, entities, mentions: perSentence, quantities, quotes };
}
