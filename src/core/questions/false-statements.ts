import {
  figureOf,
  latestYear,
  numeralText,
  quantityDistractors,
  TALLY_LEAD,
} from '../distractors/number-distractors.ts';
import type { QuantityMention } from '../analyze/analysis-types.ts';
import { amountBoundSide, falseSide, flippedBound } from '../distractors/bound-side.ts';
import type { Sentence } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { flipNegation, type PlacedToken } from './flip-negation.ts';
import { falseVersion, holdsAt, says, statementCandidate } from './statement-candidate.ts';
import type { StatementContext } from './statement-context.ts';
import { countGivenAway, titleGives, wholeWordIndexes } from './sentence-tools.ts';
import { swappedEntities, swappedRoles } from './swapped-names.ts';

/**
 * "G7, or the Group of Seven, is a group of seven countries": a number the statement gives twice
 * would contradict itself once one of them is changed.
 */
function saysTwice(text: string, start: number, numeral: string): boolean {
  return wholeWordIndexes(text.toLowerCase(), numeral.toLowerCase()).some((at) => at !== start);
}

/**
 * "132 seats, 11 more than the 121 needed", "slowed to 3.8 percent, down from 4.4 percent": figures
 * the sentence relates to one another, which a changed one would contradict by plain arithmetic.
 */
const RELATED_FIGURES = new RegExp(
  [
    /\d[^.;]*\b(?:more|fewer|less|higher|lower|greater|larger|smaller) than (?:the |a )?[$£€]?\d/,
    /\d[^.;]*\bout of \d/,
    // "passed the 90-seat assembly by 52 votes to 28": a tally whose sides decide the outcome.
    new RegExp(`${TALLY_LEAD} \\d+ (?:votes? )?to \\d`),
    /\d[^.;]*\b(?:a total of|totall?ing|in total)\b/,
    /\d[^.;]*\b(?:down|up) from (?:about |some )?[$£€]?\d/,
    // "388 of 3,290 children died, a rate of 11.8 percent": a share worked out from its parts.
    /\b\d[\d,]* of (?:the |its |their )?\d[\d,]*\b[^.;]*\b\d[\d.]* (?:percent|per cent)/,
    /\b(?:rose|fell|grew|increased|decreased|dropped|climbed|declined|jumped|slipped|slowed|eased) (?:from [$£€]?\d[^.;]* to|to [$£€]?\d[^.;]* from) [$£€]?\d/,
  ]
    .map((r) => r.source)
    .join('|'),
);

/** A figure written in digits or as a number word ("21", "two"). */
const FIGURE = String.raw`(\d[\d,.]*|[a-z]+)`;
/** "between 21 and", "from 1756 to": a lower bound before the figure ("and" needs "between"). */
const BETWEEN_BEFORE = new RegExp(
  `\\b(?:between|from) [^\\w\\s]{0,2}${FIGURE} ?(?:and|to|-|–) ?\\D{0,2}$`,
  'i',
);
/** "an estimated 300 to", "two to": a lower bound with no "between". */
const TO_BEFORE = new RegExp(`\\b${FIGURE} ?(?:to|–) ?[^\\w\\s]{0,2}$`, 'i');
/** "… and 72", "… to 1763": the upper bound after the figure, with "between" or "from" before it. */
const AND_AFTER = new RegExp(`^ ?(?:and|to|-|–) ?[^\\w\\s]{0,2}${FIGURE}\\b`, 'i');
/** "… to 400": the upper bound after the figure, with no "between". */
const TO_AFTER = new RegExp(`^ ?(?:to|–) ?[^\\w\\s]{0,2}${FIGURE}\\b`, 'i');

/**
 * Where the figure bounds a range ("between 21 and 72 kg", "an estimated 300 to 400", "two to six
 * weeks"), the way a change must go to make the statement false, and the other bound it must not
 * reach: a wider range is still true, and "between 1756 and 1752" false on its face.
 */
function rangeBound(
  sentence: string,
  q: QuantityMention,
): { side: 'higher' | 'lower'; limit: number } | null {
  const head = sentence.slice(0, q.numeralStart);
  const lower = figureOf(BETWEEN_BEFORE.exec(head)?.[1]) ?? figureOf(TO_BEFORE.exec(head)?.[1]);
  if (lower !== undefined) return lower < q.value ? { side: 'lower', limit: lower } : null;
  const opens = /\b(?:between|from) \D{0,2}$/i.test(head);
  const upper = figureOf((opens ? AND_AFTER : TO_AFTER).exec(sentence.slice(q.numeralEnd))?.[1]);
  return upper !== undefined && upper > q.value ? { side: 'higher', limit: upper } : null;
}

