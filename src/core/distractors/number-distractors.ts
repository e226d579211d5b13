import { NUMBER_WORDS, TALLY_VERBS } from '../lexicon/number-words.ts';
import type { QuantityMention } from '../analyze/analysis-types.ts';

const WORD_FOR = new Map(
  Object.entries(NUMBER_WORDS)
    .filter(([w]) => w !== 'dozen')
    .map(([w, v]) => [v, w]),
);

/** Writes a value the way the key was written: in words, with thousands separators, or plainly. */
export function formatLike(value: number, key: string): string | null {
  if (/^[a-z]+(?:-[a-z]+)?$/i.test(key)) {
    const word =
      WORD_FOR.get(value) ??
      (value > 20 && value < 100 && WORD_FOR.get(value - (value % 10)) && WORD_FOR.get(value % 10)
        ? `${WORD_FOR.get(value - (value % 10))}-${WORD_FOR.get(value % 10)}`
        : undefined);
    if (!word) return null;
    return /^[A-Z]/.test(key) ? word[0]?.toUpperCase() + word.slice(1) : word;
  }
  const decimals = key.includes('.') ? (key.split('.')[1]?.replace(/\D.*$/, '').length ?? 0) : 0;
  const fixed = value.toFixed(decimals);
  // "800" beside "1,000": a key under a thousand gives no style, so the usual separator is kept.
  if (key.includes(',') || (/^\d{1,3}(?:\.\d+)?$/.test(key) && value >= 1000))
    return Number(fixed).toLocaleString('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  return fixed;
}

const FACTORS = [0.75, 1.25, 0.5, 1.5, 2, 0.8, 1.2, 0.6, 1.4, 3, 0.9, 1.1, 0.85, 1.15];

function trailingZeros(n: number): number {
  let zeros = 0;
  for (let v = n; v % 10 === 0 && v > 0; v /= 10) zeros += 1;
  return zeros;
}

function roundLike(value: number, original: number, asRound: boolean): number {
  if (Number.isInteger(original) && original >= 1000 && original <= 2100) return Math.round(value);
  // "167,515" is counted, not rounded: its options must not be the only round numbers.
  if (Number.isInteger(original) && original >= 1000 && original % 10 !== 0) {
    const step = Math.pow(10, Math.max(0, Math.floor(Math.log10(original)) - 4));
    return Math.round(value / step) * step + (original % step);
  }
  // "0.15 points", "21.5 km": a decimal's options keep its decimal places.
  const places = /\.(\d+)/.exec(String(original))?.[1]?.length ?? 0;
  if (places > 0) return Math.round(value * 10 ** places) / 10 ** places;
  const digits = Math.floor(Math.log10(Math.abs(original) || 1));
  // "roughly seventy years", "14,500 workers": options first as round as the key, no rounder.
  const exponent =
    asRound && Number.isInteger(original) && original > 0
      ? Math.min(trailingZeros(original), digits)
      : Math.max(0, digits - 1);
  const magnitude = Math.pow(10, exponent);
  return Math.round(value / magnitude) * magnitude;
}

/**
 * How far apart a year's options stand: a round early year or one before Christ ("around 550 BC",
 * "about 1900 BCE") takes options as round as it ("520", "2200"), any other year the years next
 * to it.
 */
function yearStep(value: number, beforeChrist: boolean): number {
  // "between about 600 and 1000 CE": an early year in whole centuries takes options in centuries.
  if (value < 1000) return value % 100 === 0 ? 100 : value % 10 === 0 ? 10 : 1;
  // "about 2600 to 1900 BCE": a round year before Christ is as round as its options.
  if (beforeChrist && value % 100 === 0) return 100;
  return value > 2100 && value % 100 === 0 ? 100 : 1;
}

/** "1900 BCE", "2600 to 1900 BC": a year counted before Christ, by the era after it or its span. */
const BEFORE_CHRIST = /^(?: (?:to|and|or|[–-]) (?:c\. )?\d{1,4})? (?:BCE?|B\.C\.)/;

/** True for a figure of the sentence counted before Christ, by its era or its span's. */
export function countedBeforeChrist(sentence: string, q: QuantityMention): boolean {
  return BEFORE_CHRIST.test(sentence.slice(q.numeralEnd));
}

/**
 * Numeric distractors close to the key, in the key's form ("eight" → "six", "ten"; 28 → 24, 32, 36;
 * a year → nearby years), never equal to a value in `exclude`.
 */
export function numberDistractors(
  value: number,
  keyText: string,
  options: {
    count: number;
    exclude: readonly number[];
    kind: string;
    seed: number;
    /** Bounds of a range the key belongs to: options stay strictly between them. */
    above?: number;
    below?: number;
    /** The latest year the article gives: a year option stays at or before it. */
    latestYear?: number;
    /** A year counted before Christ. */
    beforeChrist?: boolean;
    /** A figure given roughly ("around 1878"). */
    approximate?: boolean;
    /**
     * How many options to take below the key where the article leaves room on both sides, so that
     * the key's place among options in ascending order tells nothing; unset, the closest come first.
     */
    lowerCount?: number;
  },
): string[] {
  const above = options.above ?? -Infinity;
  const below = options.below ?? Infinity;
  const latest = options.latestYear ?? Infinity;
  const isYear = options.kind === 'year';
  // "stands 1.98 metres tall": a figure given to hundredths moves in tenths (1.88, 2.08), not in
  // whole units (0.98, 3.98).
  const fine = /\.\d\d/.test(keyText) ? 0.1 : 1;
  // "composed around 1878": a year given roughly takes options far enough apart to be wrong.
  // "between about 600 and 1000 CE": a rough year in whole centuries moves in centuries.
  const roughCentury = options.approximate === true && value % 100 === 0;
  const step = !isYear ? 1 : roughCentury ? 100 : yearStep(value, options.beforeChrist === true);
  const yearSteps =
    options.approximate && step === 1 ? [-6, 5, 8, -10, -15, 12] : [-3, 2, -6, 5, 1, -1, 8, -10];
  const steps = isYear
    ? yearSteps.map((s) => s * step)
    : value >= 1 && value < 10
      ? [-2, 2, 1, -1, 3, 4, -3, 6].map((s) => s * fine)
      : [];
  const raw = steps.length
    ? steps.map((s) => Math.round((value + s) * 1e6) / 1e6)
    : [true, false].flatMap((asRound) => FACTORS.map((f) => roundLike(value * f, value, asRound)));
  const start = options.seed % 2;
  const ordered = [...raw.slice(start), ...raw.slice(0, start)];
  const found: { value: number; text: string }[] = [];
  const used = new Set<number>([value, ...options.exclude]);
  let [lower, higher] = [0, 0];
  for (const candidate of ordered) {
    // Enough on each side for any choice of place: writing more out (a costly step) changes nothing.
    const enough =
      options.lowerCount === undefined
        ? found.length >= options.count
        : lower >= options.count && higher >= options.count;
    if (enough) break;
    if (candidate <= 0 || used.has(candidate)) continue;
    if (candidate <= above || candidate >= below) continue;
    // "in 2029 it ended in Nice": a year after any the article gives reads as plainly wrong.
    if (isYear && !options.beforeChrist && value <= latest && candidate > latest) continue;
    if (options.kind === 'percent' && value <= 100 && candidate > 100) continue;
    // "one candidates withdrew": a count of several keeps its plural noun, which 1 would not fit.
    if (candidate === 1 && value > 1 && (options.kind === 'count' || options.kind === 'measure'))
      continue;
    if (!Number.isInteger(value) !== !Number.isInteger(candidate) && !keyText.includes('.'))
      continue;
    // "born around 980": a year is written without a thousands separator, however late.
    const text = isYear ? String(candidate) : formatLike(candidate, keyText);
    if (!text || text === keyText) continue;
    used.add(candidate);
    found.push({ value: candidate, text });
    if (candidate < value) lower += 1;
    else higher += 1;
  }
  // "30 to 40 centimetres": a round key among options less round than it would stand out.
  const zeros = Math.min(trailingZeros(value), 2);
  const asRound = found.filter((o) => trailingZeros(o.value) >= zeros);
  const pool =
    !isYear && Number.isInteger(value) && asRound.length >= options.count ? asRound : found;
  return pickAround(pool, value, options.count, options.lowerCount).map((o) => o.text);
}

/**
 * `count` options in the order found, `lowerCount` of them below the key when there are enough
 * on each side, and the rest from whichever side has more.
 */
function pickAround<T extends { value: number }>(
  found: readonly T[],
  key: number,
  count: number,
  lowerCount: number | undefined,
): T[] {
  if (lowerCount === undefined) return found.slice(0, count);
  const lower = found.filter((o) => o.value < key);
  const higher = found.filter((o) => o.value > key);
  const fromLower = Math.min(lower.length, Math.max(lowerCount, count - higher.length));
  const picked = new Set([...lower.slice(0, fromLower), ...higher.slice(0, count - fromLower)]);
  return found.filter((o) => picked.has(o));
}

/** The value of the numeral as written: 100 for "100 billion", 8 for "eight". */
export function numeralValue(q: QuantityMention): number {
  const n = Number(
    q.text.slice(q.numeralStart - q.start, q.numeralEnd - q.start).replace(/,/g, ''),
  );
  return Number.isFinite(n) ? n : q.value;
}

/** The numeral of a quantity as written ("100" in "$100 billion"). */
export function numeralText(q: QuantityMention): string {
  return q.text.slice(q.numeralStart - q.start, q.numeralEnd - q.start);
}

/**
 * Distractors for a number of a sentence, on the numeral's own scale ("100" of "100 billion" → 75,
 * 125…), never a value the same sentence gives.
 */
export function quantityDistractors(
  q: QuantityMention,
  siblings: readonly QuantityMention[],
  options: {
    count: number;
    seed: number;
    sentence: string;
    latestYear: number;
    /** Only options on this side of the key ("before 1514" is false only for earlier years). */
    side?: 'higher' | 'lower' | undefined;
    /** How many options to take below the key, where there is room on both sides. */
    lowerCount?: number;
  },
): string[] {
  const scale = q.value / numeralValue(q) || 1;
  const bounds = rangeBounds(q, siblings, options.sentence);
  const value = numeralValue(q);
  return numberDistractors(value, numeralText(q), {
    count: options.count,
    exclude: siblings.map((o) => o.value / scale),
    kind: q.kind,
    seed: options.seed,
    above: options.side === 'higher' ? value : bounds.above / scale,
    below: options.side === 'lower' ? value : bounds.below / scale,
    latestYear: options.latestYear,
    beforeChrist: countedBeforeChrist(options.sentence, q),
    approximate: givenRoughly(options.sentence, q),
    ...(options.lowerCount === undefined ? {} : { lowerCount: options.lowerCount }),
  });
}

/** Words that give the figure after them roughly ("around 1878", "c. 1500"). */
const ROUGHLY = String.raw`\b(?:around|about|circa|c\.|ca\.|approximately|roughly)`;
const ROUGHLY_BEFORE = new RegExp(String.raw`${ROUGHLY}\s$`, 'i');
/** The same before the first figure of a range the figure closes ("about 600 and 1000"). */
const ROUGHLY_RANGE_BEFORE = new RegExp(String.raw`${ROUGHLY} \d[\d,]* (?:and|to|-|–) ?$`, 'i');

/** True for a figure given roughly, itself or as the end of a rough range. */
function givenRoughly(sentence: string, q: QuantityMention): boolean {
  const before = sentence.slice(Math.max(0, q.numeralStart - 32), q.numeralStart);
  return ROUGHLY_BEFORE.test(before) || ROUGHLY_RANGE_BEFORE.test(before);
}

const latestYears = new WeakMap<readonly (readonly QuantityMention[])[], number>();

/** The latest year among the article's figures, worked out once per article. */
export function latestYear(quantities: readonly (readonly QuantityMention[])[]): number {
  const known = latestYears.get(quantities);
  if (known !== undefined) return known;
  let latest = -Infinity;
  for (const sentence of quantities)
    for (const q of sentence) if (q.kind === 'year') latest = Math.max(latest, q.value);
  const found = Number.isFinite(latest) ? latest : Infinity;
  latestYears.set(quantities, found);
  return found;
}

/**
 * What joins a range's ends ("34 to 35", "60 or 70"), or a part to its whole ("11 of the first 13").
 */
const RANGE_JOIN = /^\s*(?:to|and|or|-|–|(?:out )?of(?: the)?(?: (?:first|last|final))?)\s*$/;
/** "41 goals from 44 attempts": a part, its noun, then "from" and the whole it came from. */
const PART_FROM = /^ \p{Ll}+ from $/u;

/**
 * The other end of a range the number closes or opens ("34 to 35 degrees", "between 20 and 60"),
 * or the part or whole beside it ("11 of the first 13 points"): an option outside it ("34 to 18",
 * "11 of the first 7") would read as plainly wrong.
 */
function rangeBounds(
  q: QuantityMention,
  siblings: readonly QuantityMention[],
  sentence: string,
): { above: number; below: number } {
  const lower = siblings.find(
    (o) =>
      o.end <= q.start &&
      (RANGE_JOIN.test(sentence.slice(o.end, q.start)) ||
        PART_FROM.test(sentence.slice(o.end, q.start))),
  );
  const upper = siblings.find(
    (o) => o.start >= q.end && RANGE_JOIN.test(sentence.slice(q.end, o.start)),
  );
  // "every two to three years", "between three and four days", "more than four in five cases": a
  // first figure the article counts as no quantity still bounds.
  const written =
    /\b(?:(\d[\d,]*(?:\.\d+)?|[a-z]+) ?(?:to|or|in|of the|-|–)|between (\S+) and) ?$/i.exec(
      sentence.slice(Math.max(0, q.numeralStart - 24), q.numeralStart),
    );
  const writtenFigure = written?.[1] ?? written?.[2];
  const change = changeBounds(q, siblings, sentence) ?? tallyBounds(q, siblings, sentence);
  if (change) return change;
  // "80 ground-level arches, 76 of them numbered": a whole is never below the part it names.
  const part = siblings.find(
    (o) =>
      o.start > q.end &&
      o.start - q.end <= 40 &&
      o.value < q.value &&
      /^ of (?:them|these|those|which)\b/.test(sentence.slice(o.end)),
  );
  const whole = /^ of (?:them|these|those|which)\b/.test(sentence.slice(q.end))
    ? siblings.find((o) => o.end < q.start && q.start - o.end <= 40 && o.value > q.value)
    : undefined;
  // "50.9 percent … while Iliev took _____ percent": shares of one whole leave no room past 100.
  const shares = siblings.filter((o) => o.kind === 'percent');
  const total = shares.reduce((sum, o) => sum + o.value, 0);
  if (q.kind === 'percent' && shares.length >= 2 && total >= 90 && total <= 100)
    return { above: -Infinity, below: 100 - (total - q.value) + 0.001 };
  // "6 to 7 million": a first figure that leaves the scale word to the second shares it.
  const scale = q.value / numeralValue(q) || 1;
  const scaled = (v: number | undefined): number | undefined =>
    v !== undefined && scale > 1 && v < numeralValue(q) ? v * scale : v;
  const before = scaled(lower?.value ?? figureOf(writtenFigure));
  // "6 to 7 million" read from the first figure: the second's numeral is on the first's scale.
  const after =
    upper && scale === 1 && upper.value > numeralValue(upper) && numeralValue(upper) > q.value
      ? numeralValue(upper)
      : upper?.value;
  const floor = before !== undefined && before < q.value ? before : -Infinity;
  // "from about 2600 to 1900 BCE": a span before Christ runs down, so its ends bound the other way.
  if (
    countedBeforeChrist(sentence, q) ||
    (upper !== undefined && countedBeforeChrist(sentence, upper))
  )
    return {
      above: after !== undefined && after < q.value ? after : -Infinity,
      below: before !== undefined && before > q.value ? before : Infinity,
    };
  const [earlier, later] = yearsAround(q, siblings, sentence);
  return {
    above: Math.max(floor, part?.value ?? -Infinity, earlier),
    below: Math.min(
      after !== undefined && after > q.value ? after : Infinity,
      whole?.value ?? Infinity,
      clockLimit(q, sentence),
      ageLimit(q, sentence),
      earthLimit(q, sentence),
      later,
    ),
  };
}

/**
 * "approved in 2011 but abandoned in", "founded in 1889 and renamed in", "moved in 2016, banning
 * trade from": one event, then another.
 */
const THEN_JOIN = /\b(?:but|and|then|later|until|before)\b|, (?!having\b)\p{Ll}+ing\b/u;

/**
 * "received approval in 2011 but was abandoned in _____": the years of one sentence that tells
 * events in the order they happened, the one before the key and the one after it (an option
 * outside them would put the events out of order); -Infinity and Infinity when there are none.
 */
function yearsAround(
  q: QuantityMention,
  siblings: readonly QuantityMention[],
  sentence: string,
): [number, number] {
  if (q.kind !== 'year') return [-Infinity, Infinity];
  const told = (a: QuantityMention, b: QuantityMention): boolean => {
    const between = sentence.slice(a.end, b.start);
    return (
      a.value < b.value && between.length <= 200 && !/[;.]/.test(between) && THEN_JOIN.test(between)
    );
  };
  const years = siblings.filter((o) => o.kind === 'year' && o !== q);
  const before = years.filter((o) => o.end <= q.start && told(o, q)).at(-1);
  const after = years.find((o) => o.start >= q.end && told(q, o));
  return [before?.value ?? -Infinity, after?.value ?? Infinity];
}

/** " votes to ", " to ": what joins the two sides of a vote ("passed by 27 votes to 20"). */
const TALLY_JOIN = /^ (?:votes? )?to $/;
/**
 * "passed by", "voted", "approved", "passed the 90-seat assembly by": words before a tally whose
 * first side won, as a pattern's source.
 */
export const TALLY_LEAD = `\\b(?:${TALLY_VERBS.join('|')})(?: by| [^.;,]*? by)?`;
const TALLY_BEFORE = new RegExp(`${TALLY_LEAD} $`);

/**
 * "passed by 27 votes to 20": the first side of a winning tally is the larger, so each side's
 * options stay on their side of the other. Null when the figure is no side of such a tally.
 */
function tallyBounds(
  q: QuantityMention,
  siblings: readonly QuantityMention[],
  sentence: string,
): { above: number; below: number } | null {
  const loser = siblings.find(
    (o) =>
      o.start > q.end &&
      TALLY_JOIN.test(sentence.slice(q.numeralEnd, o.numeralStart)) &&
      TALLY_BEFORE.test(sentence.slice(0, q.numeralStart)),
  );
  // "by 71 votes to 38 in …, the 126-seat parliament": both sides together fill no more seats.
  const seats = (): number => Number(SEATS.exec(sentence)?.[1]?.replace(/,/g, '') ?? Infinity);
  if (loser && loser.value < q.value)
    return { above: loser.value, below: seats() - loser.value + 1 };
  const winner = siblings.find(
    (o) =>
      o.end < q.start &&
      TALLY_JOIN.test(sentence.slice(o.numeralEnd, q.numeralStart)) &&
      TALLY_BEFORE.test(sentence.slice(0, o.numeralStart)),
  );
  return winner && winner.value > q.value
    ? { above: -Infinity, below: Math.min(winner.value, seats() - winner.value + 1) }
    : null;
}

/** "the 126-seat parliament", "a 90-member assembly": how many can vote in all. */
const SEATS = /\b(\d{1,3}(?:,\d{3})?)-(?:seat|member)\b/;

/** "down from 41.3", "up from 12": what a figure changed from, right before it. */
const CHANGED_FROM = /\b(down|up) from (?:about |some |roughly |nearly )?\D{0,2}$/;

/**
 * The side of a figure that a change in the sentence fixes: "36.8 percent, down from _____
 * percent" was higher than 36.8, and "_____ percent, down from 41.3 percent" lower than 41.3 ("up
 * from" the other way). Null when the figure is no end of such a change.
 */
function changeBounds(
  q: QuantityMention,
  siblings: readonly QuantityMention[],
  sentence: string,
): { above: number; below: number } | null {
  const current = siblings.filter((o) => o.end <= q.start && o.kind === q.kind).at(-1);
  const from = CHANGED_FROM.exec(sentence.slice(Math.max(0, q.numeralStart - 30), q.numeralStart));
  if (from && current)
    return from[1] === 'down'
      ? { above: current.value, below: Infinity }
      : { above: -Infinity, below: current.value };
  const earlier = siblings.find((o) => o.start >= q.end && o.kind === q.kind);
  const to = earlier ? CHANGED_FROM.exec(sentence.slice(q.end, earlier.start)) : null;
  if (to && earlier)
    return to[1] === 'down'
      ? { above: -Infinity, below: earlier.value }
      : { above: earlier.value, below: Infinity };
  return movedToFrom(q, siblings, sentence) ?? comparedBounds(q, siblings, sentence);
}

/** "1.1 …, compared with 1.7 …, a reduction of 35 percent": a figure set beside another. */
const COMPARED_WITH =
  /^[^.;]{0,60}?,? (?:compared (?:with|to)|against|versus|vs\.?) (?:about |some )?\D{0,2}$/;
const LOWER_WORDS =
  /\b(?:reduction|fewer|lower|less|smaller|fall|fell|drop|dropped|decline|declined|cut)\b/;
const HIGHER_WORDS = /\b(?:increase|increased|rise|rose|more|higher|larger|greater|growth|grew)\b/;

/**
 * The side of a figure compared with a later one of its kind, when the sentence says which way it
 * differs: "an average of _____ new cavities, compared with 1.7 …, a reduction of 35 percent".
 */
function comparedBounds(
  q: QuantityMention,
  siblings: readonly QuantityMention[],
  sentence: string,
): { above: number; below: number } | null {
  const compared = (a: QuantityMention, b: QuantityMention): boolean =>
    b.start >= a.end && a.kind === b.kind && COMPARED_WITH.test(sentence.slice(a.end, b.start));
  const later = siblings.find((o) => compared(q, o));
  const earlier = later ? undefined : siblings.find((o) => compared(o, q));
  const other = later ?? earlier;
  if (!other) return null;
  const rest = sentence.slice(Math.max(q.end, other.end));
  const lower = LOWER_WORDS.test(rest);
  if (lower === HIGHER_WORDS.test(rest)) return null;
  // The first figure is the lower one after "a reduction", the second the higher.
  return lower === (later !== undefined)
    ? { above: -Infinity, below: other.value }
    : { above: other.value, below: Infinity };
}

/** Verbs of a figure moving down or up ("lowered its forecast to 2.1% from 2.4%"). */
const MOVED_DOWN =
  /\b(?:lowered|cut|reduced|trimmed|fell|dropped|declined|slipped|eased|shrank|narrowed|contracted)\b/;
const MOVED_UP =
  /\b(?:raised|increased|rose|lifted|climbed|jumped|grew|expanded|widened|improved)\b/;

/**
 * "lowered its growth forecast to 2.1% from _____%": the figure after "from" lies on the far side
 * of the one after "to", the side the verb says the figure moved from.
 */
function movedToFrom(
  q: QuantityMention,
  siblings: readonly QuantityMention[],
  sentence: string,
): { above: number; below: number } | null {
  const sameKind = siblings.filter((o) => o.kind === q.kind && o !== q);
  const newer = sameKind.filter((o) => o.end <= q.start).at(-1);
  const older = sameKind.find((o) => o.start >= q.end);
  const fromAfter = (a: QuantityMention, b: QuantityMention): boolean =>
    /^[^,;.]{0,30}\bfrom \D{0,2}$/.test(sentence.slice(a.end, b.numeralStart)) &&
    /\bto \D{0,2}$/.test(sentence.slice(Math.max(0, a.numeralStart - 6), a.numeralStart));
  const clause = (at: number): string => sentence.slice(Math.max(0, at - 60), at);
  if (newer && fromAfter(newer, q)) {
    const before = clause(newer.start);
    if (MOVED_DOWN.test(before)) return { above: newer.value, below: Infinity };
    if (MOVED_UP.test(before)) return { above: -Infinity, below: newer.value };
  }
  if (older && fromAfter(q, older)) {
    const before = clause(q.start);
    if (MOVED_DOWN.test(before)) return { above: -Infinity, below: older.value };
    if (MOVED_UP.test(before)) return { above: older.value, below: Infinity };
  }
  return null;
}

/** The value of a figure written in digits or in words ("12", "two"), or undefined. */
export function figureOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\d/.test(text)
    ? Number(text.replace(/,/g, ''))
    : NUMBER_WORDS[text.toLowerCase()];
  return value === undefined || Number.isNaN(value) ? undefined : value;
}

