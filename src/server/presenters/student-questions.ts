import type { Question, Quiz } from '../../index.ts';
import type { AttemptItem } from '../store/store-types.ts';

/** A question as a student sees it in one attempt: prompt and options, in the attempt's order. */
export interface StudentItem {
  id: string;
  number: number;
  type: Question['type'];
  prompt: string;
  options: { value: string; text: string }[];
}

function optionText(question: Question, id: string): string {
  if (question.type === 'true-false') return id === 'true' ? 'True' : 'False';
  return question.choices.find((c) => c.id === id)?.text ?? '';
}

/**
 * The attempt's questions with nothing but what a student may see before submitting: no key,
 * no evidence, no explanation, no article text.
 */
export function studentQuestions(quiz: Quiz, order: AttemptItem[]): StudentItem[] {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  return order.flatMap((item, index) => {
    const question = byId.get(item.questionId);
    if (!question) return [];
    const options = item.choiceIds.map((value) => ({ value, text: optionText(question, value) }));
    return [
      { id: question.id, number: index + 1, type: question.type, prompt: question.prompt, options },
    ];
  });
}
