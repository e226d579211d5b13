import { FAITH_WORDS, NATIONALITIES, STYLE_WORDS } from '../lexicon/nationality-words.ts';
import { POLITY_WORDS } from '../lexicon/place-words.ts';
import type { RawName } from './build-entities.ts';
import type { NameChunk } from './find-name-chunks.ts';

/** What stands between two names of one list: ", ", ", and ", " and ", " or ", " and the ". */
const LIST_GAP = /^(?:, (?:and |or )?| (?:and|or) )(?:the )?$/;

/**
 * "cities such as …", "the towns of …", "ranges such as the Altai and the Tian Shan", "the cities
 * of the Niger bend, including …", "cities along its course include …": a list that names places,
 * whatever its names look like.
 */
const PLACE_LIST_LEAD =
  /\b(?:stops at|stations at|cities|towns|villages|ports|communities|settlements|regions|provinces|states|districts|departments|counties|prefectures|municipalities|parishes|cantons|islands|countries|ranges|mountains|peaks|volcanoes|rivers|lakes|seas|deserts|valleys|plateaus)(?: [^,.;:]{1,30},? (?:such as|including|include|included)| such as| including| like| of)?(?: the)? $/i;

/** The words right before a list, where a word for its places would stand. */
const leadOf = (sentence: string, run: readonly ListItem[]): string => {
  const start = (run[0] as ListItem).start;
  return sentence.slice(Math.max(0, start - 60), start);
};

/** "the Xayaburi and Don Sahong dams": a plural word for places closing the list. */
const PLACE_LIST_TAIL =
  /^ (?:dams|rivers|lakes|islands|mountains|valleys|gorges|canyons|bridges|canals|falls|provinces|regions|states|cities|towns|villages|ports|airports|stations)\b/;

/** "the Eurasian, Okhotsk and Philippine Sea plates": a plural word for things, no places, closing a list. */
const THING_LIST_TAIL = /^ (?:plates|languages|dialects|scripts|alphabets|styles|currencies)\b/;

interface ListItem {
  start: number;
  end: number;
  text: string;
  name: RawName | null;
}

