import { createAttemptRepository, type AttemptRepository } from './attempt-repository.ts';
import { openDatabase, type Db } from './open-database.ts';
import { createQuizRepository, type QuizRepository } from './quiz-repository.ts';

/** The server's storage: quizzes and attempts over one SQLite database. */
export interface Store {
  quizzes: QuizRepository;
  attempts: AttemptRepository;
  close(): void;
}

/**
 * Opens the database at `path` (`:memory:` for tests), migrates it and returns the store.
 *
 * @example
 * const store = createStore(':memory:');
 */
export function createStore(path: string): Store {
  const db: Db = openDatabase(path);
  return {
    quizzes: createQuizRepository(db),
    attempts: createAttemptRepository(db),
    close: () => db.close(),
  };
}
