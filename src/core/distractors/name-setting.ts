import { COUNTRY_REGIONS } from '../lexicon/place-words.ts';
import {
  ARAB_LANDS,
  BROAD_PEOPLES,
  NATIONALITIES,
  PEOPLE_REGIONS,
} from '../lexicon/nationality-words.ts';
import { NAME_SPANS, OPEN_END } from '../lexicon/name-spans.ts';
import { ORDINAL_WORDS } from '../lexicon/number-words.ts';
import type { Analysis, NameMention, NamedEntity } from '../analyze/analysis-types.ts';
import type { Token } from '../nlp/tag-sentences.ts';

/** The land a country's name or a people's word ("Venezuelan") stands for, as the lexicons key it. */
export function landOf(name: string): string {
  return NATIONALITIES[name.toLowerCase()] ?? name;
}

const regions = new Map<string, string | undefined>();

/** The part of the world a country or a people belongs to ("Namibian", "Zulu" → "southern africa"). */
export function regionOfName(name: string): string | undefined {
  if (regions.has(name)) return regions.get(name);
  const region = COUNTRY_REGIONS[landOf(name)] ?? PEOPLE_REGIONS[name.toLowerCase()];
  // Names come from the article and the bundled lists; the memory stays bounded all the same.
  if (regions.size >= 20_000) regions.clear();
  regions.set(name, region);
  return region;
}

/**
 * Whether a people is part of a wider one ("Syrian" of "Arab", "French" of "European"), so that
 * neither is a wrong option for the other.
 */
export function peopleWithin(whole: string, part: string): boolean {
  const lower = whole.toLowerCase();
  if (lower === 'arab' || lower === 'arabs') return ARAB_LANDS.has(landOf(part));
  const area = BROAD_PEOPLES[lower]?.toLowerCase();
  const region = regionOfName(part);
  return (
    area !== undefined && region !== undefined && (region === area || region.endsWith(` ${area}`))
  );
}

/** Whether a people's or a country's name belongs to a realm that has ended ("Soviet"). */
export function pastRealm(name: string): boolean {
  const span = NAME_SPANS[landOf(name)];
  return span !== undefined && span[1] !== OPEN_END;
}

/**
 * Whether a country or a people had its name in the given year ("Soviet" in 1950, not 2022).
 * Today, realms that have ended name no one; when there is no telling, every name fits.
 */
export function namedIn(name: string, year: SentenceYear): boolean {
  const span = NAME_SPANS[landOf(name)];
  if (span === undefined || year === undefined) return true;
  return year === null ? span[1] === OPEN_END : span[0] <= year && year <= span[1];
}

const articleRegions = new WeakMap<Analysis, string | null>();

/**
 * The part of the world most of an article's countries and peoples belong to, for a key whose own
 * region is unknown ("Tuvalu and _____" in an article on Fiji and Vanuatu). Worked out once.
 */
