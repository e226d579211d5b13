import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { MANAGE_TOKEN_LENGTH } from '../../src/server/http/manage-token.ts';
import { fixtureQuiz } from './support/fixture-quiz.ts';
import { locationOf } from './support/read-page.ts';
import { seedArticle, storeQuiz, testServer } from './support/test-server.ts';

async function submitForm(
  app: ReturnType<typeof testServer>['app'],
  answers: Record<string, string>,
): Promise<void> {
  const started = await request(app).post('/quizzes/fixture/attempts');
  await request(app)
    .post(`${locationOf(started)}/submission`)
    .type('form')
    .send(answers)
    .expect(303);
}

describe('teacher pages', () => {
  it('shows a manage link of at least 21 characters once, right after creating a quiz', async () => {
    const { app } = testServer();
    const res = await request(app)
      .post('/quizzes')
      .type('form')
      .send({ text: seedArticle })
      .expect(201);
    const link = /href="(http[^"]+\/manage\/([^"]+))"/.exec(res.text);
    expect(link?.[2]?.length).toBeGreaterThanOrEqual(21);
    expect(MANAGE_TOKEN_LENGTH).toBeGreaterThanOrEqual(21);
    const manage = await request(app)
      .get(new URL(link?.[1] ?? '').pathname)
      .expect(200);
    expect(manage.text).toContain('Draft');
  });

  it('never shows the manage link again after the page that answered the create form', async () => {
    const { app } = testServer();
    const created = await request(app)
      .post('/quizzes')
      .type('form')
      .send({ text: seedArticle })
      .expect(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const link = new URL(/href="(http[^"]+\/manage\/[^"]+)"/.exec(created.text)?.[1] ?? '');
    const [, , id = '', , token = ''] = link.pathname.split('/');
    await request(app).post(`${link.pathname}/publish`).expect(303);
    const later = [
      await request(app).get('/quizzes').expect(404),
      await request(app).get('/').expect(200),
      await request(app).get(`/quizzes/${id}`).expect(200),
      await request(app).get('/api/v1/quizzes').expect(200),
      await request(app).get(`/api/v1/quizzes/${id}/teacher`).auth(token, { type: 'bearer' }),
    ];
    expect(later.at(-1)?.status).toBe(200);
    for (const res of later) expect(res.text).not.toContain(token);
  });

  it('answers a wrong or truncated manage token with 404', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    await request(app).get(`/quizzes/fixture/manage/${token}`).expect(200);
    await request(app)
      .get(`/quizzes/fixture/manage/${token.slice(0, -1)}`)
      .expect(404);
    await request(app).get(`/quizzes/fixture/manage/${token}x`).expect(404);
    await request(app)
      .post(`/quizzes/fixture/manage/wrong/questions/q1`)
      .type('form')
      .send({ prompt: 'Hacked' })
      .expect(404);
    expect(store.quizzes.find('fixture')?.quiz.questions[0]?.prompt).not.toBe('Hacked');
  });

  it('shows the answer key and evidence of every question', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    const page = (await request(app).get(`/quizzes/fixture/manage/${token}`)).text;
    expect(page).toContain('<span class="key">1903</span>');
    expect(page).toContain('<span class="key">Warsaw</span>');
    expect(page).toContain('<span class="key">False</span>');
    expect(page).toContain('In 1911 she won a second Nobel Prize, in Chemistry.');
  });

  it('saves an edit of prompt, options, key and explanation that students then see', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    const edit = {
      prompt: 'Which city was Curie born in?',
      'choice-a': 'Lyon',
      'choice-b': 'Warsaw',
      'choice-c': 'Krakow',
      answer: 'b',
      explanation: 'Born in Warsaw, 1867.',
    };
    const res = await request(app)
      .post(`/quizzes/fixture/manage/${token}/questions/q2`)
      .type('form')
      .send(edit)
      .expect(303);
    expect(locationOf(res)).toBe(`/quizzes/fixture/manage/${token}#question-q2`);
    const started = await request(app).post('/quizzes/fixture/attempts');
    const take = (await request(app).get(locationOf(started))).text;
    expect(take).toContain('Which city was Curie born in?');
    expect(take).toContain('>Krakow</label>');
    expect(take).not.toContain('Where was Marie Curie born?');
  });

  it('refuses an edit that makes two options equal and keeps the question', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    const edit = { 'choice-a': 'Warsaw', 'choice-b': 'Warsaw', 'choice-c': 'Vienna', answer: 'b' };
    const res = await request(app)
      .post(`/quizzes/fixture/manage/${token}/questions/q2`)
      .type('form')
      .send(edit)
      .expect(422);
    expect(res.text).toContain('two options have the same text');
    expect(store.quizzes.find('fixture')?.version).toBe(1);
  });

  it('flips the key of a true/false question', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    await request(app)
      .post(`/quizzes/fixture/manage/${token}/questions/q3`)
      .type('form')
      .send({ answer: 'true' })
      .expect(303);
    await submitForm(app, { 'answer-q3': 'true' });
    expect(store.attempts.listSubmitted('fixture')[0]?.score).toBe(1);
  });

  it('deletes a question but never the last one', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    const base = `/quizzes/fixture/manage/${token}`;
    await request(app).post(`${base}/questions/q1/delete`).expect(303);
    await request(app).post(`${base}/questions/q2/delete`).expect(303);
    const last = await request(app).post(`${base}/questions/q3/delete`).expect(409);
    expect(last.text).toContain('A quiz needs at least one question');
    expect(store.quizzes.find('fixture')?.quiz.questions.map((q) => q.id)).toEqual(['q3']);
  });

  it('shows students the quiz as it is after each change, at once', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    const base = `/quizzes/fixture/manage/${token}`;
    expect((await request(app).get('/quizzes/fixture')).text).toContain('3 questions: 2 multiple');
    await request(app).post(`${base}/questions/q1/delete`).expect(303);
    expect((await request(app).get('/quizzes/fixture')).text).toContain('2 questions: 1 multiple');
    expect((await request(app).get('/api/v1/quizzes')).body.quizzes[0].questionCount).toBe(2);
    await request(app)
      .post(`${base}/questions/q2`)
      .type('form')
      .send({ prompt: 'Which city saw her birth?' })
      .expect(303);
    const student = await request(app).get('/api/v1/quizzes/fixture').expect(200);
    expect(student.body.questions.map((q: { prompt: string }) => q.prompt)).toContain(
      'Which city saw her birth?',
    );
  });

  it('publishes a draft so that students can open it', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz(), false);
    await request(app).get('/quizzes/fixture').expect(404);
    await request(app).post(`/quizzes/fixture/manage/${token}/publish`).expect(303);
    await request(app).get('/quizzes/fixture').expect(200);
  });

  it('regenerates a quiz before students answer it, and refuses afterwards', async () => {
    const { app } = testServer();
    const created = await request(app)
      .post('/api/v1/quizzes')
      .send({ text: seedArticle, publish: true })
      .expect(201);
    const base = `/quizzes/${created.body.id as string}/manage/${created.body.manageToken as string}`;
    await request(app).post(`${base}/regenerate`).expect(303);
    const teacher = await request(app)
      .get(`/api/v1/quizzes/${created.body.id as string}/teacher`)
      .auth(created.body.manageToken, { type: 'bearer' });
    expect(teacher.body.version).toBe(2);
    const attempt = await request(app).post(
      `/api/v1/quizzes/${created.body.id as string}/attempts`,
    );
    await request(app)
      .post(`/api/v1/attempts/${attempt.body.id as string}/submission`)
      .send({ answers: {} })
      .expect(200);
    await request(app).post(`${base}/regenerate`).expect(409);
  });

  it('shows attempts, share correct and option charts once students have submitted', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    await submitForm(app, { 'answer-q1': 'b', 'answer-q2': 'b', 'answer-q3': 'false' });
    await submitForm(app, { 'answer-q1': 'a', 'answer-q2': 'b' });
    const page = (await request(app).get(`/quizzes/fixture/manage/${token}`)).text;
    expect(page).toContain('2 submitted attempts');
    expect(page.match(/<td>3 \/ 3<\/td>|<td>1 \/ 3<\/td>/g)).toHaveLength(2);
    expect(page).toContain('Correct: <strong>50%</strong>');
    expect(page).toContain('Correct: <strong>100%</strong>');
    expect(page.match(/<svg class="chart" role="img"/g)).toHaveLength(3);
  });

  it('downloads statistics as CSV keyed by question id', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    await submitForm(app, { 'answer-q1': 'b' });
    const res = await request(app)
      .get(`/quizzes/fixture/manage/${token}/statistics.csv`)
      .expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('attachment');
    const rows = res.text.trim().split('\r\n');
    expect(rows[0]?.startsWith('question_id,')).toBe(true);
    expect(rows.filter((r) => r.startsWith('q1,'))).toHaveLength(4);
    expect(rows.find((r) => r.startsWith('q1,') && r.includes(',b,1903,true,'))).toContain(
      ',1,1.000',
    );
  });

  it('offers a download for every export format of the core', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, fixtureQuiz());
    const page = (await request(app).get(`/quizzes/fixture/manage/${token}`)).text;
    const links = [...page.matchAll(/href="([^"]+\/export\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      const res = await request(app)
        .get(link)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename=/);
      expect((res.body as Buffer).length).toBeGreaterThan(20);
    }
    await request(app).get(`/quizzes/fixture/manage/${token}/export/pdf`).expect(404);
  });
});
