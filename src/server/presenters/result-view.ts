import type { Question } from '../../index.ts';
import type { LoadedAttempt } from '../domain/load-records.ts';
import type { PageModel } from '../../render/view-engine.ts';
import { answerText, keyText } from './answer-text.ts';

/** The result of one answer, as the result page and the API show it. */
export interface ResultItem {
  number: number;
  questionId: string;
  prompt: string;
  answer: string | null;
  yourAnswer: string | null;
  correctAnswer: string;
  correct: boolean;
  explanation: string;
  evidence: string[];
}

/** The scored items of a submitted attempt, in the order the student saw them. */
export function resultItems({ attempt, quiz }: LoadedAttempt): ResultItem[] {
  const byId = new Map<string, Question>(quiz.questions.map((q) => [q.id, q]));
  return attempt.order.flatMap((item, index): ResultItem[] => {
    const question = byId.get(item.questionId);
    const response = attempt.responses.find((r) => r.questionId === item.questionId);
    if (!question) return [];
    const answer = response?.answer ?? null;
    return [
      {
        number: index + 1,
        questionId: question.id,
        prompt: question.prompt,
        answer,
        yourAnswer: answerText(question, answer),
        correctAnswer: keyText(question),
        correct: response?.correct ?? false,
        explanation: question.explanation,
        evidence: question.evidence.map((e) => e.text),
      },
    ];
  });
}

/** The result page: score, unanswered questions, and feedback for every question. */
export function resultView(loaded: LoadedAttempt): PageModel {
  const items = resultItems(loaded);
  const score = loaded.attempt.score ?? 0;
  const unanswered = items.filter((i) => i.answer === null).map((i) => i.number);
  return {
    title: `Result: ${loaded.quiz.title}`,
    quizTitle: loaded.quiz.title,
    score,
    total: items.length,
    percent: items.length === 0 ? 0 : Math.round((100 * score) / items.length),
    unanswered: unanswered.join(', '),
    hasUnanswered: unanswered.length > 0,
    items: items.map((i) => ({
      ...i,
      status: i.correct ? 'Correct' : i.answer === null ? 'Not answered' : 'Incorrect',
      resultClass: `question result ${i.correct ? 'is-correct' : 'is-wrong'}`,
    })),
    againAction: `/quizzes/${loaded.attempt.quizId}/attempts`,
  };
}
