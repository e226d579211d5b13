import { createAttemptRepository, type AttemptRepository } from './attempt-repository.ts';
import { openDatabase, type Db } from './open-database.ts';
import { createQuizRepository, type QuizRepository } from './quiz-repository.ts';

/** Rows per table. */
export type TableCounts = Record<'quizzes' | 'quiz_versions' | 'attempts' | 'responses', number>;

const TABLES = ['quizzes', 'quiz_versions', 'attempts', 'responses'] as const;

/** The server's storage: quizzes and attempts over one SQLite database. */
export interface Store {
  quizzes: QuizRepository;
  attempts: AttemptRepository;
  /** Runs `fn` in one transaction (bulk loads such as the benchmark's). */
  transaction<T>(fn: () => T): T;
  /** Rows per table, for health checks and for tests that prove nothing was half-stored. */
  tableCounts(): TableCounts;
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
    transaction: (fn) => db.transaction(fn)(),
    tableCounts: () => {
      const count = (t: string): number =>
        (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
      return Object.fromEntries(TABLES.map((t) => [t, count(t)])) as TableCounts;
    },
    close: () => db.close(),
  };
}
