import type {
  Analysis,
  NameMention,
  NamedEntity,
  QuantityMention,
} from '../analyze/analysis-types.ts';
import { countedBeforeChrist, figureOf } from '../distractors/number-distractors.ts';
import { FRONTING_PREPOSITIONS } from '../lexicon/clause-words.ts';
import { MONTHS } from '../lexicon/common-words.ts';
import { NUMBER_WORDS, ORDINAL_WORDS } from '../lexicon/number-words.ts';

/** The blank that stands for the answer in a fill-in-the-blank prompt. */
export const BLANK = '_____';

/**
 * A short phrase fronted before the subject, with no comma: "In 1835 ", "In June 2014 ", "On 16
 * December 1947 ", "Since 1903 ", "Today ".
 */
export const FRONTED_PHRASE = `(?:(?:${FRONTING_PREPOSITIONS.join('|')}) [\\w-]+(?: (?:${MONTHS.join('|')}|\\d{1,4})){0,2} |Today )`;

/**
 * "between the two countries", "the families of all five men": a small count after "the" or "all"
 * restates a number given before, so a question on it leans on that earlier sentence.
 */
export function restatesCount(sentence: string, q: QuantityMention): boolean {
  const before = sentence.slice(Math.max(0, q.numeralStart - 8), q.numeralStart);
  // "The two guys that set it up": a clause after the noun says which they are.
  const introduced = /^\s+\S+\s+(?:that|who|which|whose)\b/.test(sentence.slice(q.numeralEnd));
  return (
    q.kind === 'count' &&
    q.value <= 12 &&
    !introduced &&
    /\b(?:the|all|these|those)\s+$/i.test(before)
  );
}

/**
 * The items of a list: split at commas, and the last piece at its "and" or "or" unless a comma
 * came before that word ("A, B, and C and D" keeps "C and D" whole).
 */
function listItems(text: string): string[] {
  const pieces = text.split(',').map((piece) => piece.trim());
  const last = pieces.pop() ?? '';
  const joined = /^(?:and|or)\s+(.*)$/s.exec(last);
  const tail = joined ? [joined[1] as string] : last.split(/\s+(?:and|or)\s+(.*)/s, 2);
  return [...pieces, ...tail].map((item) => item.trim()).filter(Boolean);
}

/**
 * "the four founders, joined in 2001 by a fifth member": an ordinal one past a count gives the count
 * away, so it is neither blanked nor changed.
 */
export function nextOrdinalGiven(sentence: string, q: QuantityMention): boolean {
  if (q.kind === 'ordinal' || !Number.isInteger(q.value)) return false;
  const next = q.value + 1;
  const word = ORDINAL_WORDS[next - 1];
  const pattern = new RegExp(`\\b(?:${word ? `${word}|` : ''}${next}(?:st|nd|rd|th))\\b`, 'i');
  if (pattern.test(sentence)) return true;
  // "led 3-1 after three ends after Thibodeau scored two in the third": the last of the count.
  const same = ORDINAL_WORDS[q.value - 1];
  return (
    q.value >= 2 && same !== undefined && new RegExp(`\\bin the ${same}\\b`, 'i').test(sentence)
  );
}

/**
 * True when the sentence lists what a small count counts ("three children, Byron, Anne Isabella and
 * Ralph", "Four subspecies are recognised: …", "four sectors run by A, B, C and D"): counting the
 * list gives the number, so it is neither blanked nor changed.
 */
export function listsCount(sentence: string, q: QuantityMention): boolean {
  if (q.kind !== 'count' || q.value < 2 || q.value > 12) return false;
  const rest = sentence.slice(q.numeralEnd).replace(/\s*\([^()]*\)/g, '');
  // "Three subspecies are recognised: the Asian …; the northern …; and the southern …".
  const announced = /^[^:;]*:([^:]*;[^:]*)$/.exec(rest)?.[1];
  if (announced !== undefined) return announced.split(';').length === q.value;
  // "two engineers, Koechlin and Nouguier, who sketched …": the list ends where a clause about it opens.
  const after = rest.split(/;|\.\s*$|,\s*(?:who|which|whose)\b/)[0] as string;
  if (!/\b(?:and|or)\b/.test(after)) return false;
  const colon = after.indexOf(':');
  const items = listItems(colon >= 0 ? after.slice(colon + 1) : after);
  // Without a colon the first item holds the counted noun, and maybe the list's first member.
  const members = colon >= 0 ? items : items.slice(1);
  // After a colon the list is announced; without one, only short items make a list.
  const short =
    members.length >= 2 && (colon >= 0 || members.every((item) => wordCount(item) <= 5));
  const sizes =
    colon >= 0 ? [items.length, items.length - 1] : [members.length, members.length + 1];
  return short && sizes.includes(q.value);
}

