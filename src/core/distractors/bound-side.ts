import type { QuantityMention } from '../analyze/analysis-types.ts';
import { FALSE_ONLY_HIGHER, FALSE_ONLY_LOWER } from '../lexicon/clause-words.ts';

const endsWith = (words: readonly string[]): RegExp =>
  new RegExp(`\\b(?:${words.join('|')})\\s+(?:about\\s+|some\\s+|[$£€]\\s*)?$`, 'i');
const ONLY_LOWER = endsWith(FALSE_ONLY_LOWER);
const ONLY_HIGHER = endsWith(FALSE_ONLY_HIGHER);
/** Bounds on an amount, not on a time: "more than", "at least", "up to", "fewer than". */
const AMOUNT_LOWER = endsWith(
  FALSE_ONLY_LOWER.filter((w) => / /.test(w) || w === 'under' || w === 'below'),
);
const AMOUNT_HIGHER = endsWith(FALSE_ONLY_HIGHER.filter((w) => w !== 'after'));

const OR_MORE = /^(?:\s+[a-z]+){0,2}\s+or (?:more|longer|older|above|over|higher)\b/;
const OR_LESS = /^(?:\s+[a-z]+){0,2}\s+or (?:less|fewer|shorter|younger|under|below|lower)\b/;

/** Verbs after which "over" a time still means "more than" ("lasted over three hours"). */
const LENGTH_VERBS =
  /\b(?:lasted|lasting|lasts|last|took|taken|takes|waited|waiting|spent|ran|running)\s+over\s$/i;
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|seasons?)$/;

/** Words after which "over" a time means "more than" ("for over three years", "is over an hour"). */
const MORE_THAN_BEFORE =
  /\b(?:for|of|is|was|are|were|be|been|being|than|missing|after|aged|just|well|slightly)\s+over\s$/i;

/**
 * Whether "over" before a time means "during", not "more than": "the bill was drafted over three
 * years", "up to 50 millimetres of rain in some areas over 24 hours", but not "lasted over three
 * hours" or "for over three years".
 */
export function overMeansDuring(sentence: string, q: QuantityMention): boolean {
  const before = sentence.slice(Math.max(0, q.start - 24), q.start);
  return (
    TIME_UNIT.test(q.unit ?? '') &&
    /\b\p{Ll}+\s+over\s$/iu.test(before) &&
    !LENGTH_VERBS.test(before) &&
    !MORE_THAN_BEFORE.test(before)
  );
}

/** The side a bound before or after the figure ("more than", "or fewer") leaves open, if any. */
function sideOf(
  sentence: string,
  q: QuantityMention,
  lower: RegExp,
  higher: RegExp,
): 'higher' | 'lower' | undefined {
  if (overMeansDuring(sentence, q)) return undefined;
  const before = sentence.slice(Math.max(0, q.start - 24), q.numeralStart);
  // "eight months or more" is still true of seven, "20 or fewer" of 25: like "more than".
  const after = sentence.slice(q.numeralEnd, q.numeralEnd + 30);
  if (lower.test(before) || OR_LESS.test(after)) return 'lower';
  return higher.test(before) || OR_MORE.test(after) ? 'higher' : undefined;
}

/**
 * The side a changed figure must move to make the statement false: "within 150 kilometres" is
 * still true of 190, and "more than six hours" of five.
 */
export const falseSide = (sentence: string, q: QuantityMention): 'higher' | 'lower' | undefined =>
  sideOf(sentence, q, ONLY_LOWER, ONLY_HIGHER);

/**
 * The side a blank's options must keep to when the figure bounds an amount: "more than _____
 * plant species" is still true of every lower figure, so the options are all higher. A bound on a
 * time ("before 1514") is left to the other checks.
 */
export const amountBoundSide = (
  sentence: string,
  q: QuantityMention,
): 'higher' | 'lower' | undefined =>
  q.kind === 'year' ? undefined : sideOf(sentence, q, AMOUNT_LOWER, AMOUNT_HIGHER);

/** A floor before a figure, turned into a ceiling, and a ceiling turned into a floor. */
const FLOOR_BEFORE = /\b(?:more than|over|at least|upwards of|in excess of)\s$/i;
const CEILING_BEFORE = /\b(?:fewer than|less than|under|up to|at most)\s$/i;
/** Units for which "less" reads right ("less than 50 millimetres", "less than ten years"). */
const MASS_UNITS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|percent|per cent|[a-z]*metres?|[a-z]*meters?|kilograms?|tonnes?|tons?|grams?|litres?|liters?|miles?|feet|degrees?|dollars?|euros?|pounds?)$/;

/** "have lived for", "has survived for": a perfect tense that reports a record reached. */
const RECORD_REACHED = /\b(?:have|has|had) (?:lived|survived|grown|reached|lasted)\b[^.;]*$/;

/**
 * "more than 2,000 plant species" → "fewer than 2,000 plant species": a floor on an amount turned
 * into a ceiling, or the other way, which the article's own words make false. Where the bound
 * starts in the sentence, the bound and figure as written ("more than 2,000"), and as turned round
 * ("fewer than 2,000"); null when no plain bound stands before the figure.
 */
export function flippedBound(
  sentence: string,
  q: QuantityMention,
): { start: number; original: string; swap: string } | null {
  if (overMeansDuring(sentence, q)) return null;
  // "individuals in captivity have lived for more than 70 years": a record some reached, which a
  // ceiling ("less than 70") would still fit for the others.
  if (RECORD_REACHED.test(sentence.slice(Math.max(0, q.start - 60), q.start))) return null;
  const before = sentence.slice(Math.max(0, q.start - 16), q.start);
  const floor = FLOOR_BEFORE.exec(before);
  const found = floor ?? CEILING_BEFORE.exec(before);
  if (!found) return null;
  const mass = q.kind !== 'count' || MASS_UNITS.test(q.unit ?? '');
  const start = q.start - (before.length - found.index);
  const original = sentence.slice(start, q.numeralEnd);
  // "vendors over 60": a bare figure after "over" or "under" is an age, turned the other way.
  const word = found[0].trim().toLowerCase();
  const age = q.unit === null && (word === 'over' || word === 'under');
  const turned = age
    ? word === 'over'
      ? 'under'
      : 'over'
    : floor
      ? mass
        ? 'less than'
        : 'fewer than'
      : 'more than';
  const cased = /^\p{Lu}/u.test(original)
    ? turned.charAt(0).toUpperCase() + turned.slice(1)
    : turned;
  return { start, original, swap: `${cased} ${sentence.slice(q.start, q.numeralEnd)}` };
}
