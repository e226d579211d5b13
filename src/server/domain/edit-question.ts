import { validateQuiz, type Question, type Quiz } from '../../index.ts';
import { HttpProblem, invalidFields } from '../http/http-problem.ts';

/** A teacher's edit of one question; fields left out stay as they are. */
export interface QuestionEdit {
  prompt?: string | undefined;
  explanation?: string | undefined;
  /** New option texts by choice id (multiple choice only). */
  choices?: Record<string, string> | undefined;
  /** A choice id, or `true` / `false`. */
  answer?: string | boolean | undefined;
}

function applyEdit(question: Question, edit: QuestionEdit): Question {
  const base = {
    ...question,
    prompt: edit.prompt ?? question.prompt,
    explanation: edit.explanation ?? question.explanation,
  };
  if (base.type === 'true-false') {
    const answer =
      edit.answer === undefined ? base.answer : edit.answer === true || edit.answer === 'true';
    return { ...base, answer };
  }
  const choices = base.choices.map((c) => ({ ...c, text: edit.choices?.[c.id] ?? c.text }));
  return {
    ...base,
    choices,
    answer: edit.answer === undefined ? base.answer : String(edit.answer),
  };
}

function editErrors(question: Question, edited: Question): string[] {
  if (edited.type !== 'multiple-choice' || question.type !== 'multiple-choice') return [];
  const texts = edited.choices.map((c) => c.text.trim().toLowerCase());
  const errors: string[] = [];
  if (new Set(texts).size !== texts.length)
    errors.push('#/choices: two options have the same text.');
  if (!edited.choices.some((c) => c.id === edited.answer))
    errors.push('#/answer: the key must be one of the options.');
  return errors;
}

/**
 * Returns the quiz with one question edited, or throws a 404 / 422 HttpProblem.
 *
 * @example
 * editQuestion(quiz, 'q1', { prompt: 'Who launched the airstrikes?' });
 */
export function editQuestion(quiz: Quiz, questionId: string, edit: QuestionEdit): Quiz {
  const question = quiz.questions.find((q) => q.id === questionId);
  if (!question) throw new HttpProblem(404, 'Question not found', { code: 'not-found' });
  const edited = applyEdit(question, edit);
  const errors = editErrors(question, edited);
  const next = {
    ...quiz,
    questions: quiz.questions.map((q) => (q.id === questionId ? edited : q)),
  };
  const validation = validateQuiz(next);
  errors.push(
    ...(validation.valid ? [] : validation.errors.map((e) => `#${e.split(':')[0] ?? ''}: ${e}`)),
  );
  if (errors.length === 0) return next;
  throw invalidFields(
    errors.map((e) => ({
      pointer: e.slice(0, e.indexOf(':')),
      detail: e.slice(e.indexOf(':') + 2),
    })),
  );
}

/** Returns the quiz without one question, or throws when it is unknown or the last one. */
export function deleteQuestion(quiz: Quiz, questionId: string): Quiz {
  if (!quiz.questions.some((q) => q.id === questionId))
    throw new HttpProblem(404, 'Question not found', { code: 'not-found' });
  if (quiz.questions.length === 1) {
    throw new HttpProblem(409, 'A quiz needs at least one question', {
      code: 'last-question',
      detail: 'Add or regenerate questions before deleting the last one.',
    });
  }
  return { ...quiz, questions: quiz.questions.filter((q) => q.id !== questionId) };
}