/** "headstreams, the Vorderrhein and the Hinterrhein,": a counted noun and the names after it. */
const NAMED_APPOSITIVE = /^ [\p{Ll}-]+(?: [\p{Ll}-]+)?, ((?:[^,;]+, )*[^,;]+ (?:and|or) [^,;]+),/u;

/** "sons, aged 7 and 11": the counted noun and the ages of each. */
const AGES_AFTER = /^ [\p{Ll}-]+(?: [\p{Ll}-]+)?,? aged (\d+(?:, \d+)*,? and \d+)/u;

/**
 * "two headstreams, the Vorderrhein and the Hinterrhein, meet …", "her two sons, aged 7 and 11":
 * the names or ages set off right after the counted noun are as many as the count.
 */
function namesCount(sentence: string, q: QuantityMention): boolean {
  const aged = AGES_AFTER.exec(sentence.slice(q.numeralEnd))?.[1];
  if (aged !== undefined) return (aged.match(/\d+/g) ?? []).length === q.value;
  const listed = NAMED_APPOSITIVE.exec(sentence.slice(q.numeralEnd))?.[1];
  if (listed === undefined) return false;
  const items = listItems(listed);
  return (
    items.length === q.value && items.every((item) => wordCount(item) <= 4 && /\p{Lu}/u.test(item))
  );
}

/** A day and month, a month and day, or a year: one date of a list. */
const DATE_ITEM = String.raw`(?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}|1\d{3}|20\d{2})`;
const DATE_LIST = new RegExp(
  String.raw`\b(?:on|in) (${DATE_ITEM}(?:(?:,| and|, and) ${DATE_ITEM})+)`,
);

/**
 * "in two lectures … on 8 February and 8 March 1865": the dates listed after the count are as
 * many as the count.
 */
function datesCount(sentence: string, q: QuantityMention): boolean {
  const listed = DATE_LIST.exec(sentence.slice(q.numeralEnd))?.[1];
  if (listed === undefined) return false;
  return (listed.match(new RegExp(DATE_ITEM, 'g')) ?? []).length === q.value;
}

/**
 * "20 bodies, eleven women and nine men": counts that add up to a count before them.
 */
function sumOfParts(q: QuantityMention, siblings: readonly QuantityMention[]): boolean {
  const counts = siblings.filter((o) => o.kind === 'count');
  return counts.some((total) => {
    const parts = counts.filter((o) => o.start > total.end);
    const adds = parts.length >= 2 && parts.reduce((sum, o) => sum + o.value, 0) === total.value;
    return adds && (q === total || parts.includes(q));
  });
}

/** A figure that opens a clause of a list ("six are endemic", ", and one is found"). */
const LIST_PART = new RegExp(
  `(?:^|[:;,]\\s+(?:and\\s+)?|\\s+and\\s+)(\\d+|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:is|are|was|were|of|in|live|lives|grow|grows|come|comes|belong|belongs)\\b`,
  'gi',
);

/**
 * "Eight species are recognised: six are endemic to Madagascar, one is native to Africa and one to
 * Australia": a count that the parts listed after a colon add up to.
 */
function partsAfterColon(sentence: string, q: QuantityMention): boolean {
  const colon = sentence.indexOf(':', q.end);
  if (colon < 0 || /[.;]/.test(sentence.slice(q.end, colon))) return false;
  const parts = [...sentence.slice(colon).matchAll(LIST_PART)].map((m) =>
    /^\d/.test(m[1] as string)
      ? Number(m[1])
      : (NUMBER_WORDS[(m[1] as string).toLowerCase()] ?? NaN),
  );
  return parts.length >= 2 && parts.reduce((sum, v) => sum + v, 0) === q.value;
}

