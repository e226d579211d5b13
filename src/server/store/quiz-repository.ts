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

// The quiz itself comes from its version, parsed once: a version never changes once written.
const SELECT = 'SELECT id, manage_hash, published, version, counts_json, created_at FROM quizzes';

/** Freezes a parsed value all the way down: every caller shares one parsed quiz version. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

/** Builds the quiz repository over `db` with prepared statements. */
export function createQuizRepository(db: Db): QuizRepository {
  const s = {
    insertQuiz:
      db.prepare(`INSERT INTO quizzes (id, manage_hash, seed_key, published, version, counts_json, created_at, updated_at)
      VALUES (@id, @manageHash, @seedKey, @published, 1, @counts, @now, @now)`),
    insertVersion: db.prepare(
      'INSERT INTO quiz_versions (quiz_id, version, quiz_json) VALUES (?, ?, ?)',
    ),
    find: db.prepare<[string], QuizRow>(`${SELECT} WHERE id = ?`),
    findVersion: db.prepare<[string, number], { quiz_json: string }>(
      'SELECT quiz_json FROM quiz_versions WHERE quiz_id = ? AND version = ?',
    ),
    listPublished: db.prepare<[], QuizRow>(`${SELECT} WHERE published = 1 ORDER BY created_at, id`),
    hasSeed: db.prepare<[string], { one: number }>(
      'SELECT 1 AS one FROM quizzes WHERE seed_key = ?',
    ),
    bump: db.prepare('UPDATE quizzes SET version = version + 1, updated_at = ? WHERE id = ?'),
    publish: db.prepare('UPDATE quizzes SET published = 1, updated_at = ? WHERE id = ?'),
  };
  // Versions never change once written, so their parsed form can be kept.
  const versions = new Map<string, Quiz>();
  const findVersion = (id: string, version: number): Quiz | undefined => {
    const key = `${id}@${version}`;
    const cached = versions.get(key);
    if (cached) return cached;
    const row = s.findVersion.get(id, version);
    if (!row) return undefined;
    if (versions.size >= 500) versions.delete(versions.keys().next().value as string);
    const quiz = frozen(JSON.parse(row.quiz_json) as Quiz);
    versions.set(key, quiz);
    return quiz;
  };
  const fromRow = (row: QuizRow): StoredQuiz => ({
    id: row.id,
    quiz: findVersion(row.id, row.version) as Quiz,
    published: row.published === 1,
    version: row.version,
    counts: JSON.parse(row.counts_json) as StoredQuiz['counts'],
    manageHash: row.manage_hash,
    createdAt: row.created_at,
  });
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
    findVersion,
    listPublished: () => s.listPublished.all().map(fromRow),
    hasSeed: (seedKey) => s.hasSeed.get(seedKey) !== undefined,
    publish: (id) => void s.publish.run(Date.now(), id),
  };
}
