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
