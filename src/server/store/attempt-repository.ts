import { groupCommit } from './group-commit.ts';
import type { Db } from './open-database.ts';
import type { Attempt, AttemptItem, Response } from './store-types.ts';

interface AttemptRow {
  id: string;
  quiz_id: string;
  version: number;
  order_json: string;
  started_at: number;
  submitted_at: number | null;
  score: number | null;
  total: number;
}

interface ResponseRow {
  attempt_id: string;
  question_id: string;
  answer: string | null;
  correct: number;
}

/** What a new attempt needs. */
export interface NewAttempt {
  id: string;
  quizId: string;
  version: number;
  order: AttemptItem[];
}

/** The outcome of a submission: the stored attempt, and whether this call stored it. */
export interface SubmitOutcome {
  attempt: Attempt;
  stored: boolean;
}

/** Storage of attempts and their scored responses. */
export interface AttemptRepository {
  insert(entry: NewAttempt): Attempt;
  find(id: string): Attempt | undefined;
  /**
   * Stores the responses once, durably before resolving; a second call resolves to the first
   * submission unchanged.
   */
  submit(id: string, responses: Response[]): Promise<SubmitOutcome | undefined>;
  listSubmitted(quizId: string): Attempt[];
}

/** Builds the attempt repository over `db` with prepared statements. */
export function createAttemptRepository(db: Db): AttemptRepository {
  const s = {
    insert: db.prepare(`INSERT INTO attempts (id, quiz_id, version, order_json, started_at, total)
      VALUES (?, ?, ?, ?, ?, ?)`),
    find: db.prepare<[string], AttemptRow>('SELECT * FROM attempts WHERE id = ?'),
    responses: db.prepare<[string], ResponseRow>('SELECT * FROM responses WHERE attempt_id = ?'),
    insertResponse: db.prepare(
      'INSERT INTO responses (attempt_id, question_id, answer, correct) VALUES (?, ?, ?, ?)',
    ),
    markSubmitted: db.prepare(
      'UPDATE attempts SET submitted_at = ?, score = ? WHERE id = ? AND submitted_at IS NULL',
    ),
    submittedOf: db.prepare<[string], AttemptRow>(
      'SELECT * FROM attempts WHERE quiz_id = ? AND submitted_at IS NOT NULL ORDER BY submitted_at, id',
    ),
    responsesOf: db.prepare<[string], ResponseRow>(
      `SELECT r.* FROM responses r JOIN attempts a ON a.id = r.attempt_id
       WHERE a.quiz_id = ? AND a.submitted_at IS NOT NULL`,
    ),
  };
  const find = (id: string): Attempt | undefined => {
    const row = s.find.get(id);
    // An attempt has responses only once it is submitted.
    return row && fromRow(row, row.submitted_at === null ? [] : s.responses.all(id));
  };
  const submit = groupCommit(
    db,
    ({ id, responses }: { id: string; responses: Response[] }): SubmitOutcome | undefined => {
      const before = find(id);
      if (!before || before.submittedAt !== null)
        return before && { attempt: before, stored: false };
      const score = responses.filter((r) => r.correct).length;
      const submittedAt = Date.now();
      s.markSubmitted.run(submittedAt, score, id);
      for (const r of responses)
        s.insertResponse.run(id, r.questionId, r.answer, r.correct ? 1 : 0);
      return { attempt: { ...before, submittedAt, score, responses }, stored: true };
    },
  );
  return {
    insert: (entry) => {
      s.insert.run(
        entry.id,
        entry.quizId,
        entry.version,
        JSON.stringify(entry.order),
        Date.now(),
        entry.order.length,
      );
      return find(entry.id) as Attempt;
    },
    find,
    submit: (id, responses) => submit({ id, responses }),
    listSubmitted: (quizId) => {
      const byAttempt = new Map<string, ResponseRow[]>();
      for (const r of s.responsesOf.all(quizId))
        byAttempt.set(r.attempt_id, [...(byAttempt.get(r.attempt_id) ?? []), r]);
      return s.submittedOf.all(quizId).map((row) => fromRow(row, byAttempt.get(row.id) ?? []));
    },
  };
}

function fromRow(row: AttemptRow, responses: ResponseRow[]): Attempt {
  return {
    id: row.id,
    quizId: row.quiz_id,
    version: row.version,
    order: JSON.parse(row.order_json) as AttemptItem[],
    startedAt: row.started_at,
    submittedAt: row.submitted_at,
    score: row.score,
    total: row.total,
    responses: responses.map((r) => ({
      questionId: r.question_id,
      answer: r.answer,
      correct: r.correct === 1,
    })),
  };
}
