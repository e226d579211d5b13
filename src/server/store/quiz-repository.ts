import type { Quiz } from '../../index.ts';
import type { Db } from './open-database.ts';
import type { NewQuiz, StoredQuiz } from './store-types.ts';

interface QuizRow {
  id: string;
  manage_hash: string;
  published: number;
  version: number;
  counts_json: string;
  created_at: number;
  quiz_json: string;
}

/** Storage of quizzes and their versions. */
export interface QuizRepository {
  insert(entry: NewQuiz): StoredQuiz;
  find(id: string): StoredQuiz | undefined;
  findVersion(id: string, version: number): Quiz | undefined;
  listPublished(): StoredQuiz[];
  hasSeed(seedKey: string): boolean;
  /** Stores `quiz` as the next version of quiz `id`; returns the new version. */
  update(id: string, quiz: Quiz): StoredQuiz | undefined;
  publish(id: string): void;
}

const SELECT = `SELECT q.id, q.manage_hash, q.published, q.version, q.counts_json, q.created_at, v.quiz_json
  FROM quizzes q JOIN quiz_versions v ON v.quiz_id = q.id AND v.version = q.version`;

/** Builds the quiz repository over `db` with prepared statements. */
export function createQuizRepository(db: Db): QuizRepository {
  const s = {
    insertQuiz:
      db.prepare(`INSERT INTO quizzes (id, manage_hash, seed_key, published, version, counts_json, created_at, updated_at)
      VALUES (@id, @manageHash, @seedKey, @published, 1, @counts, @now, @now)`),
    insertVersion: db.prepare(
      'INSERT INTO quiz_versions (quiz_id, version, quiz_json) VALUES (?, ?, ?)',
    ),
    find: db.prepare<[string], QuizRow>(`${SELECT} WHERE q.id = ?`),
    findVersion: db.prepare<[string, number], { quiz_json: string }>(
      'SELECT quiz_json FROM quiz_versions WHERE quiz_id = ? AND version = ?',
    ),
    listPublished: db.prepare<[], QuizRow>(
      `${SELECT} WHERE q.published = 1 ORDER BY q.created_at, q.id`,
    ),
    hasSeed: db.prepare<[string], { one: number }>(
      'SELECT 1 AS one FROM quizzes WHERE seed_key = ?',
    ),
    bump: db.prepare('UPDATE quizzes SET version = version + 1, updated_at = ? WHERE id = ?'),
    publish: db.prepare('UPDATE quizzes SET published = 1, updated_at = ? WHERE id = ?'),
  };
  // Versions never change once written, so their parsed form can be kept.
  const versions = new Map<string, Quiz>();
  const parseVersion = (key: string, json: string): Quiz => {
    const cached = versions.get(key);
    if (cached) return cached;
    if (versions.size >= 500) versions.delete(versions.keys().next().value as string);
    const quiz = JSON.parse(json) as Quiz;
    versions.set(key, quiz);
    return quiz;
  };
  const find = (id: string): StoredQuiz | undefined => {
    const row = s.find.get(id);
    return row && fromRow(row);
  };
  const insert = db.transaction((entry: NewQuiz): StoredQuiz => {
    const { quiz } = entry;
    s.insertQuiz.run({
      id: quiz.id,
      manageHash: entry.manageHash,
      seedKey: entry.seedKey ?? null,
      published: entry.published ? 1 : 0,
      counts: JSON.stringify(entry.counts),
      now: Date.now(),
    });
    s.insertVersion.run(quiz.id, 1, JSON.stringify(quiz));
    return find(quiz.id) as StoredQuiz;
  });
  const update = db.transaction((id: string, quiz: Quiz): StoredQuiz | undefined => {
    const current = find(id);
    if (!current) return undefined;
    s.bump.run(Date.now(), id);
    s.insertVersion.run(id, current.version + 1, JSON.stringify(quiz));
    return find(id);
  });
  return {
    insert,
    find,
    update,
    findVersion: (id, version) => {
      const key = `${id}@${version}`;
      if (versions.has(key)) return versions.get(key);
      const row = s.findVersion.get(id, version);
      return row && parseVersion(key, row.quiz_json);
    },
    listPublished: () => s.listPublished.all().map(fromRow),
    hasSeed: (seedKey) => s.hasSeed.get(seedKey) !== undefined,
    publish: (id) => void s.publish.run(Date.now(), id),
  };
}

function fromRow(row: QuizRow): StoredQuiz {
  return {
    id: row.id,
    quiz: JSON.parse(row.quiz_json) as Quiz,
    published: row.published === 1,
    version: row.version,
    counts: JSON.parse(row.counts_json) as StoredQuiz['counts'],
    manageHash: row.manage_hash,
    createdAt: row.created_at,
  };
}
