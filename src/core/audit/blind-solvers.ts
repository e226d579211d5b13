import type { Measurement } from './audit-check.ts';
import { wordsOf } from './normalize-for-match.ts';
import { wordValue } from '../entities/extract-quantities.ts';
import type { Choice, MultipleChoiceQuestion } from '../types.ts';

/** A solver that never reads the article: it returns the choice ids it would pick among (ties). */
export type BlindSolver = (question: MultipleChoiceQuestion) => string[];

/** The ids of the choices with the highest score. */
function argmax(choices: Choice[], score: (c: Choice) => number): string[] {
  const scores = choices.map(score);
  const best = Math.max(...scores);
  return choices.filter((_, i) => scores[i] === best).map((c) => c.id);
}

/** Picks the longest option. */
export const longestSolver: BlindSolver = (q) => argmax(q.choices, (c) => c.text.trim().length);

/** Picks the option sharing the most words with the prompt. */
export const overlapSolver: BlindSolver = (q) => {
  const promptWords = new Set(wordsOf(q.prompt));
  return argmax(q.choices, (c) => new Set(wordsOf(c.text).filter((w) => promptWords.has(w))).size);
};

/** The form of an option a test-wise student notices: digits, and the case of its first letter. */
function formOf(text: string): string {
  const digits = /\p{N}/u.test(text) ? 'digits' : 'no-digits';
  const first = /\p{L}/u.exec(text)?.[0] ?? '';
  const initial = first === '' ? 'none' : first === first.toUpperCase() ? 'upper' : 'lower';
  return `${digits}/${initial}`;
}

/** Picks the option whose form (case, digits) no other option shares; guesses when none stands out. */
export const oddOneOutSolver: BlindSolver = (q) => {
  const forms = q.choices.map((c) => formOf(c.text));
  const odd = q.choices.filter((_, i) => forms.filter((f) => f === forms[i]).length === 1);
  const stands = odd.length > 0 && odd.length < q.choices.length;
  return (stands ? odd : q.choices).map((c) => c.id);
};

/** The value of an option that is only a number ("1,200", "2.4", "four"), or undefined. */
function plainNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^\d[\d,]*(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  return /^[a-z]+(?:-[a-z]+)?$/i.test(t) && wordValue(t) > 0 ? wordValue(t) : undefined;
}

/**
 * Picks the middle option(s) in order of size when every option is a number, the test-wise guess
 * that the key is flanked by a lower and a higher distractor; guesses otherwise.
 */
export const middleNumberSolver: BlindSolver = (q) => {
  const values = q.choices.map((c) => plainNumber(c.text));
  if (values.some((v) => v === undefined)) return q.choices.map((c) => c.id);
  const sorted = q.choices
    .map((c, i) => ({ id: c.id, value: values[i] as number }))
    .sort((a, b) => a.value - b.value);
  const n = sorted.length;
  const middle = n % 2 === 1 ? [sorted[(n - 1) / 2]] : [sorted[n / 2 - 1], sorted[n / 2]];
  return middle.flatMap((c) => (c ? [c.id] : []));
};

/**
 * Scores a blind solver: expected correct answers (a tie among t options earns 1/t) against the
 * expected correct answers of a random guess (1/k per question).
 *
 * @example
 * measureSolver(questions, longestSolver); // { count: 2.5, total: 8, chance: 2, flagged: ['q3', …] }
 */
export function measureSolver(
  questions: MultipleChoiceQuestion[],
  solver: BlindSolver,
): Measurement {
  let count = 0;
  let chance = 0;
  const flagged: string[] = [];
  for (const q of questions) {
    const picks = solver(q);
    chance += q.choices.length > 0 ? 1 / q.choices.length : 0;
    if (picks.includes(q.answer)) {
      count += 1 / picks.length;
      if (picks.length === 1) flagged.push(q.id);
    }
  }
  return { count, total: questions.length, chance, flagged };
}
