import Database from 'better-sqlite3';
import { migrations } from './migrations.ts';

/** A better-sqlite3 connection. */
export type Db = Database.Database;

/**
 * Opens (or creates) the SQLite database at `path` (`:memory:` for tests) and applies pending
 * migrations. WAL with `synchronous = FULL`: a submission acknowledged with a 2xx survives a crash
 * of the process or the machine.
 */
export function openDatabase(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const applied = Number(db.pragma('user_version', { simple: true }));
  migrations.slice(applied).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${applied + i + 1}`);
    })();
  });
}
