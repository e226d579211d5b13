import type { StoredQuiz } from '../store/store-types.ts';
import type { PageModel } from '../../render/view-engine.ts';

/** The page shown once after creating a quiz: the only time the manage link is displayed. */
export function createdView(stored: StoredQuiz, manageUrl: string): PageModel {
  return {
    title: 'Quiz created',
    quizTitle: stored.quiz.title,
    questionCount: stored.quiz.questions.length,
    shortfall: stored.quiz.shortfall?.message ?? '',
    manageUrl,
  };
}
