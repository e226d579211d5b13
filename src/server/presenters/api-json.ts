import type { CreatedQuiz } from '../domain/create-quiz-record.ts';
import type { LoadedAttempt } from '../domain/load-records.ts';
import { resultItems } from './result-view.ts';
import { studentQuestions } from './student-questions.ts';

/** The answer to "create a quiz": the manage token appears here once and never again. */
export function createdJson({ stored, manageToken }: CreatedQuiz) {
  return {
    id: stored.id,
    title: stored.quiz.title,
    published: stored.published,
    questionCount: stored.quiz.questions.length,
    shortfall: stored.quiz.shortfall,
    manageToken,
    links: {
      student: `/api/v1/quizzes/${stored.id}`,
      teacher: `/api/v1/quizzes/${stored.id}/teacher`,
      managePage: `/quizzes/${stored.id}/manage/${manageToken}`,
    },
  };
}

/** An attempt as its student sees it: questions and options in the attempt's order, no keys. */
export function attemptJson({ attempt, quiz }: LoadedAttempt) {
  return {
    id: attempt.id,
    quizId: attempt.quizId,
    title: quiz.title,
    submitted: attempt.submittedAt !== null,
    questions: studentQuestions(quiz, attempt.order).map(({ id, type, prompt, options }) => ({
      id,
      type,
      prompt,
      options,
    })),
    links: {
      submission: `/api/v1/attempts/${attempt.id}/submission`,
      result: `/api/v1/attempts/${attempt.id}/result`,
    },
  };
}

/** The answer to a submission: the score and where the full result is. Repeats give the same. */
export function submissionJson(loaded: LoadedAttempt) {
  const { attempt } = loaded;
  const unanswered = attempt.responses.filter((r) => r.answer === null).map((r) => r.questionId);
  return {
    attemptId: attempt.id,
    quizId: attempt.quizId,
    submittedAt: new Date(attempt.submittedAt ?? 0).toISOString(),
    score: attempt.score ?? 0,
    total: attempt.order.length,
    unanswered: attempt.order.map((i) => i.questionId).filter((id) => unanswered.includes(id)),
    links: { result: `/api/v1/attempts/${attempt.id}/result` },
  };
}

/** The result of a submitted attempt: score, unanswered ids, and feedback for every question. */
export function resultJson(loaded: LoadedAttempt) {
  const items = resultItems(loaded);
  return {
    attemptId: loaded.attempt.id,
    quizId: loaded.attempt.quizId,
    submittedAt: new Date(loaded.attempt.submittedAt ?? 0).toISOString(),
    score: loaded.attempt.score ?? 0,
    total: items.length,
    unanswered: items.filter((i) => i.answer === null).map((i) => i.questionId),
    items,
  };
}
