import type { Measurement } from './audit-check.ts';
import { normalizeForMatch, wordsOf } from './normalize-for-match.ts';
import type { TrueFalseQuestion } from '../types.ts';

const negations = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without',
  'cannot',
]);

/** True when a statement contains a negation ("not", "never", "n't", "no", …). */
export function hasNegation(statement: string): boolean {
  return wordsOf(statement).some((w) => negations.has(w) || w.endsWith("n't"));
}

/** Counts true/false questions whose answer is true. */
export function measureTrueShare(questions: TrueFalseQuestion[]): Measurement {
  const trues = questions.filter((q) => q.answer);
  return { count: trues.length, total: questions.length, flagged: [] };
}

/** Counts the items the guesser "false whenever the statement has a negation, else true" gets right. */
export function measureNegationGuesser(questions: TrueFalseQuestion[]): Measurement {
  const right = questions.filter((q) => hasNegation(q.prompt) !== q.answer);
  const flagged = right.filter((q) => !q.answer).map((q) => q.id);
  return { count: right.length, total: questions.length, flagged };
}

/** The statement of a true/false prompt, without a "True or false:" lead-in or final mark. */
function statementOf(prompt: string): string {
  return normalizeForMatch(prompt)
    .replace(/^(true or false|true\/false)\s*[:?.-]?\s*/, '')
    .replace(/[.?!]+$/, '')
    .trim();
}

/** Counts false statements that appear verbatim (after normalisation) in the article. */
export function measureFalseVerbatim(questions: TrueFalseQuestion[], source: string): Measurement {
  const text = normalizeForMatch(source);
  const falses = questions.filter((q) => !q.answer);
  const flagged = falses.filter((q) => {
    const statement = statementOf(q.prompt);
    return statement !== '' && text.includes(statement);
  });
  return { count: flagged.length, total: falses.length, flagged: flagged.map((q) => q.id) };
}
