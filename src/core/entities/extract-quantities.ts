import { NUMBER_WORDS, SCALE_WORDS, YEARLY_EVENTS } from '../lexicon/number-words.ts';
import { IDENTIFIER_WORDS, MONTHS } from '../lexicon/common-words.ts';
import type { Token } from '../nlp/tag-sentences.ts';

/** A number found in a normalized sentence; offsets are into the normalized sentence. */
export interface FoundQuantity {
  start: number;
  end: number;
  text: string;
  /** The numeral alone ("28", "eight", "3.5"). */
  numeralStart: number;
  numeralEnd: number;
  value: number;
  kind: 'count' | 'money' | 'percent' | 'year' | 'measure' | 'ordinal' | 'age';
  unit: string | null;
  /** True when the numeral is written in words ("eight"). */
  inWords: boolean;
}

const WORD_ALTERNATION = Object.keys(NUMBER_WORDS)
  .filter((w) => !['zero', 'one', 'hundred', 'dozen'].includes(w))
  .join('|');
const NUMERAL = String.raw`(?<cur>(?:US|CDN|CA|C|AU|A|NZ|HK)\$|[$£€¥₹])?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<suf>%|st|nd|rd|th)?(?:\s(?<scale>thousand|million|billion|trillion|bn)\b)?`;
const WORDS = String.raw`\b(?<word>(?:${WORD_ALTERNATION})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\b`;
const PATTERN = new RegExp(`${NUMERAL}|${WORDS}`, 'gi');
/** "June 10", "Sept. 30", "Feb. 3": a day after a month's name or its short form. */
const MONTH_SHORT = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const MONTH_BEFORE = new RegExp(`(?:\\b(?:${MONTHS.join('|')})|\\b(?:${MONTH_SHORT})\\.)\\s$`, 'i');
/** "March 4 and 5": the second day of a month named just before. */
const SECOND_DAY_BEFORE = new RegExp(
  `(?:${MONTHS.join('|')})\\s\\d{1,2}(?:st|nd|rd|th)?\\s(?:and|or|to|through)\\s$`,
  'i',
);
const YEAR_CONTEXT =
  /(?:\b(?:in|since|by|until|till|of|from|to|during|before|after|and|between|early|late|mid|the|year|summer|winter|spring|autumn|fall)\s|,\s|^)$/i;
const UNIT_STOP = new Set([
  'of',
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'from',
  'the',
  'a',
  'an',
  'as',
  'than',
  'that',
  'which',
  'who',
  'were',
  'was',
  'are',
  'is',
  // "by about 1670 its remnants": a pronoun opens the next clause; it counts nothing.
  'its',
  'his',
  'her',
  'their',
  'our',
  'it',
  'he',
  'she',
  'they',
  'we',
  'this',
  'these',
  'those',
]);
/** Words for the era a year is counted in ("331 BC", "1200 BCE"). */
const ERA_WORDS: ReadonlySet<string> = new Set(['bc', 'bce', 'ad', 'ce', 'b.c', 'b.c.']);

const MEASURE_UNITS = new Set([
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'metres',
  'meters',
  'm',
  'feet',
  'ft',
  'inches',
  'cm',
  'mm',
  'kg',
  'kilograms',
  'tonnes',
  'tons',
  'pounds',
  'lb',
  'litres',
  'liters',
  'gallons',
  'acres',
  'hectares',
  'degrees',
  'mph',
  'km/h',
  'hours',
  'minutes',
  'seconds',
  'days',
  'weeks',
  'months',
  'years',
  'decades',
  'centuries',
  'square',
  'cubic',
  'watts',
  'megawatts',
  'gigawatts',
  'volts',
]);

const IDENTIFIER_BEFORE = new RegExp(String.raw`\b(?:${IDENTIFIER_WORDS.join('|')})\s$`, 'i');
/**
 * "Boeing 737", "Furnal Equinox 2019": a capitalized word that does not open the sentence, nor is
 * a word that opens one before a figure ("About 41,000 customers").
 */