/** The units of a duration after a larger one, and how many of them make that larger one. */
const CLOCK_UNITS: readonly [RegExp, RegExp, number][] = [
  [/^\s*(?:minutes?|mins?)\b/, /\bhours?\b[^.;]{0,6}$/, 60],
  [/^\s*(?:seconds?|secs?)\b/, /\bminutes?\b[^.;]{0,6}$/, 60],
  [/^\s*hours?\b/, /\bdays?\b[^.;]{0,6}$/, 24],
];

/** "died at the age of", "aged": words before a person's age in years. */
const AGE_BEFORE = /\b(?:at the age of|aged) (?:about |around |nearly )?$/i;

/** The oldest age an option may give a person: older than anyone has lived reads as impossible. */
const OLDEST_AGE = 110;

/** "died at the age of 91": a person's age stays under the oldest anyone reaches. */
function ageLimit(q: QuantityMention, sentence: string): number {
  const before = sentence.slice(Math.max(0, q.numeralStart - 30), q.numeralStart);
  return AGE_BEFORE.test(before) && q.value < OLDEST_AGE ? OLDEST_AGE : Infinity;
}

/** The greatest earthquake magnitude measured, and the height of the highest mountain. */
const LARGEST_MAGNITUDE = 9.5;
const HIGHEST_METRES = 8849;
const HIGHEST_FEET = 29032;
const HEIGHT_WORDS = /\b(?:high|tall|height|elevation|altitude|rises|summit|peak)\b/i;