/** "3,500 years old", "2,600 years ago": an age counted back from today. */
const AGE_AFTER = /^\s+years?\s+(?:old|ago|before present)\b/;

/**
 * "between 1500 and 1400 BC, making it about 3,500 years old": an age and a year of the sentence
 * that add up to a year of our time, so that either gives the other.
 */
function ageOfYear(
  sentence: string,
  q: QuantityMention,
  siblings: readonly QuantityMention[],
): boolean {
  const ages = siblings.filter((o) => AGE_AFTER.test(sentence.slice(o.numeralEnd)));
  const years = siblings.filter((o) => o.kind === 'year');
  return ages.some((age) =>
    years.some((year) => {
      if ((q !== age && q !== year) || Math.abs(age.start - year.end) > 60) return false;
      const counted = countedBeforeChrist(sentence, year)
        ? age.value - year.value
        : age.value + year.value;
      return counted >= 1950 && counted <= 2035;
    }),
  );
}

/** Kinds of figure that a difference or a change in percent ties together. */
const SUMMED_KINDS: ReadonlySet<string> = new Set(['count', 'money', 'measure']);
/** "seven ahead of", "11 more than": a figure said to be a gap between two others. */
const GAP_AFTER =
  /^(?: [a-z]+)?\s+(?:more|fewer|less|ahead|behind|clear|short|higher|lower|above|below)\b/;
/** "down about 15% from", "a gain of 8.7 percent": a figure said to be a change in percent. */
const CHANGE_BEFORE =
  /\b(?:up|down|rise|rose|fall|fell|gain|loss|drop|dropped|increase|increased|decrease|decreased|grew|growth|declined?|jumped?|climbed?|slipped|higher|lower)(?: of| by)?(?: about| some| roughly| nearly| almost)? $/;

/** Words that make one figure a multiple of another, with the factor they give. */
const MULTIPLE_WORDS: Readonly<Record<string, number>> = {
  double: 2,
  twice: 2,
  triple: 3,
  treble: 3,
  half: 0.5,
  'three times': 3,
  'four times': 4,
  'five times': 5,
  'ten times': 10,
};
const MULTIPLE_BETWEEN = new RegExp(`\\b(${Object.keys(MULTIPLE_WORDS).join('|')})\\b`);

/**
 * "around 10 grams a day, double the limit of 5 grams": two figures the sentence says are a
 * multiple of one another, so each gives the other.
 */
function multipleOfAnother(
  sentence: string,
  q: QuantityMention,
  siblings: readonly QuantityMention[],
): boolean {
  return siblings.some((o) => {
    if (o === q || o.unit !== q.unit) return false;
    const [a, b] = o.start < q.start ? [o, q] : [q, o];
    const word = MULTIPLE_BETWEEN.exec(sentence.slice(a.end, b.start))?.[1];
    const factor = word === undefined ? undefined : MULTIPLE_WORDS[word];
    return factor !== undefined && Math.abs(a.value - factor * b.value) <= 0.05 * a.value;
  });
}

/**
 * "78 points, seven ahead of Hayes on 71", "about 41,000 …, down about 15% from a peak of 48,500",
 * "20 bodies, eleven women and nine men": the figure is a gap said between two others in the
 * sentence, their change in percent, a sum of parts, or one of the figures it is worked from. Plain
 * arithmetic gives it away, and a change to it contradicts the others.
 */
function figuresRelated(
  sentence: string,
  q: QuantityMention,
  siblings: readonly QuantityMention[],
): boolean {
  if (sumOfParts(q, siblings) || ageOfYear(sentence, q, siblings)) return true;
  if (multipleOfAnother(sentence, q, siblings)) return true;
  if (q.kind === 'count' && partsAfterColon(sentence, q)) return true;
  // "55 percent … the remaining 45 percent": shares that make up the whole give one another.
  const shares = siblings.filter((o) => o.kind === 'percent');
  if (q.kind === 'percent' && shares.length >= 2 && shares.reduce((t, o) => t + o.value, 0) === 100)
    return true;
  const amounts = siblings.filter((o) => SUMMED_KINDS.has(o.kind));
  const gaps = amounts.filter((o) => GAP_AFTER.test(sentence.slice(o.end)));
  const changes = siblings.filter(
    (o) => o.kind === 'percent' && CHANGE_BEFORE.test(sentence.slice(0, o.start)),
  );
  for (const a of amounts)
    for (const b of amounts) {
      if (a === b || a.value <= b.value) continue;
      const gap = a.value - b.value;
      const related = (c: QuantityMention): boolean => [a, b, c].includes(q) && c !== a && c !== b;
      const percent = (p: QuantityMention): boolean =>
        Math.min(
          Math.abs((gap / a.value) * 100 - p.value),
          Math.abs((gap / b.value) * 100 - p.value),
        ) <= 1;
      if (gaps.some((c) => c.value === gap && related(c))) return true;
      if (changes.some((p) => percent(p) && related(p))) return true;
    }
  return false;
}

