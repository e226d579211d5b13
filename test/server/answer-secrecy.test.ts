import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { Quiz } from '../../src/index.ts';
import { fixtureQuiz } from './support/fixture-quiz.ts';
import { escaped, locationOf } from './support/read-page.ts';
import { createPublished, storeQuiz, testServer } from './support/test-server.ts';

/** Everything a student sees before submitting, as page HTML and API JSON. */
async function studentViews(
  app: ReturnType<typeof testServer>['app'],
  quizId: string,
): Promise<string[]> {
  const quizPage = await request(app).get(`/quizzes/${quizId}`).expect(200);
  const started = await request(app).post(`/quizzes/${quizId}/attempts`).expect(303);
  const takePage = await request(app).get(locationOf(started)).expect(200);
  const apiQuiz = await request(app).get(`/api/v1/quizzes/${quizId}`).expect(200);
  const apiAttempt = await request(app).post(`/api/v1/quizzes/${quizId}/attempts`).expect(201);
  const apiAttemptAgain = await request(app)
    .get(`/api/v1/attempts/${apiAttempt.body.id as string}`)
    .expect(200);
  const home = await request(app).get('/').expect(200);
  return [
    home.text,
    quizPage.text,
    takePage.text,
    apiQuiz.text,
    apiAttempt.text,
    apiAttemptAgain.text,
  ];
}

describe('answer keys before submitting', () => {
  it('never shows explanations or evidence of a quiz to a student who has not submitted', async () => {
    const { app, store } = testServer();
    const quiz = fixtureQuiz();
    storeQuiz(store, quiz);
    const views = await studentViews(app, quiz.id);
    for (const q of quiz.questions) {
      for (const view of views) {
        expect(view).not.toContain(q.explanation.slice(0, 12));
        for (const e of q.evidence) expect(view).not.toContain(e.text);
      }
    }
  });

  it('sends no answer field and no article text in the student JSON', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz());
    const quiz = await request(app).get('/api/v1/quizzes/fixture');
    const attempt = await request(app).post('/api/v1/quizzes/fixture/attempts');
    for (const body of [quiz.text, attempt.text]) {
      expect(body).not.toMatch(/"(answer|evidence|explanation|source|isKey|correct)"/);
    }
  });

  it('does not mark the key in the take page markup', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz());
    const started = await request(app).post('/quizzes/fixture/attempts');
    const page = (await request(app).get(locationOf(started))).text;
    expect(page).not.toMatch(/checked|correct|is-key|data-/i);
  });

  it('keeps explanations and evidence of a generated quiz off every student view', async () => {
    const { app } = testServer();
    const { id, token } = await createPublished(app);
    const teacher = (
      await request(app).get(`/api/v1/quizzes/${id}/teacher`).auth(token, { type: 'bearer' })
    ).body.quiz as Quiz;
    const views = await studentViews(app, id);
    const shown = (text: string) => teacher.questions.some((q) => q.prompt.includes(text));
    for (const q of teacher.questions) {
      for (const view of views) {
        expect(view).not.toContain(escaped(q.explanation));
        // A true statement may quote its evidence word for word; anything else must not appear.
        for (const e of q.evidence) if (!shown(e.text)) expect(view).not.toContain(escaped(e.text));
      }
    }
  });

  it('never shows the manage link on student pages or in student JSON', async () => {
    const { app } = testServer();
    const { id, token } = await createPublished(app);
    for (const view of await studentViews(app, id)) expect(view).not.toContain(token);
  });

  it('refuses the result of an attempt that has not been submitted', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz());
    const attempt = await request(app).post('/api/v1/quizzes/fixture/attempts');
    const res = await request(app)
      .get(`/api/v1/attempts/${attempt.body.id as string}/result`)
      .expect(409);
    expect(res.text).not.toContain('EXPLAIN-');
    const page = await request(app)
      .get(`/attempts/${attempt.body.id as string}/result`)
      .expect(409);
    expect(page.text).not.toContain('EXPLAIN-');
  });
});