const NAME_BEFORE =
  /(?:^|[^.!?"]\s)(?!(?:In|On|At|By|Of|The|A|An|And|Or|But|From|To|For|About|Around|Some|Nearly|Almost|Roughly|Approximately|Over|Under|More|Fewer|Less|Only|Just|Another|All|With|After|Before|Since|Until|During|Within|Between|Up)\s)[A-Z][\w'-]*\s$/;
const CLOCK_AFTER = /^\s?(?:UTC|GMT|[A-Z]{2}T\b|IST\b|a\.m\.|p\.m\.|am\b|pm\b)/;

/**
 * True for numbers that name or label rather than count: "flight 1344", "Boeing 737", "Six Flags",
 * "Group of Seven", clock times such as "1800 UTC" or "3 p.m.", and phone numbers.
 */
function isIdentifierOrClock(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const capitalizedWord = start > 0 && /^[A-Z][a-z]/.test(sentence.slice(start, end));
  return (
    capitalizedWord ||
    IDENTIFIER_BEFORE.test(before.slice(-24)) ||
    NAME_BEFORE.test(before.slice(-40)) ||
    CLOCK_AFTER.test(sentence.slice(end, end + 12)) ||
    // "75 ft (~23 m)": a conversion repeats the number before it.
    /\(\s*(?:~|about |approx\.? |c\. )?$/.test(before) ||
    // "call 0800 555 0142": groups of a phone number or code, not figures.
    /^0\d/.test(sentence.slice(start, end)) ||
    /\d $/.test(before) ||
    /^ \d/.test(sentence.slice(end, end + 2)) ||
    // "series for 1/π", "p(5k + 4)": a term of a formula, not a figure.
    /(?:[/^×=]|[+−] ?)$/.test(before) ||
    /^(?:\/|[a-z]? ?[+−×=] ?[\p{L}\d(])/u.test(sentence.slice(end, end + 4))
  );
}

/**
 * True inside brackets that convert a measure ("2 metres (6 ft 7 in)") or give an example
 * ("a number (e.g. 15)"): such numbers state no fact of their own.
 */
function inAsideBracket(before: string): boolean {
  // "[note 1]", "[citation 4]": a reference mark, not a figure.
  if (/\[(?:note|citation|ref|nb)\s$/i.test(before)) return true;
  const open = before.lastIndexOf('(');
  if (open < 0 || before.lastIndexOf(')') > open) return false;
  const inside = before.slice(open + 1);
  return (
    /^(?:e\.g\.|i\.e\.|for example|such as)/i.test(inside) ||
    /\d\s?[\p{L}°]+\s$/u.test(before.slice(0, open))
  );
}

/** The value of a number written in words ("eight", "twenty-five"); 0 when it is not one. */
export function wordValue(word: string): number {
  const [tens, ones] = word.toLowerCase().split('-');
  return (NUMBER_WORDS[tens ?? ''] ?? 0) + (NUMBER_WORDS[ones ?? ''] ?? 0);
}

function unitAfter(sentence: string, tokens: readonly Token[], end: number): Token | null {
  const next = tokens.find((t) => t.start >= end);
  if (!next || next.start - end > 2 || /[,;:.!?)]/.test(next.pre + sentence.slice(end, next.start)))
    return null;
  if (
    UNIT_STOP.has(next.normal) ||
    next.tags.has('Verb') ||
    next.tags.has('Adverb') ||
    next.tags.has('Value')
  )
    return null;
  if (!next.tags.has('Noun') && !next.tags.has('Adjective') && !MEASURE_UNITS.has(next.normal))
    return null;
  // "eight ISIS positions": a name before the noun describes what is counted; the noun is the unit.
  const after = tokens[tokens.indexOf(next) + 1];
  if (
    /^\p{Lu}/u.test(next.text) &&
    after &&
    /^[a-z]/.test(after.text) &&
    after.tags.has('Plural') &&
    !/[,;:.!?)]/.test(next.post)
  )
    return after;
  return next;
}

/** What may follow an early year: a stop, a name, or a word that opens a phrase ("in 708 to Aubert"). */
const EARLY_YEAR_AFTER =
  /^(?:[.,;:)]|$| \p{Lu}| (?:to|by|when|as|with|at|on|under|after|before|for|the|his|her|its|their) (?!\d)| (?:was|were|is|are|had|has|became|saw|marked)\b| and \p{Ll}+ed\b)/u;

/** "born around 980 in the village of Afshana": a life's event before an early year. */
const LIFE_EVENT_BEFORE =
  /\b(?:born|died|crowned|founded|built|bapti[sz]ed)\s(?:(?:in|around|about)\s)?(?:circa|c\.|ca\.)?\s?$/i;

function kindOf(
  groups: Record<string, string | undefined>,
  context: { before: string; after: string },
  unit: string | null,
  value: number,
): FoundQuantity['kind'] {
  const { before, after } = context;
  if (groups['cur'] || (unit && /^(?:dollars?|euros?|pounds sterling|yen|yuan)$/.test(unit)))
    return 'money';
  if (groups['suf'] === '%' || unit === 'percent' || unit === 'per') return 'percent';
  if (groups['suf']) return 'ordinal';
  const num = groups['num'];
  if (
    num &&
    /^\d{4}$/.test(num) &&
    value >= 1000 &&
    value <= 2100 &&
    // "the 2018 elections", "the disastrous 1757 British campaigns": what a year dates.
    // "In 2006 beekeepers reported …", "and in 2008 researchers announced …": a year that opens a
    // clause, before its subject.
    (!unit ||
      !unit.endsWith('s') ||
      YEARLY_EVENTS.has(unit) ||
      // "Between 1801 and 1812 agents removed …": the second year of a span.
      /\b(?:1[5-9]|20)\d\d (?:and|to) $/.test(before) ||
      /^ [A-Z][a-z]/.test(after) ||
      (/(?:^|[,;]\s|\band\s)[Ii]n\s$/.test(before) && value >= 1500) ||
      // "In 1177 forces from Champa sacked Angkor": an opening "In" dates an early year too.
      /^In\s$/.test(before)) &&
    (YEAR_CONTEXT.test(before) ||
      value >= 1500 ||
      // "came to power around 1113": a round-about year, but "about 1200 km" is a distance.
      (/\b(?:around|about|circa|c\.|ca\.)\s$/i.test(before) && !(unit && MEASURE_UNITS.has(unit))))
  )
    return 'year';
  // "at Gaugamela in 331 BC", "in AD 106": a year of an era; "from about 2600 to 1900 BCE": the
  // first year of a span whose era closes it.
  if (num && ((unit && ERA_WORDS.has(unit)) || /\b(?:AD|CE)\s$/.test(before))) return 'year';
  if (num && !unit && /^ (?:to|and|or|[–-]) (?:c\. )?\d{1,4} (?:BCE?|AD|CE)\b/.test(after))
    return 'year';
  // "after Carloman died in 771.", "consecrated around 805", "appeared in 708 to Aubert", "In 966
  // Duke Richard I …": an early year, with nothing counted.
  if (
    num &&
    /^[1-9]\d{2}$/.test(num) &&
    (!unit || /^ \p{Lu}/u.test(after)) &&
    /\b(?:in|since|until|after|before|around|circa|c\.|ca\.)\s$/i.test(before) &&
    (EARLY_YEAR_AFTER.test(after) ||
      LIFE_EVENT_BEFORE.test(before) ||
      // "prisoners taken at the Battle of Talas in 751 taught …": a year after a named event or place.
      /\p{Lu}[\p{L}'’-]+ in\s$/u.test(before))
  )
    return 'year';
  if (unit && MEASURE_UNITS.has(unit)) return 'measure';
  if (/\baged?\s$/i.test(before)) return 'age';
  // "Brennan, 26, said": a person's age set off by commas after the name.
  if (!unit && value < 120 && /\p{Lu}[\p{L}'’.-]*, $/u.test(before) && /^,/.test(after))
    return 'age';
  return 'count';
}

/**
 * Finds the numbers of a sentence with their unit or counted noun and kind
 * ("28 people" → count of people; "$3.5 billion" → money; "in 1939" → year; "40%" → percent).
 */
export function extractQuantities(sentence: string, tokens: readonly Token[]): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  for (const m of sentence.matchAll(PATTERN)) {
    const groups = (m.groups ?? {}) as Record<string, string | undefined>;
    const start = m.index;
    const before = sentence.slice(Math.max(0, start - 12), start);
    if (
      MONTH_BEFORE.test(before) ||
      SECOND_DAY_BEFORE.test(sentence.slice(Math.max(0, start - 24), start)) ||
      /[\w.:/#-]$/.test(sentence.slice(0, start)) ||
      // "24/7", "9/11", "2½": part of a label or a fraction; "47°39'N": part of a position.
      /^(?:[\w½¼¾⅓⅔'′″-]|[:/]\d|°(?:\d|[NSEW]\b))/.test(sentence.slice(start + m[0].length)) ||
      /[°'′″]$/.test(before) ||
      isIdentifierOrClock(sentence, start, start + m[0].length) ||
      inAsideBracket(sentence.slice(0, start))
    )
      continue;
    const inWords = groups['word'] !== undefined;
    const numeral = groups['num'] ?? groups['word'] ?? '';
    const numeralStart = start + (groups['cur']?.length ?? 0);
    let value = inWords ? wordValue(numeral) : Number(numeral.replace(/,/g, ''));
    if (groups['scale']) value *= SCALE_WORDS[groups['scale'].toLowerCase()] ?? 1;
    const end = start + m[0].length;
    const unitToken = unitAfter(sentence, tokens, end);
    // "90 per cent": the tagger reads "per" as a preposition, no unit.
    const perCent = /^ per ?cent\b/i.test(sentence.slice(end, end + 10));
    const unit = groups['suf'] === '%' || perCent ? 'percent' : (unitToken?.normal ?? null);
    const kind = kindOf(groups, { before, after: sentence.slice(end, end + 20) }, unit, value);
    if (inWords && !unitToken) continue;
    if (!Number.isFinite(value)) continue;
    found.push({
      start,
      end,
      text: m[0],
      numeralStart,
      numeralEnd: numeralStart + numeral.length,
      value,
      kind,
      unit: kind === 'year' ? null : unit,
      inWords,
    });
  }
  return found;
}