/** "slightly ahead of the", "just below": words that put a figure close beside another. */
const SLIGHTLY_BEFORE =
  /\b(?:slightly|just|narrowly|marginally) (?:ahead of|above|below|behind|short of|higher than|lower than|over|under)(?: the| a| an)? $/;

/**
 * "46.2 billion taka, slightly ahead of the 45.5 billion taka forecast": two figures the sentence
 * sets just beside each other, so that either names the other all but exactly.
 */
function slightlyApart(
  sentence: string,
  q: QuantityMention,
  siblings: readonly QuantityMention[],
): boolean {
  const setBeside = (f: QuantityMention): boolean =>
    SLIGHTLY_BEFORE.test(sentence.slice(Math.max(0, f.numeralStart - 40), f.numeralStart));
  return siblings.some(
    (o) =>
      o !== q &&
      o.kind === q.kind &&
      Math.abs(o.value - q.value) <= 0.1 * Math.abs(o.value) &&
      (setBeside(q) || setBeside(o)),
  );
}

/**
 * "in 21 or 20 BC", "magnitude 3 or 4": a figure offered beside the next one as its alternative,
 * which names it all but exactly. ("60 or 70 runs" leaves the step open.)
 */
function figureOrAnother(
  sentence: string,
  q: QuantityMention,
  siblings: readonly QuantityMention[],
): boolean {
  const alternative = /^ or (?:about |some |perhaps )?$/;
  // "two or _____ eggs": a figure in words the article counts as no quantity still offers it.
  const before = /\b([a-z]+|\d+) or (?:about |some |perhaps )?$/i.exec(
    sentence.slice(Math.max(0, q.numeralStart - 24), q.numeralStart),
  )?.[1];
  const written = figureOf(before);
  if (written !== undefined && Math.abs(written - q.value) === 1) return true;
  return siblings.some(
    (o) =>
      o !== q &&
      Math.abs(o.value - q.value) === 1 &&
      (alternative.test(sentence.slice(q.numeralEnd, o.start)) ||
        alternative.test(sentence.slice(o.numeralEnd, q.start))),
  );
}

/**
 * True when the sentence itself gives the figure away: a small count restating an earlier one, a
 * count of the list, the names or the dates that follow it, a count the next ordinal names, or a
 * figure that arithmetic on the sentence's other figures (`siblings`) or the alternative offered
 * beside it gives. Such a figure is neither blanked nor changed.
 */
export function countGivenAway(
  sentence: string,
  q: QuantityMention,
  siblings: readonly QuantityMention[],
): boolean {
  if (restatesCount(sentence, q) || listsCount(sentence, q) || nextOrdinalGiven(sentence, q))
    return true;
  if (figuresRelated(sentence, q, siblings) || figureOrAnother(sentence, q, siblings)) return true;
  if (slightlyApart(sentence, q, siblings)) return true;
  if (q.kind === 'year' && (yearOfOneWinter(sentence, q) || yearInSeries(sentence, q))) return true;
  if (namesCountedAfter(sentence, q) || describedNamesCount(sentence, q)) return true;
  // "between _____ parallel ranges": "between" says two.
  if (q.value === 2 && /\bbetween $/.test(sentence.slice(0, q.numeralStart))) return true;
  const small = q.kind === 'count' && q.value >= 2 && q.value <= 12;
  return small && (namesCount(sentence, q) || datesCount(sentence, q));
}

