import type { Measurement } from './audit-check.ts';
import { keyChoice } from './answer-key.ts';
import { normalizeForMatch } from './normalize-for-match.ts';
import type { MultipleChoiceQuestion } from '../types.ts';

function hasDuplicateOptions(question: MultipleChoiceQuestion): boolean {
  const folded = question.choices.map((c) => normalizeForMatch(c.text));
  return new Set(folded).size !== folded.length;
}

/** Counts multiple-choice questions with two options that differ only in case or spacing. */
export function measureDuplicateOptions(questions: MultipleChoiceQuestion[]): Measurement {
  const flagged = questions.filter(hasDuplicateOptions).map((q) => q.id);
  return { count: flagged.length, total: questions.length, flagged };
}

/** True when the key is longer (in characters, trimmed) than every other option. */
export function keyIsStrictlyLongest(question: MultipleChoiceQuestion): boolean {
  const key = keyChoice(question);
  if (key === undefined) return false;
  const length = key.text.trim().length;
  return question.choices.every((c) => c.id === key.id || c.text.trim().length < length);
}

/** Counts multiple-choice questions whose key is the strictly longest option. */
export function measureKeyLongest(questions: MultipleChoiceQuestion[]): Measurement {
  const flagged = questions.filter(keyIsStrictlyLongest).map((q) => q.id);
  return { count: flagged.length, total: questions.length, flagged };
}