/** The runs of names that the sentence lists one after another. */
function listRuns(sentence: string, items: readonly ListItem[]): ListItem[][] {
  const runs: ListItem[][] = [];
  let run: ListItem[] = [];
  for (const item of items) {
    const last = run.at(-1);
    if (last && LIST_GAP.test(sentence.slice(last.end, item.start))) run.push(item);
    else {
      if (run.length > 0) runs.push(run);
      run = [item];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * True when the list names places: after "cities such as", or with a place and names of no known
 * kind among its three or more, and no full person's name or organization.
 */
function placeList(run: readonly ListItem[], placeWords: string | null): boolean {
  if (run.length < 2) return false;
  if (placeWords !== null) return true;
  const count = (test: (r: ListItem) => boolean): number => run.filter(test).length;
  const places = count((r) => r.name?.type === 'place');
  const unknown = count((r) => r.name === null);
  const others = count(
    (r) =>
      r.name !== null &&
      r.name.type !== 'place' &&
      !(r.name.type === 'person' && !/\s/.test(r.text)),
  );
  return run.length >= 3 && places >= 1 && places + unknown >= 2 && others === 0;
}

/** One or two capitalised words, no people's word among them ("Normans of Italy" is none). */
function plainPlaceName(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length <= 2 &&
    words.every((w) => /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(w)) &&
    !words.some((w) => {
      const lower = w.toLowerCase();
      return (
        lower in NATIONALITIES ||
        lower.replace(/s$/, '') in NATIONALITIES ||
        FAITH_WORDS.has(lower) ||
        STYLE_WORDS.has(lower)
      );
    })
  );
}

/** Subtypes that a word for the list's places gives ("rivers such as …", "the … rivers"). */
const SUBTYPE_OF_LIST_WORD: Readonly<Record<string, string>> = {
  rivers: 'river',
  cities: 'city',
  towns: 'city',
  villages: 'city',
  ports: 'city',
  communities: 'city',
  settlements: 'city',
};

/**
 * The subtype two or more of the list's places share ("city"), or the one its word for places
 * gives, or "other". One country in "in Uganda, Mwanza and Bukoba in Tanzania" makes no country of
 * the towns after it.
 */
function sharedSubtype(run: readonly ListItem[], placeWords: string | null): string {
  const typed = run.filter((r) => r.name?.type === 'place');
  const subtypes = new Set(typed.map((r) => r.name?.subtype ?? 'other'));
  if (typed.length >= 2 && subtypes.size === 1 && !subtypes.has('other'))
    return [...subtypes][0] as string;
  // "British Columbia, Alberta, Saskatchewan, Yukon and …": provinces outnumbering the names of
  // no known kind among them make those provinces too.
  const known = typed.filter((r) => (r.name?.subtype ?? 'other') !== 'other');
  const kinds = new Set(known.map((r) => r.name?.subtype));
  if (kinds.size === 1 && kinds.has('region') && known.length >= 2 && known.length * 2 > run.length)
    return 'region';
  const words = (placeWords ?? '').toLowerCase().match(/[a-z]+/g) ?? [];
  return words.map((w) => SUBTYPE_OF_LIST_WORD[w]).find((t) => t !== undefined) ?? 'other';
}

/**
 * The words for places before or after a list ("cities such as", "… dams"), or null when it has
 * none.
 */
function listPlaceWords(sentence: string, run: readonly ListItem[]): string | null {
  const lead = PLACE_LIST_LEAD.exec(leadOf(sentence, run))?.[0];
  const tail = PLACE_LIST_TAIL.exec(sentence.slice((run.at(-1) as ListItem).end))?.[0];
  return lead === undefined && tail === undefined ? null : `${lead ?? ''} ${tail ?? ''}`;
}

/**
 * "the Great Bear River at Tulita, and the Arctic Red and Peel rivers": a plural word closing a
 * list names only the items after the last "the" that opens it, when no word before the list
 * names them all.
 */
function tailRun(sentence: string, run: readonly ListItem[]): readonly ListItem[] {
  const last = run.at(-1) as ListItem;
  if (PLACE_LIST_LEAD.test(leadOf(sentence, run))) return run;
  if (!PLACE_LIST_TAIL.test(sentence.slice(last.end))) return run;
  const opened = run.findLastIndex(
    (item, k) => k > 0 && / the $/.test(sentence.slice((run[k - 1] as ListItem).end, item.start)),
  );
  return opened > 0 ? run.slice(opened) : run;
}

/**
 * "Malmö, Lund, Helsingborg, Kristianstad and Ystad", "cities such as Timbuktu, Gao and
 * Sijilmasa": the names of one list are of one kind. In a list of places, a one-word name typed
 * as a person with no title, or a name left untyped, is a place too.
 */
export function placesInLists(
  sentence: string,
  sentenceIndex: number,
  found: { names: readonly RawName[]; untyped: readonly NameChunk[] },
  personWords: ReadonlySet<string>,
): RawName[] {
  const { names, untyped } = found;
  const items: ListItem[] = [
    // "General Alvear": a title stands inside the list with its name.
    ...names.map((n) => ({
      start: n.type === 'person' && n.role ? Math.min(n.role.start, n.start) : n.start,
      end: n.end,
      text: n.text,
      name: n,
    })),
    ...untyped.map((c) => ({ start: c.start, end: c.end, text: c.text, name: null })),
  ].sort((a, b) => a.start - b.start);
  const placed = new Map<ListItem, RawName>();
  const things = new Set<ListItem>();
  for (const whole of listRuns(sentence, items)) {
    const run = tailRun(sentence, whole);
    if (THING_LIST_TAIL.test(sentence.slice((whole.at(-1) as ListItem).end))) {
      for (const item of whole) things.add(item);
      continue;
    }
    const placeWords = listPlaceWords(sentence, run);
    if (!placeList(run, placeWords)) continue;
    const subtype = sharedSubtype(run, placeWords);
    // "the Xayaburi and Don Sahong dams", "ranges such as the Altai and the Tian Shan": a word for
    // places before or after the list names every item one.
    const named = placeWords !== null;
    for (const item of run) {
      // "between the Commonwealth, New South Wales, Victoria …": a federation's word is no place.
      if (POLITY_WORDS.has(item.text.toLowerCase().replace(/^the /, ''))) continue;
      // "Crick" of "Francis Crick" stays the person the article names in full.
      const person =
        item.name?.type === 'person' &&
        !item.name.role &&
        (named || (!/\s/.test(item.text) && !personWords.has(item.text.toLowerCase())));
      // "the departments of San Rafael, General Alvear and Rivadavia": a place named after a
      // titled person, title and all.
      const titled = item.name?.type === 'person' ? item.name.role : null;
      if (named && titled) {
        placed.set(item, {
          type: 'place',
          subtype,
          start: item.start,
          end: item.end,
          text: sentence.slice(item.start, item.end),
          role: null,
          sentence: sentenceIndex,
        });
        continue;
      }
      // "towns such as Bacharach, Oberwesel and St. Goarshausen": a place of no known kind takes
      // the kind the list's word gives.
      const vague = item.name?.type === 'place' && (item.name.subtype ?? 'other') === 'other';
      if (vague && (named || subtype === 'region') && subtype !== 'other') {
        placed.set(item, { ...(item.name as RawName), subtype });
        continue;
      }
      if (item.name !== null ? !person : !plainPlaceName(item.text)) continue;
      placed.set(item, {
        type: 'place',
        subtype,
        start: item.start,
        end: item.end,
        text: item.text,
        role: null,
        sentence: sentenceIndex,
      });
    }
  }
  return items.flatMap((item) => {
    if (things.has(item)) return [];
    const place = placed.get(item);
    if (place) return [place];
    return item.name ? [item.name] : [];
  });
}
