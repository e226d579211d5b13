import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { validateQuiz } from '../../src/index.ts';
import { fixtureQuiz } from './support/fixture-quiz.ts';
import { seedArticle, startApiAttempt, storeQuiz, testServer } from './support/test-server.ts';

describe('JSON API', () => {
  it('creates a draft quiz from text and returns its manage token once', async () => {
    const { app } = testServer();
    const res = await request(app)
      .post('/api/v1/quizzes')
      .send({ text: seedArticle, title: 'Airstrikes', multipleChoice: 3, trueFalse: 2 })
      .expect(201);
    expect(res.body).toMatchObject({ title: 'Airstrikes', published: false });
    expect(res.body.questionCount).toBeGreaterThan(0);
    expect(res.body.manageToken).toHaveLength(32);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['location']).toBe(`/api/v1/quizzes/${res.body.id as string}/teacher`);
    await request(app)
      .get(`/api/v1/quizzes/${res.body.id as string}`)
      .expect(404);
  });

  it('gives the teacher the full, schema-valid quiz with keys only with the bearer token', async () => {
    const { app } = testServer();
    const created = (await request(app).post('/api/v1/quizzes').send({ text: seedArticle })).body;
    const path = `/api/v1/quizzes/${created.id as string}/teacher`;
    const res = await request(app)
      .get(path)
      .auth(created.manageToken, { type: 'bearer' })
      .expect(200);
    expect(validateQuiz(res.body.quiz).errors).toEqual([]);
    await request(app).get(path).expect(404);
    await request(app).get(path).auth('x'.repeat(32), { type: 'bearer' }).expect(404);
  });

  it('runs an attempt end to end: start, submit, read the result', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz());
    const attempt = await startApiAttempt(app, 'fixture');
    expect(attempt.questions.map((q) => q.id).sort()).toEqual(['q1', 'q2', 'q3']);
    const submitted = await request(app)
      .post(`/api/v1/attempts/${attempt.id}/submission`)
      .send({ answers: { q1: 'b', q3: false } })
      .expect(200);
    expect(submitted.body).toMatchObject({ score: 2, total: 3, unanswered: ['q2'] });
    const result = await request(app).get(submitted.body.links.result).expect(200);
    expect(result.body).toMatchObject({ score: 2, total: 3, unanswered: ['q2'] });
    const q3 = result.body.items.find((i: { questionId: string }) => i.questionId === 'q3');
    expect(q3).toMatchObject({ yourAnswer: 'False', correctAnswer: 'False', correct: true });
    expect(q3.evidence).toEqual(['In 1911 she won a second Nobel Prize, in Chemistry.']);
    const after = await request(app).get(`/api/v1/attempts/${attempt.id}`).expect(200);
    expect(after.body.submitted).toBe(true);
  });

  it('scores an attempt against the questions it was started with, even after an edit', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    const attempt = await startApiAttempt(app, 'fixture');
    await request(app)
      .patch('/api/v1/quizzes/fixture/questions/q1')
      .auth(token, { type: 'bearer' })
      .send({ answer: 'c' })
      .expect(200);
    const res = await request(app)
      .post(`/api/v1/attempts/${attempt.id}/submission`)
      .send({ answers: { q1: 'b' } })
      .expect(200);
    expect(res.body.score).toBe(1);
  });

  it('edits, deletes, publishes and lists through the teacher routes', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz(), false);
    const auth = { type: 'bearer' } as const;
    const edited = await request(app)
      .patch('/api/v1/quizzes/fixture/questions/q2')
      .auth(token, auth)
      .send({ prompt: 'Birthplace?', choices: { c: 'Prague' } })
      .expect(200);
    expect(edited.body).toMatchObject({ prompt: 'Birthplace?', answer: 'b' });
    expect(edited.body.choices[2]).toEqual({ id: 'c', text: 'Prague' });
    await request(app)
      .patch('/api/v1/quizzes/fixture/questions/q2')
      .auth(token, auth)
      .send({ answer: 'zz' })
      .expect(422);
    await request(app)
      .patch('/api/v1/quizzes/fixture/questions/q9')
      .auth(token, auth)
      .send({ prompt: 'x' })
      .expect(404);
    await request(app).delete('/api/v1/quizzes/fixture/questions/q1').auth(token, auth).expect(204);
    await request(app).post('/api/v1/quizzes/fixture/publish').auth(token, auth).expect(200);
    const list = await request(app).get('/api/v1/quizzes').expect(200);
    expect(list.body.quizzes).toEqual([{ id: 'fixture', title: 'Marie Curie', questionCount: 2 }]);
  });

  it('reports statistics as JSON and CSV', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    for (const answers of [{ q1: 'b', q2: 'b', q3: 'false' }, { q1: 'a' }, { q1: 'b', q2: 'a' }]) {
      const attempt = await startApiAttempt(app, 'fixture');
      await request(app)
        .post(`/api/v1/attempts/${attempt.id}/submission`)
        .send({ answers })
        .expect(200);
    }
    const stats = await request(app)
      .get('/api/v1/quizzes/fixture/statistics')
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(stats.body.attempts).toBe(3);
    const q1 = stats.body.questions.find((q: { questionId: string }) => q.questionId === 'q1');
    expect(q1.shareCorrect).toBeCloseTo(2 / 3);
    expect(q1.options.find((o: { id: string }) => o.id === 'a').count).toBe(1);
    const csv = await request(app)
      .get('/api/v1/quizzes/fixture/statistics?format=csv')
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(csv.text.split('\r\n').filter((r) => r.startsWith('q3,'))).toHaveLength(2);
    const attempts = await request(app)
      .get('/api/v1/quizzes/fixture/attempts')
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(attempts.body.attempts.map((a: { score: number }) => a.score).sort()).toEqual([0, 1, 3]);
  });

  it('answers every error as RFC 9457 problem JSON', async () => {
    const { app } = testServer();
    const res = await request(app).post('/api/v1/quizzes').send({ text: '' }).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Object.keys(res.body).sort()).toEqual([
      'detail',
      'errors',
      'instance',
      'status',
      'title',
      'type',
    ]);
    expect(res.body.instance).toBe('/api/v1/quizzes');
    expect(res.body.type).toMatch(/^https:\/\/quizgen\.dev\/problems\/article-/);
  });
});
