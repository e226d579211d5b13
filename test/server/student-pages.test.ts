import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Quiz } from '../../src/index.ts';
import { fixtureQuiz } from './support/fixture-quiz.ts';
import { escaped, locationOf, radioGroups } from './support/read-page.ts';
import { createPublished, storeQuiz, testServer } from './support/test-server.ts';

const keyValue = (quiz: Quiz, questionId: string): string => {
  const q = quiz.questions.find((x) => x.id === questionId);
  if (!q) throw new Error(`no question ${questionId}`);
  return String(q.answer);
};

async function startFormAttempt(
  app: ReturnType<typeof testServer>['app'],
  quizId: string,
): Promise<string> {
  const res = await request(app).post(`/quizzes/${quizId}/attempts`).expect(303);
  return locationOf(res);
}

describe('student pages', () => {
  it('lists published quizzes on the home page with a form to create one', async () => {
    const { app } = testServer();
    const { id } = await createPublished(app);
    const res = await request(app).get('/').expect(200);
    expect(res.text).toContain(`href="/quizzes/${id}"`);
    expect(res.text).toMatch(
      /<form method="post" action="\/quizzes" enctype="multipart\/form-data">/,
    );
  });

  it('lets a student answer every question of a generated quiz through the form and get full marks', async () => {
    const { app } = testServer();
    const { id, token } = await createPublished(app);
    const teacher = (
      await request(app).get(`/api/v1/quizzes/${id}/teacher`).auth(token, { type: 'bearer' })
    ).body.quiz as Quiz;
    const attemptPath = await startFormAttempt(app, id);
    const page = await request(app).get(attemptPath).expect(200);
    const groups = radioGroups(page.text);
    expect([...groups.keys()].sort()).toEqual(teacher.questions.map((q) => q.id).sort());
    const form = Object.fromEntries(
      [...groups.keys()].map((qid) => [`answer-${qid}`, keyValue(teacher, qid)]),
    );
    const submitted = await request(app)
      .post(`${attemptPath}/submission`)
      .type('form')
      .send(form)
      .expect(303);
    const result = await request(app).get(locationOf(submitted)).expect(200);
    const n = teacher.questions.length;
    expect(result.text).toContain(`${n} / ${n}`);
    expect(result.text).not.toContain('Not answered');
  });

  it('shows for every question the answer given, the correct answer, the explanation and the evidence', async () => {
    const { app, store } = testServer();
    const quiz = fixtureQuiz();
    storeQuiz(store, quiz);
    const attemptPath = await startFormAttempt(app, quiz.id);
    const form = { 'answer-q1': 'a', 'answer-q2': 'b', 'answer-q3': 'true' };
    await request(app).post(`${attemptPath}/submission`).type('form').send(form).expect(303);
    const result = await request(app).get(`${attemptPath}/result`).expect(200);
    expect(result.text).toContain('1 / 3');
    expect(result.text).toMatch(
      /Your answer<\/dt><dd>1898<\/dd>\s*<dt>Correct answer<\/dt><dd>1903<\/dd>/,
    );
    expect(result.text).toMatch(
      /Your answer<\/dt><dd>True<\/dd>\s*<dt>Correct answer<\/dt><dd>False<\/dd>/,
    );
    for (const q of quiz.questions) {
      expect(result.text).toContain(escaped(q.explanation));
      for (const e of q.evidence) expect(result.text).toContain(escaped(e.text));
    }
  });

  it('scores unanswered questions zero and names them on the result page', async () => {
    const { app, store } = testServer({ random: () => 0 });
    storeQuiz(store, fixtureQuiz());
    const attemptPath = await startFormAttempt(app, 'fixture');
    const order = [...radioGroups((await request(app).get(attemptPath)).text).keys()];
    await request(app)
      .post(`${attemptPath}/submission`)
      .type('form')
      .send({ [`answer-${order[0]}`]: 'b' })
      .expect(303);
    const result = await request(app).get(`${attemptPath}/result`).expect(200);
    expect(result.text).toContain('Not answered: question 2, 3.');
    expect(result.text.match(/<dd>No answer<\/dd>/g)).toHaveLength(2);
  });

  it('shuffles questions and options per attempt and keeps each attempt in its own order', async () => {
    let calls = 0;
    const { app, store } = testServer({ random: (below) => (calls++ < 9 ? 0 : below - 1) });
    storeQuiz(store, fixtureQuiz());
    const first = await startFormAttempt(app, 'fixture');
    const second = await startFormAttempt(app, 'fixture');
    const orderOf = async (path: string) =>
      [...radioGroups((await request(app).get(path)).text).entries()].flat(2).join(' ');
    expect(await orderOf(first)).not.toEqual(await orderOf(second));
    expect(await orderOf(first)).toEqual(await orderOf(first));
  });

  it('keeps the first answers when the same attempt is submitted twice', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz());
    const attemptPath = await startFormAttempt(app, 'fixture');
    await request(app)
      .post(`${attemptPath}/submission`)
      .type('form')
      .send({ 'answer-q1': 'b' })
      .expect(303);
    const again = await request(app)
      .post(`${attemptPath}/submission`)
      .type('form')
      .send({ 'answer-q1': 'a', 'answer-q2': 'b' });
    expect(again.status).toBe(303);
    const result = await request(app).get(`${attemptPath}/result`);
    expect(result.text).toContain('1 / 3');
    expect(store.tableCounts().responses).toBe(3);
  });

  it('sends a submitted attempt back to its result instead of the form', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz());
    const attemptPath = await startFormAttempt(app, 'fixture');
    await request(app).post(`${attemptPath}/submission`).type('form').send({}).expect(303);
    const res = await request(app).get(attemptPath).expect(303);
    expect(locationOf(res)).toBe(`${attemptPath}/result`);
  });

  it('hides a draft quiz from students', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz(), false);
    expect((await request(app).get('/')).text).not.toContain('/quizzes/fixture');
    await request(app).get('/quizzes/fixture').expect(404);
    await request(app).post('/quizzes/fixture/attempts').expect(404);
  });
});