/** One name in a list, with its "the Portuguese" or "the Frenchman" before it. */
const LISTED_NAME = String.raw`(?:the [\p{L}-]+ )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*`;
const NAMES_AFTER = new RegExp(
  String.raw`^[^.;:]{0,80}?, (${LISTED_NAME}(?:, ${LISTED_NAME})*,? and ${LISTED_NAME})(?:[,.;]|$)`,
  'u',
);

/**
 * "through _____ Jesuit missionaries serving at the court, the Portuguese Thomas Pereira and the
 * Frenchman Jean-Francois Gerbillon": as many names set off soon after the count as it counts.
 */
function namesCountedAfter(sentence: string, q: QuantityMention): boolean {
  if (q.kind !== 'count' || q.value < 2 || q.value > 4) return false;
  const list = NAMES_AFTER.exec(sentence.slice(q.numeralEnd))?.[1];
  return list !== undefined && list.split(/,? and |, /).length === q.value;
}

/** The counted noun, then a colon or comma and the list's first name. */
const FIRST_LISTED =
  /^(?: [\p{Ll}-]+){1,3}[:,] (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}?[\p{Ll}'’-]+)?/u;

/**
 * "two other species: Victoria cruziana, found farther south …, and Victoria boliviana",
 * "two principal islands, Unguja, often itself called Zanzibar Island, and Pemba": names set
 * off after the counted noun, each perhaps with words about it, as many as the count.
 */
function describedNamesCount(sentence: string, q: QuantityMention): boolean {
  if (q.kind !== 'count' || q.value < 2 || q.value > 4) return false;
  const rest = sentence.slice(q.numeralEnd);
  const first = FIRST_LISTED.exec(rest);
  if (!first) return false;
  const after = rest.slice(first[0].length, first[0].length + 200);
  const last = /,? and (?:the )?\p{Lu}/u.exec(after);
  if (!last) return false;
  const between = after.slice(0, last.index).match(/, (?:the )?\p{Lu}/gu) ?? [];
  return between.length + 2 === q.value;
}

/** "in 2014, 2016 and 2018": three years or more in a list. */
const YEAR_LIST = /\b\d{4}(?:, \d{4})+,? and \d{4}\b/g;

/** True for a year in a list of years an equal step apart: the others give it. */
function yearInSeries(sentence: string, q: QuantityMention): boolean {
  for (const m of sentence.matchAll(YEAR_LIST)) {
    const inside = q.numeralStart >= m.index && q.numeralEnd <= m.index + m[0].length;
    const years = (m[0].match(/\d{4}/g) ?? []).map(Number);
    const step = (years[1] ?? 0) - (years[0] ?? 0);
    if (inside && step > 0 && years.every((y, k) => k === 0 || y - (years[k - 1] ?? 0) === step))
      return true;
  }
  return false;
}

/** "the winter of 2023 and 2024": one winter spans a year and the next. */
const ONE_WINTER = /\b(?:winter|winters|season|summer) of (\d{4}) (?:and|to|into) (\d{4})\b/g;

/** True for either year of a winter or a season that runs into the next year: each gives the other. */
function yearOfOneWinter(sentence: string, q: QuantityMention): boolean {
  for (const m of sentence.matchAll(ONE_WINTER)) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const at = m.index + m[0].indexOf(String(q.value), m[0].indexOf(' of ') + 4);
    if (second === first + 1 && (q.value === first || q.value === second) && at === q.numeralStart)
      return true;
  }
  return false;
}

/**
 * Where the word stands whole in the text, not inside a longer word: the characters around it are
 * no word characters (nor, before it, whatever `before` matches).
 */
export function wholeWordIndexes(text: string, word: string, before = /\w/): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!before.test(text[at - 1] ?? ' ') && !/\w/.test(text[at + word.length] ?? ' '))
      found.push(at);
  return found;
}

/**
 * True when the article's title gives a figure ("£612 Million Tram Line"): a question on it is
 * answered before it is read. "1,612" does not give "612", nor "6.12" give "12".
 */
export function titleGives(analysis: Analysis, numeral: string): boolean {
  const title = analysis.segmented.title?.text.toLowerCase() ?? '';
  return wholeWordIndexes(title, numeral.toLowerCase(), /[\w.,]/).length > 0;
}

