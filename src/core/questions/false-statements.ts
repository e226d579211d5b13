import { latestYear, numeralText, quantityDistractors } from '../distractors/number-distractors.ts';
import type { Analysis, QuantityMention } from '../analyze/analysis-types.ts';
import { FALSE_ONLY_HIGHER, FALSE_ONLY_LOWER } from '../lexicon/clause-words.ts';
import type { Sentence } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { flipNegation, type PlacedToken } from './flip-negation.ts';
import { falseVersion, holdsAt, says, statementCandidate } from './statement-candidate.ts';
import type { StatementContext } from './statement-context.ts';
import { restatesCount, titleGives, wholeWordIndexes } from './sentence-tools.ts';
import { swappedEntities, swappedRoles } from './swapped-names.ts';

/**
 * "G7, or the Group of Seven, is a group of seven countries": a number the statement gives twice
 * would contradict itself once one of them is changed.
 */
function saysTwice(text: string, start: number, numeral: string): boolean {
  return wholeWordIndexes(text.toLowerCase(), numeral.toLowerCase()).some((at) => at !== start);
}

/**
 * True when the number counts a list the sentence spells out ("Four symphonic poems (The Water
 * Goblin, …, The Wild Dove)", "three sisters, Milka, Angelina and Marica"): changed, the list
 * would show the change.
 */
function countsList(analysis: Analysis, q: QuantityMention): boolean {
  if (q.kind !== 'count' || q.value > 12) return false;
  const after = (analysis.segmented.sentences[q.sentence]?.normalized ?? '').slice(q.end);
  const list = /^[^,:(]{0,40}?(?:,|:|\()\s*([^.;)]*?\b(?:and|or)\b[^.;),]*)/.exec(after)?.[1];
  if (!list) return false;
  return list.split(/,|\band\b|\bor\b/).filter((item) => item.trim()).length === q.value;
}

/**
 * "132 seats, 11 more than the 121 needed": figures the sentence relates to one another, which a
 * changed one would contradict by plain arithmetic.
 */
const RELATED_FIGURES =
  /\d[^.;]*\b(?:more|fewer|less|higher|lower|greater|larger|smaller) than (?:the |a )?[$£€]?\d|\d[^.;]*\bout of \d|\d[^.;]*\b(?:a total of|totall?ing|in total)\b/;

const endsWith = (words: readonly string[]): RegExp =>
  new RegExp(`\\b(?:${words.join('|')})\\s+(?:about\\s+|some\\s+|[$£€]\\s*)?$`, 'i');
const ONLY_LOWER = endsWith(FALSE_ONLY_LOWER);
const ONLY_HIGHER = endsWith(FALSE_ONLY_HIGHER);

/**
 * The side a changed figure must move to make the statement false: "within 150 kilometres" is
 * still true of 190, and "more than six hours" of five.
 */
function falseSide(sentence: string, q: QuantityMention): 'higher' | 'lower' | undefined {
  const before = sentence.slice(Math.max(0, q.start - 24), q.numeralStart);
  if (ONLY_LOWER.test(before)) return 'lower';
  return ONLY_HIGHER.test(before) ? 'higher' : undefined;
}

/** "70 percent in cash and 30 percent in stock": shares of one whole, which a change would break. */
function splitsWhole(q: QuantityMention, siblings: readonly QuantityMention[]): boolean {
  if (q.kind !== 'percent') return false;
  const shares = siblings.filter((o) => o.kind === 'percent');
  return shares.length >= 2 && Math.abs(shares.reduce((sum, o) => sum + o.value, 0) - 100) < 0.5;
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
    if (countsList(analysis, q) || splitsWhole(q, siblings) || restatesCount(sentence, q)) continue;
    if (titleGives(analysis, original)) continue;
    const [swap] = quantityDistractors(q, siblings, {
      count: 1,
      seed,
      sentence,
      latestYear: latest,
      side: falseSide(sentence, q),
    });
    if (!swap) continue;
    const c = falseVersion(analysis, i, text, { start, original, swap, answer: `number@${i}` });
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