/**
 * What a range tells of what may happen, or of where many things fall ("many falling in the range
 * of 10 to 15"), not of what always holds: a narrower range is no surer false.
 */
const MAY_BE = /\b(?:may|might|can|could|(?:many|most)(?: of them)? (?:fall|falling|lie|lying))\b/i;

/** The figure an option gives ("1,250" of "1,250 years", "six"), or undefined. */
const optionFigure = (option: string): number | undefined =>
  figureOf(/\d[\d,.]*|[a-z]+/i.exec(option)?.[0]);

/** True when a changed bound reaches or passes the range's other bound. */
function passesBound(swap: string, bound: { side: 'higher' | 'lower'; limit: number }): boolean {
  const value = optionFigure(swap);
  if (value === undefined) return false;
  return bound.side === 'higher' ? value >= bound.limit : value <= bound.limit;
}

/**
 * "weigh around 2 kilograms and can exceed 3 kilograms", "between 150 and 300 drops, around 275":
 * a changed figure stays on its side of every other figure of its unit in the sentence, or the
 * sentence shows it false by itself.
 */
function keepsOrder(
  option: string,
  q: QuantityMention,
  siblings: readonly QuantityMention[],
  sentence: string,
): boolean {
  const scale = q.value / (figureOf(numeralText(q)) ?? q.value) || 1;
  const value = (optionFigure(option) ?? NaN) * scale;
  if (Number.isNaN(value)) return true;
  // "between about 150 and 300 drops, … around 275": a figure inside a range the sentence gives.
  const leaves = siblings.some((a) =>
    siblings.some(
      (b) =>
        a !== q &&
        b !== q &&
        a.end <= b.start &&
        /^\s*(?:and|to|-|–)\s*$/.test(sentence.slice(a.end, b.start)) &&
        a.value < q.value &&
        q.value < b.value &&
        !(a.value < value && value < b.value),
    ),
  );
  if (leaves) return false;
  return siblings.every(
    (o) =>
      o === q ||
      o.kind !== q.kind ||
      (q.kind !== 'year' && (o.unit ?? null) === null) ||
      o.unit !== q.unit ||
      o.value === q.value ||
      q.value < o.value === value < o.value,
  );
}

/**
 * "every five to six years" for "five to seven": a range's end moved by one is too near the old
 * one for the statement to read as surely false. Years are exact, so "1756 to 1762" still is.
 */
function nextToEnd(swap: string, q: QuantityMention): boolean {
  const value = optionFigure(swap);
  return q.kind !== 'year' && value !== undefined && Math.abs(value - q.value) <= 1;
}

/**
 * "from 1337 to 1453, a span of 116 years": two years and the years between them, which a change
 * to any of the three would contradict by plain arithmetic.
 */
function spanOfYears(q: QuantityMention, siblings: readonly QuantityMention[]): boolean {
  const years = siblings.filter((o) => o.kind === 'year');
  const spans = siblings.filter((o) => o.kind !== 'year' && /^years?$/.test(o.unit ?? ''));
  return years.some((a) =>
    years.some(
      (b) =>
        a !== b &&
        spans.some(
          (n) => Math.abs(Math.abs(a.value - b.value) - n.value) <= 1 && [a, b, n].includes(q),
        ),
    ),
  );
}

/** "70 percent in cash and 30 percent in stock": shares of one whole, which a change would break. */
function splitsWhole(q: QuantityMention, siblings: readonly QuantityMention[]): boolean {
  if (q.kind !== 'percent') return false;
  const shares = siblings.filter((o) => o.kind === 'percent');
  return shares.length >= 2 && Math.abs(shares.reduce((sum, o) => sum + o.value, 0) - 100) < 0.5;
}

/** "often less than 50 mm", "at least 10,000 years, and probably much longer": a hedged bound. */
const HEDGED_BOUND =
  /\b(?:often|usually|typically|generally|sometimes|commonly|probably|possibly|perhaps)\b|\b(?:much|far|probably|possibly|perhaps|even) (?:longer|more|older|earlier|larger|higher)\b/i;

/** "children under five", "people over 65": a bound that names a group, still true of one nearby. */
const AGE_GROUP =
  /\b(?:children|babies|infants|people|adults|persons|women|men|patients|residents|those|anyone|everyone)(?: aged)? (?:under|over|below|above|older than|younger than) $/i;

/**
 * "at least 10,000 years, and probably much longer", "often less than 50 millimetres", "well over
 * 1,000 years old, and estimates reach about 2,000": a bound the sentence hedges or passes itself,
 * which a changed figure on the false side may still fit.
 */