/** Words in a sentence. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Replaces `[start, end)` of a sentence with a blank. "a" or "an" just before it becomes "a(n)", so
 * the article does not tell a vowel from a consonant ("An _____ of classes" → "array").
 */
export function blankOut(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start).replace(/\b([Aa])n? $/, '$1(n) ');
  return `${before}${BLANK}${sentence.slice(end)}`;
}

/** True when any alias of the entity appears as a whole word in the text. */
export function mentionsEntity(text: string, entity: NamedEntity): boolean {
  const lower = text.toLowerCase();
  for (const alias of entity.aliases) {
    if (alias.length < 3) continue;
    const at = lower.indexOf(alias);
    if (at >= 0 && !/\w/.test(lower[at - 1] ?? ' ') && !/\w/.test(lower[at + alias.length] ?? ' '))
      return true;
  }
  return false;
}

/** The sentence where an entity is first named in full, to ground a key that a later sentence shortens. */
export function fullNameSentence(analysis: Analysis, entity: NamedEntity): number | null {
  const full = entity.mentions.find((m) => m.text === entity.name);
  return full ? full.sentence : null;
}

/** Evidence sentences for a key: the sentence itself, plus the one that names the key in full when needed. */
export function groundedSentences(
  analysis: Analysis,
  sentence: number,
  entity: NamedEntity,
  keyText: string,
): number[] {
  const text = analysis.segmented.sentences[sentence]?.normalized ?? '';
  if (text.includes(keyText)) return [sentence];
  const full = fullNameSentence(analysis, entity);
  return full === null || full === sentence ? [sentence] : [sentence, full];
}

/**
 * A figure opening the sentence, or the words someone says ("Activists say more than 3,000 …"),
 * with a bound or an approximation before it.
 */
const OPENING_FIGURE = new RegExp(
  `^(?:(?:\\p{Lu}[\\p{L}'’-]* ){1,3}(?:say|says|said|estimate|estimates|believe|believes)(?: that)? )?` +
    `(?:(?:more|fewer|less) than |about |some |at least |nearly |almost |over |up to )?` +
    `(?:\\d[\\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b)\\s+`,
  'iu',
);

/**
 * True for a sentence whose figure has lost what it counts: "11 have recovered so far in the
 * country.", "Two were flown to hospital", "Bill Weld secured the remaining 1." Such a sentence
 * leans on the one before.
 */
export function leansOnCount(text: string): boolean {
  const figure = OPENING_FIGURE.exec(text);
  return (
    (figure !== null &&
      /^(?:have|has|had|were|was|are|is|will)\b/.test(text.slice(figure[0].length))) ||
    (wordCount(text) < 8 && /\b\d[\d,.]*[.!]$/.test(text))
  );
}

