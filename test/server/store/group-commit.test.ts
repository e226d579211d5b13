import { describe, expect, it } from 'vitest';
import { groupCommit } from '../../../src/server/store/group-commit.ts';
import { openDatabase } from '../../../src/server/store/open-database.ts';

function notesDb() {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)');
  return db;
}

describe('group commit', () => {
  it('stores every write that arrives in the same turn and resolves each with its own result', async () => {
    const db = notesDb();
    const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
    const write = groupCommit(db, (text: string) => Number(insert.run(text).lastInsertRowid));
    const ids = await Promise.all(['a', 'b', 'c'].map(write));
    expect(ids).toEqual([1, 2, 3]);
    expect(db.prepare('SELECT text FROM notes ORDER BY id').pluck().all()).toEqual(['a', 'b', 'c']);
  });

  it('fails only the write that breaks a constraint and keeps the others of its batch', async () => {
    const db = notesDb();
    const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
    const write = groupCommit(db, (text: string) => insert.run(text).changes);
    const outcomes = await Promise.allSettled(['x', 'x', 'y'].map(write));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.prepare('SELECT text FROM notes ORDER BY id').pluck().all()).toEqual(['x', 'y']);
  });
});
