/** Schema migrations, applied in order; `PRAGMA user_version` records how many have run. */
export const migrations: readonly string[] = [
  `CREATE TABLE quizzes (
     id TEXT PRIMARY KEY,
     manage_hash TEXT NOT NULL,
     seed_key TEXT UNIQUE,
     published INTEGER NOT NULL DEFAULT 0,
     version INTEGER NOT NULL,
     counts_json TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE quiz_versions (
     quiz_id TEXT NOT NULL REFERENCES quizzes(id) ON DELETE CASCADE,
     version INTEGER NOT NULL,
     quiz_json TEXT NOT NULL,
     PRIMARY KEY (quiz_id, version)
   );
   CREATE TABLE attempts (
     id TEXT PRIMARY KEY,
     quiz_id TEXT NOT NULL REFERENCES quizzes(id) ON DELETE CASCADE,
     version INTEGER NOT NULL,
     order_json TEXT NOT NULL,
     started_at INTEGER NOT NULL,
     submitted_at INTEGER,
     score INTEGER,
     total INTEGER NOT NULL
   );
   CREATE INDEX attempts_by_quiz ON attempts(quiz_id, submitted_at);
   CREATE TABLE responses (
     attempt_id TEXT NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
     question_id TEXT NOT NULL,
     answer TEXT,
     correct INTEGER NOT NULL,
     PRIMARY KEY (attempt_id, question_id)
   );`,
];
