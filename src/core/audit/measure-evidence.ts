import type { Measurement } from './audit-check.ts';
import { keyChoice } from './answer-key.ts';
import { normalizeForMatch } from './normalize-for-match.ts';
import type { MultipleChoiceQuestion, Quiz } from '../types.ts';

/**
 * Counts evidence spans whose text is exactly `source.text.slice(start, end)`.
 *
 * @example
 * measureEvidenceExact(quiz); // { count: 14, total: 14, flagged: [] }
 */
export function measureEvidenceExact(quiz: Quiz): Measurement {
  let count = 0;
  let total = 0;
  const flagged = new Set<string>();
  for (const q of quiz.questions) {
    for (const span of q.evidence) {
      total += 1;
      if (quiz.source.text.slice(span.start, span.end) === span.text) count += 1;
      else flagged.add(q.id);
    }
  }
  return { count, total, flagged: [...flagged] };
}

/**
 * Counts multiple-choice questions whose key is not contained in its evidence (case-insensitive,
 * quotes, dashes and whitespace normalised).
 */
export function measureKeyOutsideEvidence(questions: MultipleChoiceQuestion[]): Measurement {
  const flagged = questions.filter((q) => {
    const key = keyChoice(q);
    const evidence = normalizeForMatch(q.evidence.map((e) => e.text).join(' '));
    return key === undefined || !evidence.includes(normalizeForMatch(key.text));
  });
  return { count: flagged.length, total: questions.length, flagged: flagged.map((q) => q.id) };
}