/**
 * "a magnitude 9.0 earthquake", "rises to about 4,750 metres": a figure nature bounds stays
 * within what has been measured on Earth (no magnitude 12, no peak of 9,500 metres).
 */
function earthLimit(q: QuantityMention, sentence: string): number {
  const before = sentence.slice(Math.max(0, q.numeralStart - 16), q.numeralStart);
  if (/\bmagnitude[- ](?:of )?$/i.test(before) && q.value <= LARGEST_MAGNITUDE)
    return LARGEST_MAGNITUDE + 0.001;
  if (!HEIGHT_WORDS.test(sentence)) return Infinity;
  if (/^(?:metres|meters|m)$/.test(q.unit ?? '') && q.value <= HIGHEST_METRES)
    return HIGHEST_METRES + 1;
  if (/^(?:feet|ft)$/.test(q.unit ?? '') && q.value <= HIGHEST_FEET) return HIGHEST_FEET + 1;
  return Infinity;
}

/** "5 days, 22 hours and 54 minutes": a part of a duration stays under the next unit up. */
function clockLimit(q: QuantityMention, sentence: string): number {
  const after = sentence.slice(q.numeralEnd);
  const before = sentence.slice(Math.max(0, q.numeralStart - 24), q.numeralStart);
  for (const [unit, larger, limit] of CLOCK_UNITS)
    if (unit.test(after) && larger.test(before)) return limit;
  return Infinity;
}
