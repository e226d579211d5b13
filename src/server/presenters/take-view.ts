import type { LoadedAttempt } from '../domain/load-records.ts';
import type { PageModel } from '../../render/view-engine.ts';
import { studentQuestions } from './student-questions.ts';

/** The attempt form: one fieldset per question, native radios, one submit button. */
export function takeView({ attempt, quiz }: LoadedAttempt): PageModel {
  const questions = studentQuestions(quiz, attempt.order).map((q) => ({
    number: q.number,
    prompt: q.prompt,
    optionsClass: q.type === 'true-false' ? 'options options-inline' : 'options',
    options: q.options.map((o, i) => ({
      id: `q${q.number}-o${i + 1}`,
      name: `answer-${q.id}`,
      value: o.value,
      text: o.text,
    })),
  }));
  return {
    title: quiz.title,
    quizTitle: quiz.title,
    questions,
    questionCount: questions.length,
    action: `/attempts/${attempt.id}/submission`,
  };
}
