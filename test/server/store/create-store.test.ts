import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedQuizzes } from '../../../src/server/seed-quizzes.ts';
import { createStore } from '../../../src/server/store/create-store.ts';
import { migrations } from '../../../src/server/store/migrations.ts';
import { seedArticle } from '../support/test-server.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quizgen-store-'));
  dirs.push(dir);
  return join(dir, 'test.db');
}

describe('store', () => {
  it('turns seed articles into published quizzes on the first start only', () => {
    const path = tempDb();
    const seeds = [
      { name: 'a.txt', text: seedArticle },
      { name: 'empty.txt', text: '  ' },
    ];
    const first = createStore(path);
    expect(seedQuizzes(first, seeds).map((s) => s.status)).toEqual(['created', 'rejected']);
    first.close();
    const second = createStore(path);
    expect(seedQuizzes(second, seeds).map((s) => s.status)).toEqual(['present', 'rejected']);
    expect(second.quizzes.listPublished()).toHaveLength(1);
    expect(second.tableCounts().quizzes).toBe(1);
    second.close();
  });

  it('keeps its database file in WAL mode, migrated to the latest schema', () => {
    const path = tempDb();
    createStore(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
    const store = createStore(path);
    expect(store.tableCounts()).toEqual({
      quizzes: 0,
      quiz_versions: 0,
      attempts: 0,
      responses: 0,
    });
    store.close();
  });

  it('keeps quizzes and attempts across a reopen of the same file', () => {
    const path = tempDb();
    const store = createStore(path);
    const [seed] = seedQuizzes(store, [{ name: 'a.txt', text: seedArticle }]);
    expect(seed?.status).toBe('created');
    const quiz = store.quizzes.listPublished()[0];
    if (!quiz) throw new Error('no quiz');
    store.attempts.insert({ id: 'att1', quizId: quiz.id, version: 1, order: [] });
    store.close();
    const reopened = createStore(path);
    expect(reopened.attempts.find('att1')?.quizId).toBe(quiz.id);
    reopened.close();
  });

  it('stores a submission once even when submitted twice', async () => {
    const store = createStore(':memory:');
    seedQuizzes(store, [{ name: 'a.txt', text: seedArticle }]);
    const quiz = store.quizzes.listPublished()[0];
    if (!quiz) throw new Error('no quiz');
    const order = [{ questionId: 'q1', choiceIds: [] }];
    store.attempts.insert({ id: 'att1', quizId: quiz.id, version: 1, order });
    const first = await store.attempts.submit('att1', [
      { questionId: 'q1', answer: 'a', correct: true },
    ]);
    const second = await store.attempts.submit('att1', [
      { questionId: 'q1', answer: 'b', correct: false },
    ]);
    expect(first?.stored).toBe(true);
    expect(second).toMatchObject({ stored: false, attempt: { score: 1 } });
    expect(store.tableCounts().responses).toBe(1);
  });
});