export function articleRegion(analysis: Analysis): string | undefined {
  const known = articleRegions.get(analysis);
  if (known !== undefined) return known ?? undefined;
  const counts = new Map<string, number>();
  for (const e of analysis.entities.values()) {
    if (!isCountryOrPeople(e)) continue;
    const region = regionOfName(e.name);
    if (region !== undefined) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  articleRegions.set(analysis, best?.[0] ?? null);
  return best?.[0];
}

/** A country, or a people's word: the names that region and age can place. */
export function isCountryOrPeople(e: NamedEntity): boolean {
  return (
    (e.type === 'place' && e.subtype === 'country') ||
    (e.type === 'group' && e.subtype === 'nationality')
  );
}

/** A year, today (null), or no telling (undefined). */
export type SentenceYear = number | null | undefined;

const sentenceYears = new WeakMap<Analysis, SentenceYear[]>();

/**
 * The year a sentence speaks of: the latest year, century or decade it gives; null for today, when
 * it says "what is now" or "present-day", or tells of the present without a year ("The reef
 * stretches along …"); else the year last given before it. Undefined when there is no telling.
 */
export function sentenceYear(analysis: Analysis, sentence: number): SentenceYear {
  let years = sentenceYears.get(analysis);
  if (years === undefined) {
    years = yearsBySentence(analysis);
    sentenceYears.set(analysis, years);
  }
  return years[sentence];
}

/**
 * Whether a person lived in another age than the year of sentence `at`: every year given beside
 * them is more than 40 years later, or more than 100 earlier ("the British ornithologist _____" in
 * 1896 is no president of 1978).
 */
export function ofAnotherAge(analysis: Analysis, at: number, person: NamedEntity): boolean {
  // "Another survivor, the shoemaker _____": a paragraph with no year of its own goes on from the
  // year told before it (1902), unless it tells of today.
  const carried = sentenceYear(analysis, at);
  const year = paragraphYear(analysis, at) ?? (typeof carried === 'number' ? carried : undefined);
  if (year === undefined) return false;
  const life = lifeOf(analysis, person);
  // "Giulietti was killed in the area in 1881": no one takes part in what follows their death.
  return (
    life !== null && (life.span[0] > year + 40 || life.span[1] < year - 100 || life.died < year)
  );
}

/**
 * The sentence that dates sentence `i`: itself when it gives a year, or else the last sentence
 * before it in the same paragraph that gives one ("Gao Xianzhi marched west in 751. … his deputy
 * _____ helped …"); undefined when there is none.
 */
function datingSentence(analysis: Analysis, i: number): number | undefined {
  let dating = datingSentences.get(analysis);
  if (dating === undefined) {
    dating = datingOf(analysis);
    datingSentences.set(analysis, dating);
  }
  return dating[i];
}

const datingSentences = new WeakMap<Analysis, (number | undefined)[]>();

/** The dating sentence of every sentence, in one pass over the article. */
function datingOf(analysis: Analysis): (number | undefined)[] {
  const sentences = analysis.segmented.sentences;
  let last: number | undefined;
  return sentences.map((s, k) => {
    if (k > 0 && s.paragraph !== sentences[k - 1]?.paragraph) last = undefined;
    if (givesYear(analysis, k))
      last = typeof sentenceYear(analysis, k) === 'number' ? k : undefined;
    return last;
  });
}

/** The year sentence `i` gives, or the one its paragraph gave last; undefined when none. */
function paragraphYear(analysis: Analysis, i: number): number | undefined {
  const k = datingSentence(analysis, i);
  const year = k === undefined ? undefined : sentenceYear(analysis, k);
  return typeof year === 'number' ? year : undefined;
}

/**
 * The years a person's mention in sentence `i` is dated by: the year of its own sentence, or all the
 * years of the sentence before it that dates it ("Tubman (c. 1822 – 1913) … She was one of nine
 * children of Harriet Green" dates Harriet Green to 1822–1913, not to 1913 alone).
 */
function mentionYears(analysis: Analysis, i: number): [number, number] | undefined {
  const k = datingSentence(analysis, i);
  if (k === undefined) return undefined;
  const latest = sentenceYear(analysis, k) as number;
  if (k === i) return [latest, latest];
  return [Math.min(latest, ...yearsGiven(analysis, k)), latest];
}

/** The years sentence `i` gives as figures or in its dates ("480 BC" as -480). */
function yearsGiven(analysis: Analysis, i: number): number[] {
  const text = analysis.segmented.sentences[i]?.normalized ?? '';
  return [
    ...(analysis.quantities[i] ?? [])
      .filter((q) => q.kind === 'year')
      .map((q) => signedYear(q.end, q.value, text)),
    ...(analysis.mentions[i] ?? []).flatMap((m) =>
      m.type === 'date' && /\b\d{4}$/.test(m.text) ? [Number(m.text.slice(-4))] : [],
    ),
  ];
}

/**
 * "Giulietti was killed …", "Gao Xianzhi was himself executed …", "Nalwa, his general, died …": a
 * death told right after a person's name.
 */
const DEATH_AFTER_NAME =
  /^,?(?: [^,.;]{0,40},)?(?: \p{Ll}+){0,2} (?:killed|executed|murdered|assassinated|died)\b/u;

interface Life {
  /** The first and last year given beside the person's mentions. */
  span: [number, number];
  /** The year of a death the article tells, or Infinity. */
  died: number;
}

const lives = new WeakMap<Analysis, Map<string, Life | null>>();

/** The years given beside a person's mentions, and their death's, worked out once per person. */
function lifeOf(analysis: Analysis, person: NamedEntity): Life | null {
  let known = lives.get(analysis);
  if (known === undefined) {
    known = new Map();
    lives.set(analysis, known);
  }
  const found = known.get(person.id);
  if (found !== undefined) return found;
  let life: Life | null = null;
  for (const m of person.mentions) {
    const years = mentionYears(analysis, m.sentence);
    if (years === undefined) continue;
    const after = analysis.segmented.sentences[m.sentence]?.normalized.slice(m.end) ?? '';
    const own = givesYear(analysis, m.sentence);
    const died = own && DEATH_AFTER_NAME.test(after) ? years[1] : Infinity;
    life =
      life === null
        ? { span: years, died }
        : {
            span: [Math.min(life.span[0], years[0]), Math.max(life.span[1], years[1])],
            died: Math.min(life.died, died),
          };
  }
  known.set(person.id, life);
  return life;
}

/** Whether a sentence gives a year, a decade or a century of its own, not one told before it. */
function givesYear(analysis: Analysis, i: number): boolean {
  const text = analysis.segmented.sentences[i]?.normalized ?? '';
  return (
    (analysis.quantities[i] ?? []).some((q) => q.kind === 'year') ||
    (analysis.mentions[i] ?? []).some((m) => m.type === 'date' && /\b\d{4}$/.test(m.text)) ||
    /\b(?:century|\d{3}0s)\b/.test(text)
  );
}

function yearsBySentence(analysis: Analysis): SentenceYear[] {
  let last: number | undefined;
  return analysis.quantities.map((_, i) => {
    const text = analysis.segmented.sentences[i]?.normalized ?? '';
    const dates = (analysis.mentions[i] ?? []).filter((m) => m.type === 'date');
    const years = yearsGiven(analysis, i);
    const own = years.length ? Math.max(...years) : periodYear(analysis, dates, text);
    if (TODAY.test(text)) return null;
    if (own !== null) {
      last = own;
      return own;
    }
    return tellsOfPresent(analysis.tokens[i] ?? []) ? null : last;
  });
}

/** Whether a sentence's first verb is in the present ("is", "supplies", "has been"). */
function tellsOfPresent(tokens: readonly Token[]): boolean {
  const verb = tokens.find(
    (t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive'),
  );
  if (verb === undefined || verb.tags.has('PastTense')) return false;
  return verb.tags.has('PresentTense') || /^(?:has|have)$/.test(verb.normal);
}

/** A year as a signed number: "480 BC" is -480. */
function signedYear(end: number, value: number, text: string): number {
  return BEFORE_COMMON_ERA.test(text.slice(end)) ? -value : value;
}

const BEFORE_COMMON_ERA = /^ (?:BCE?|B\.C\.)/;

/** A century written in words ("the fifteenth century"), which the date finder leaves. */
const WORD_CENTURY = new RegExp(`\\b(${ORDINAL_WORDS.join('|')}|twenty-first)[ -]century\\b`, 'i');

/**
 * The middle of a decade or a century the sentence names ("in the 1850s" → 1855, "the 19th
 * century" → 1850, "the fifteenth century" → 1450); null when it names neither.
 */
function periodYear(
  analysis: Analysis,
  dates: readonly NameMention[],
  text: string,
): number | null {
  const of = (subtype: string): NameMention | undefined =>
    dates.find((m) => analysis.entities.get(m.entity)?.subtype === subtype);
  const decade = of('decade');
  if (decade) return parseInt(decade.text, 10) + 5;
  const digits = of('century');
  const middle = (n: number): number => (n - 1) * 100 + 50;
  if (digits) return signedYear(digits.end, middle(parseInt(digits.text, 10)), text);
  const words = WORD_CENTURY.exec(text);
  if (!words) return null;
  const n = ORDINAL_WORDS.indexOf((words[1] as string).toLowerCase()) + 1 || 21;
  return signedYear(words.index + words[0].length, middle(n), text);
}

/** "in what is now northwestern Cambodia", "present-day Zimbabwe": the sentence names today's map. */
const TODAY = /\b(?:what (?:is|are) now|(?:present|modern)-day|today's)\b/i;

/** The continent a region lies in, as a continent's name in lower case ("middle east" → "asia"). */
export function continentOfRegion(region: string): string {
  if (region === 'middle east') return 'asia';
  if (region === 'central america') return 'north america';
  if (region.endsWith('america')) return region;
  return region.split(' ').at(-1) ?? region;
}