/** True when the sentence reads as a plain statement we can quote in a prompt. */
export function isUsableSentence(text: string, maxWords = 40): boolean {
  const words = wordCount(text);
  return (
    words >= 6 &&
    words <= maxWords &&
    /[.!]["')\]]?$/.test(text) &&
    !text.includes('?') &&
    // "- whether the corrosion …; - whether …": items of a list, which no sentence holds together.
    !/^[-–•*] /.test(text)
  );
}

const FIRST_PERSON =
  /\b(?:I|I'm|I've|I'd|I'll|we|We|we're|We're|we've|We've|our|Our|us|my|My|me)\b/;
/** Per sentence: whether a quotation is open where it starts, and where it ends. */
interface QuoteState {
  atStart: boolean[];
  atEnd: boolean[];
}
const quoteStates = new WeakMap<Analysis, QuoteState>();

function quoteState(analysis: Analysis): QuoteState {
  const cached = quoteStates.get(analysis);
  if (cached) return cached;
  const state: QuoteState = { atStart: [], atEnd: [] };
  let open = false;
  let paragraph = -1;
  for (const sentence of analysis.segmented.sentences) {
    if (sentence.paragraph !== paragraph) [open, paragraph] = [false, sentence.paragraph];
    state.atStart.push(open);
    if ((sentence.normalized.match(/"/g)?.length ?? 0) % 2 === 1) open = !open;
    state.atEnd.push(open);
  }
  quoteStates.set(analysis, state);
  return state;
}

/**
 * The sentence as a fill-in-the-blank can quote it: as it stands, or, when it names a speaker and
 * opens a quotation that runs on into the next sentence, with the quotation closed at its end
 * (`Wei said: "The government … in China.` → `… in China."`). Null for a sentence that continues a
 * quotation from an earlier one, which has lost its speaker.
 */
export function clozeText(analysis: Analysis, i: number): string | null {
  const text = analysis.segmented.sentences[i]?.normalized ?? '';
  if (standsAlone(analysis, i)) return text;
  const opensHere = !quoteState(analysis).atStart[i];
  const lead = text.slice(0, text.indexOf('"'));
  return opensHere && (lead.match(/\S+/g)?.length ?? 0) >= 2 && /[.!]$/.test(text)
    ? `${text}"`
    : null;
}

/** True when a sentence reads whole on its own: no quotation runs into it from another sentence. */
export function standsAlone(analysis: Analysis, i: number): boolean {
  const state = quoteState(analysis);
  return !state.atStart[i] && !state.atEnd[i];
}

/**
 * True when a sentence speaks in the article's own voice: not part of a quotation that runs over
 * several sentences, no edited quotation ("[...]"), and no "I" or "we" outside quotation marks.
 */
export function inArticleVoice(analysis: Analysis, i: number): boolean {
  const text = analysis.segmented.sentences[i]?.normalized ?? '';
  const unquoted = text.replace(/"[^"]*"/g, '""');
  return standsAlone(analysis, i) && !text.includes('[') && !FIRST_PERSON.test(unquoted);
}

/**
 * "United States public utility": a place named to describe a noun. Asking for it is trivial (the
 * sentence says California), and a swapped one reads absurd.
 */
export function placeDescribesNoun(analysis: Analysis, mention: NameMention): boolean {
  if (mention.type !== 'place') return false;
  const tokens = analysis.tokens[mention.sentence] ?? [];
  const at = tokens.findIndex((t) => t.start >= mention.end);
  const next = tokens[at];
  // "western Montana run by the government": a participle, not a noun the place describes.
  if (tokens[at + 1]?.normal === 'by') return false;
  const gap = (analysis.segmented.sentences[mention.sentence]?.normalized ?? '').slice(
    mention.end,
    next?.start ?? mention.end,
  );
  return next !== undefined && gap === ' ' && /^[a-z]/.test(next.text) && next.tags.has('Noun');
}

/** Mentions in a sentence that refer to the given entity. */
export function mentionsOf(mentions: readonly NameMention[], entity: string): NameMention[] {
  return mentions.filter((m) => m.entity === entity);
}

/**
 * Every form of every entity a sentence names, so that no option repeats someone the question
 * already shows ("Who won the election over Morgan Tsvangirai?" never offers Tsvangirai).
 */
export function namedIn(analysis: Analysis, sentence: number): string[] {
  return (analysis.mentions[sentence] ?? []).flatMap((m) => {
    const entity = analysis.entities.get(m.entity);
    return entity ? [m.text.toLowerCase(), entity.name.toLowerCase(), ...entity.aliases] : [];
  });
}

/** Lower-case forms of an entity for the prompt check. */
export function forbiddenForms(entity: NamedEntity): string[] {
  return [...entity.aliases].filter((a) => a.length >= 3);
}

/** The question word for a type of answer. */
export function whWord(entity: NamedEntity): string | null {
  switch (entity.type) {
    case 'person':
      return 'Who';
    case 'organization':
      return 'Which organization';
    case 'place':
      return entity.subtype === 'country'
        ? 'Which country'
        : entity.subtype === 'city'
          ? 'Which city'
          : null;
    default:
      return null;
  }
}

/** Quotes the evidence for an explanation. */
export function explainWith(
  analysis: Analysis,
  sentences: readonly number[],
  lead: string,
): string {
  const quoted = sentences.map((i) => analysis.segmented.sentences[i]?.text ?? '').join(' ');
  return `${lead} ${quoteEvidence(quoted)}`;
}

/** "The article says: …", quoting the sentence unless it already opens with a quotation mark. */
export function quoteEvidence(text: string): string {
  return /^["“‘']/.test(text) ? `The article says: ${text}` : `The article says: "${text}"`;
}
