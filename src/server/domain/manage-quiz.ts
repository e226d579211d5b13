import { HttpProblem } from '../http/http-problem.ts';
import type { Store } from '../store/create-store.ts';
import type { StoredQuiz } from '../store/store-types.ts';
import { buildQuiz } from './build-quiz.ts';
import { deleteQuestion, editQuestion, type QuestionEdit } from './edit-question.ts';

/** Saves an edit of one question as a new version of the quiz. */
export function saveQuestionEdit(
  store: Store,
  stored: StoredQuiz,
  questionId: string,
  edit: QuestionEdit,
): StoredQuiz {
  return store.quizzes.update(stored.id, editQuestion(stored.quiz, questionId, edit)) ?? stored;
}

/** Removes one question, as a new version of the quiz. */
export function removeQuestion(store: Store, stored: StoredQuiz, questionId: string): StoredQuiz {
  return store.quizzes.update(stored.id, deleteQuestion(stored.quiz, questionId)) ?? stored;
}

/**
 * Generates the questions again from the same article with the next seed. Refused once students
 * have submitted answers, so that their results and the statistics keep their meaning.
 */
export function regenerateQuiz(store: Store, stored: StoredQuiz): StoredQuiz {
  if (store.attempts.listSubmitted(stored.id).length > 0) {
    throw new HttpProblem(409, 'Students have already answered this quiz', {
      code: 'has-attempts',
      detail:
        'Regenerating would change the questions they answered. Edit single questions instead.',
    });
  }
  const { quiz } = stored;
  const request = {
    text: quiz.source.text,
    title: quiz.title,
    counts: stored.counts,
    seed: quiz.seed + 1,
  };
  return store.quizzes.update(stored.id, buildQuiz(request, stored.id)) ?? stored;
}

/** Makes the quiz visible to students. */
export function publishQuiz(store: Store, stored: StoredQuiz): StoredQuiz {
  store.quizzes.publish(stored.id);
  return { ...stored, published: true };
}
