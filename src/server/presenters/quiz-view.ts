import type { StoredQuiz } from '../store/store-types.ts';
import type { PageModel } from '../../render/view-engine.ts';

/** The quiz's start page: title, size and a start button. No question content. */
export function quizView(stored: StoredQuiz): PageModel {
  const { quiz } = stored;
  return {
    title: quiz.title,
    quizTitle: quiz.title,
    questionCount: quiz.questions.length,
    multipleChoice: quiz.questions.filter((q) => q.type === 'multiple-choice').length,
    trueFalse: quiz.questions.filter((q) => q.type === 'true-false').length,
    startAction: `/quizzes/${stored.id}/attempts`,
    studyHref: `/quizzes/${stored.id}/study`,
  };
}
