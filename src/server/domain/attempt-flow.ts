import { nanoid } from 'nanoid';
import { invalidFields } from '../http/http-problem.ts';
import type { Store } from '../store/create-store.ts';
import type { Attempt } from '../store/store-types.ts';
import { loadAttempt, loadPublishedQuiz, type LoadedAttempt } from './load-records.ts';
import { scoreAnswers } from './score-answers.ts';
import { shuffleOrder, type RandomInt } from './shuffle-order.ts';

/** Starts an attempt on the current version of a published quiz, in a fresh shuffled order. */
export function startAttempt(store: Store, quizId: string, random?: RandomInt): Attempt {
  const stored = loadPublishedQuiz(store, quizId);
  return store.attempts.insert({
    id: nanoid(21),
    quizId,
    version: stored.version,
    order: shuffleOrder(stored.quiz, random),
  });
}

/** The submitted attempt, and whether this request was the one that stored it. */
export interface Submission extends LoadedAttempt {
  stored: boolean;
}

/**
 * Scores and stores a submission once. Submitting the same attempt again returns the first result
 * unchanged; answers for unknown questions or options are a 422 and store nothing.
 */
export async function submitAttempt(
  store: Store,
  attemptId: string,
  answers: Record<string, string>,
): Promise<Submission> {
  const { attempt, quiz } = loadAttempt(store, attemptId);
  if (attempt.submittedAt !== null) return { attempt, quiz, stored: false };
  const scoring = scoreAnswers(quiz.questions, attempt.order, answers);
  if (!scoring.ok) throw invalidFields(scoring.errors, 'Some answers do not belong to this quiz.');
  const outcome = await store.attempts.submit(attemptId, scoring.responses);
  if (!outcome) throw new Error(`attempt ${attemptId} vanished while submitting`);
  return { attempt: outcome.attempt, quiz, stored: outcome.stored };
}