function looseBound(
  sentence: string,
  q: QuantityMention,
  siblings: readonly QuantityMention[],
  side: string | undefined,
): boolean {
  if (side === undefined) return false;
  if (HEDGED_BOUND.test(sentence)) return true;
  if (AGE_GROUP.test(sentence.slice(Math.max(0, q.numeralStart - 40), q.numeralStart))) return true;
  return siblings.some(
    (o) =>
      o !== q &&
      o.unit === q.unit &&
      o.kind === q.kind &&
      (side === 'higher' ? o.value > q.value : o.value < q.value),
  );
}

/**
 * "None of the paintings measures more than 60 centimeters": a bound under a negative. A higher
 * figure is still true and a lower one may be, so no change makes the statement surely false.
 */
function negatedBound(sentence: string, q: QuantityMention, side: string | undefined): boolean {
  const before = sentence.slice(0, q.numeralStart);
  return (
    side !== undefined &&
    /\b(?:[Nn]one|[Nn]o|not|never|[Nn]either|nor|without|[Nn]obody|[Nn]othing)\b|n't\b/.test(before)
  );
}

/** The statement with one of its numbers changed: false. */
function changedNumbers({ analysis, i, text, at, seed }: StatementContext): Candidate[] {
  const out: Candidate[] = [];
  if (RELATED_FIGURES.test(text)) return out;
  const siblings = analysis.quantities[i] ?? [];
  const sentence = analysis.segmented.sentences[i]?.normalized ?? '';
  const latest = latestYear(analysis.quantities);
  for (const q of siblings) {
    const start = at(q.numeralStart);
    if (start === null) continue;
    const original = numeralText(q);
    if (q.kind === 'ordinal' || !holdsAt(text, start, original)) continue;
    if (saysTwice(text, start, original)) continue;
    if (countGivenAway(sentence, q, siblings) || splitsWhole(q, siblings)) continue;
    if (spanOfYears(q, siblings)) continue;
    const side = falseSide(sentence, q);
    if (titleGives(analysis, original) || negatedBound(sentence, q, side)) continue;
    if (looseBound(sentence, q, siblings, side)) continue;
    // "known to live for more than 1,000 years" → "more than 1,250": a higher floor may hold too,
    // and "fewer than 100" → "fewer than 80" a lower ceiling; the bound turned round may not.
    if (amountBoundSide(sentence, q) !== undefined) {
      const flip = flippedBound(sentence, q);
      const from = flip ? at(flip.start) : null;
      if (flip && from !== null && holdsAt(text, from, flip.original))
        out.push(falseVersion(analysis, i, text, { ...flip, start: from, answer: `number@${i}` }));
      continue;
    }
    const range = rangeBound(sentence, q);
    // "an adult may eat three to five lemmings a day", "many falling in the range of 10 to 15": a
    // narrower range of what may be, or of where many fall, is true.
    if (range && MAY_BE.test(sentence)) continue;
    // "roughly 35 to 40 kilometres" → "39 to 40": a narrow range narrowed further is a quibble.
    if (range && Math.max(range.limit, q.value) < 1.5 * Math.min(range.limit, q.value)) continue;
    const [swap] = quantityDistractors(q, siblings, {
      count: 4,
      seed,
      sentence,
      latestYear: latest,
      side: range?.side ?? side,
    }).filter((option) => keepsOrder(option, q, siblings, sentence));
    if (!swap || (range && (passesBound(swap, range) || nextToEnd(swap, q)))) continue;
    const c = falseVersion(analysis, i, text, {
      start,
      original,
      swap,
      answer: `number@${i}`,
    });
    c.score += 0.2;
    out.push(c);
  }
  return out;
}

/** The sentence's words that the statement keeps, placed in the statement. */
function placedWords({ analysis, i, text, at }: StatementContext): PlacedToken[] {
  const out: PlacedToken[] = [];
  for (const token of analysis.tokens[i] ?? []) {
    const p = at(token.start);
    if (p !== null && text.startsWith(token.text, p)) out.push({ token, at: p });
  }
  return out;
}

function flippedNegation(context: StatementContext): Candidate | null {
  const { analysis, i, text } = context;
  const flipped = flipNegation(text, placedWords(context));
  if (flipped === null || flipped === text) return null;
  const sentence = analysis.segmented.sentences[i] as Sentence;
  const c = statementCandidate(i, {
    prompt: flipped,
    truth: false,
    explanation: `False. ${says(sentence)}`,
    answer: `negation@${i}`,
  });
  c.score -= flipped.length < text.length ? 0.2 : 0.6;
  return c;
}

/**
 * The false versions of a statement, in order: a number changed, a name swapped, a title swapped,
 * and (sparingly) its negation flipped.
 */
export function falseStatements(context: StatementContext): Candidate[] {
  const out = [...changedNumbers(context), ...swappedEntities(context), ...swappedRoles(context)];
  const negated = flippedNegation(context);
  if (negated) out.push(negated);
  return out;
}
