import { nanoid } from 'nanoid';
import { hashManageToken, newManageToken } from '../http/manage-token.ts';
import type { Store } from '../store/create-store.ts';
import type { StoredQuiz } from '../store/store-types.ts';
import { buildQuiz, type QuizRequest } from './build-quiz.ts';

/** A new quiz and its manage token, which is shown once and never stored in clear. */
export interface CreatedQuiz {
  stored: StoredQuiz;
  manageToken: string;
}

/** Options of createQuizRecord. */
export interface CreateQuizOptions {
  published: boolean;
  seedKey?: string;
}

/** Generates a quiz from the request and stores it with a fresh manage token. */
export function createQuizRecord(
  store: Store,
  request: QuizRequest,
  options: CreateQuizOptions,
): CreatedQuiz {
  const quiz = buildQuiz(request, nanoid(10));
  const manageToken = newManageToken();
  const stored = store.quizzes.insert({
    quiz,
    manageHash: hashManageToken(manageToken),
    counts: request.counts,
    published: options.published,
    ...(options.seedKey === undefined ? {} : { seedKey: options.seedKey }),
  });
  return { stored, manageToken };
}
