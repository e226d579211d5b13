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

/**
 * The side a changed figure must move to make the statement false: "within 150 kilometres" is
 * still true of 190, and "more than six hours" of five.
 */
export function falseSide(sentence: string, q: QuantityMention): 'higher' | 'lower' | undefined {
  const before = sentence.slice(Math.max(0, q.start - 24), q.numeralStart);
  // "eight months or more" is still true of seven, "20 or fewer" of 25: like "more than".
  const after = sentence.slice(q.numeralEnd, q.numeralEnd + 30);
  if (ONLY_LOWER.test(before) || OR_LESS.test(after)) return 'lower';
  return ONLY_HIGHER.test(before) || OR_MORE.test(after) ? 'higher' : undefined;
}

/**
 * The side a blank's options must keep to when the figure bounds an amount: "more than _____
 * plant species" is still true of every lower figure, so the options are all higher. A bound on a
 * time ("before 1514") is left to the other checks.
 */
export function amountBoundSide(
  sentence: string,
  q: QuantityMention,
): 'higher' | 'lower' | undefined {
  if (q.kind === 'year') return undefined;
  const before = sentence.slice(Math.max(0, q.start - 24), q.numeralStart);
  const after = sentence.slice(q.numeralEnd, q.numeralEnd + 30);
  if (AMOUNT_LOWER.test(before) || OR_LESS.test(after)) return 'lower';
  return AMOUNT_HIGHER.test(before) || OR_MORE.test(after) ? 'higher' : undefined;
}

/** A bound word before a figure, and the bound the other way. */
const FLIPPED_BOUNDS: readonly [RegExp, string][] = [
  [/\b(?:more than|over|at least|upwards of|in excess of)\s$/i, 'below'],
  [/\b(?:fewer than|less than|under|up to|at most)\s$/i, 'above'],
];
/** Units for which "less" reads right ("less than 50 millimetres", "less than ten years"). */
const MASS_UNITS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|percent|per cent|[a-z]*metres?|[a-z]*meters?|kilograms?|tonnes?|tons?|grams?|litres?|liters?|miles?|feet|degrees?|dollars?|euros?|pounds?)$/;

/**
 * "more than 2,000 plant species" → "fewer than 2,000 plant species": a floor on an amount turned
 * into a ceiling, or the other way, which the article's own words make false. The bound's offset in
 * the sentence, its words, and the words that replace them; null when no plain bound stands there.
 */
export function flippedBound(
  sentence: string,
  q: QuantityMention,
): { start: number; original: string; swap: string } | null {
  const before = sentence.slice(Math.max(0, q.start - 16), q.start);
  const unit = q.unit ?? '';
  const mass = q.kind !== 'count' || MASS_UNITS.test(unit);
  for (const [pattern, way] of FLIPPED_BOUNDS) {
    const found = pattern.exec(before);
    if (!found) continue;
    const start = q.start - (before.length - found.index);
    const original = sentence.slice(start, q.start);
    const fewer = mass ? 'less than ' : 'fewer than ';
    const swap = way === 'below' ? fewer : 'more than ';
    const cased = /^\p{Lu}/u.test(original) ? swap.charAt(0).toUpperCase() + swap.slice(1) : swap;
    return { start, original, swap: cased };
  }
  return null;
}
