import type { Quiz } from '../../index.ts';
import { HttpProblem, notFound } from '../http/http-problem.ts';
import { manageTokenMatches } from '../http/manage-token.ts';
import type { Store } from '../store/create-store.ts';
import type { Attempt, StoredQuiz } from '../store/store-types.ts';

/** A published quiz, or a 404 (drafts are invisible to students). */
export function loadPublishedQuiz(store: Store, id: string): StoredQuiz {
  const stored = store.quizzes.find(id);
  if (!stored || !stored.published) throw notFound('Quiz');
  return stored;
}

/** A quiz its teacher manages: a 404 for a wrong id or token, so neither can be probed. */
export function loadManagedQuiz(store: Store, id: string, token: string): StoredQuiz {
  const stored = store.quizzes.find(id);
  if (!stored || !manageTokenMatches(token, stored.manageHash)) throw notFound('Quiz');
  return stored;
}

/** An attempt with the quiz version it was started on. */
export interface LoadedAttempt {
  attempt: Attempt;
  quiz: Quiz;
}

/** An attempt and its quiz version, or a 404. */
export function loadAttempt(store: Store, id: string): LoadedAttempt {
  const attempt = store.attempts.find(id);
  const quiz = attempt && store.quizzes.findVersion(attempt.quizId, attempt.version);
  if (!attempt || !quiz) throw notFound('Attempt');
  return { attempt, quiz };
}

/** A submitted attempt, or a 409 telling the student to submit first. */
export function loadSubmittedAttempt(store: Store, id: string): LoadedAttempt {
  const loaded = loadAttempt(store, id);
  if (loaded.attempt.submittedAt === null) {
    throw new HttpProblem(409, 'This attempt has not been submitted yet', {
      code: 'not-submitted',
      detail: 'Submit your answers to see the result.',
    });
  }
  return loaded;
}
