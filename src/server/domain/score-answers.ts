import type { Question } from '../../index.ts';
import type { FieldError } from '../http/http-problem.ts';
import type { AttemptItem, Response } from '../store/store-types.ts';

/** The scored answers, or the field errors that stop scoring. */
export type Scoring = { ok: true; responses: Response[] } | { ok: false; errors: FieldError[] };

function keyOf(question: Question): string {
  return question.type === 'multiple-choice' ? question.answer : String(question.answer);
}

function answerErrors(answers: Record<string, string>, order: AttemptItem[]): FieldError[] {
  const items = new Map(order.map((item) => [item.questionId, item]));
  return Object.entries(answers).flatMap(([questionId, answer]): FieldError[] => {
    const item = items.get(questionId);
    if (!item)
      return [
        { pointer: `#/answers/${questionId}`, detail: 'This quiz has no question with this id.' },
      ];
    if (answer === '' || item.choiceIds.includes(answer)) return [];
    return [
      {
        pointer: `#/answers/${questionId}`,
        detail: `"${answer}" is not one of this question's options.`,
      },
    ];
  });
}

/**
 * Scores a submission against the questions of the attempt's quiz version. Unanswered questions
 * score zero and are kept as null answers; unknown question ids or options are errors.
 */
export function scoreAnswers(
  questions: Question[],
  order: AttemptItem[],
  answers: Record<string, string>,
): Scoring {
  const errors = answerErrors(answers, order);
  if (errors.length > 0) return { ok: false, errors };
  const byId = new Map(questions.map((q) => [q.id, q]));
  const responses = order.map(({ questionId }): Response => {
    const given = answers[questionId];
    const answer = given === undefined || given === '' ? null : given;
    const question = byId.get(questionId);
    return { questionId, answer, correct: question !== undefined && answer === keyOf(question) };
  });
  return { ok: true, responses };
}
