import type { Question } from '../../index.ts';

/** The text a student reads for an answer value: an option's text, True/False, or null. */
export function answerText(question: Question, value: string | boolean | null): string | null {
  if (value === null) return null;
  if (question.type === 'true-false') return String(value) === 'true' ? 'True' : 'False';
  return question.choices.find((c) => c.id === value)?.text ?? null;
}

/** The key of a question as the student reads it. */
export function keyText(question: Question): string {
  return answerText(question, question.answer) ?? '';
}
