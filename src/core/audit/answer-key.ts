import type { Choice, MultipleChoiceQuestion } from '../types.ts';

/** The keyed choice of a multiple-choice question, or undefined when the answer id is dangling. */
export function keyChoice(question: MultipleChoiceQuestion): Choice | undefined {
  return question.choices.find((c) => c.id === question.answer);
}
