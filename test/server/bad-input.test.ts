import type { Express } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { checkArticle, generateQuiz, type Quiz } from '../../src/index.ts';
import { plainText } from '../cli/articles.ts';
import { fixtureQuiz } from './support/fixture-quiz.ts';
import { locationOf } from './support/read-page.ts';
import { seedArticle, storeQuiz, testServer } from './support/test-server.ts';

const garbage = String.fromCharCode(...Array.from({ length: 600 }, (_, i) => (i * 7919) % 256));
const french =
  'La Russie a lancé mercredi sa première série de frappes aériennes en Syrie, peu après un vote unanime du parlement. ' +
  'Selon le ministère russe de la Défense, huit positions ont été visées, dont des dépôts et des centres de commandement. ' +
  'Les responsables américains restent sceptiques quant aux véritables intentions de Moscou dans la région.';

describe('bad articles are refused with a 4xx and store nothing', () => {
  it.each([
    ['an empty article', ''],
    ['non-English text', french],
    ['an article too short for any question', 'It rained.'],
  ])('shows the create form again with the reason for %s', async (_name, text) => {
    const { app, store } = testServer();
    const res = await request(app)
      .post('/quizzes')
      .type('form')
      .send({ title: 'Mine', text, multipleChoice: '3', trueFalse: '2' })
      .expect(422);
    expect(res.text).toContain('role="alert"');
    expect(res.text).toContain('value="Mine"');
    expect(res.text).toMatch(/name="multipleChoice" type="number" min="0" max="20" value="3"/);
    expect(store.tableCounts().quizzes).toBe(0);
  });

  it('refuses an uploaded binary file', async () => {
    const { app, store } = testServer();
    const bytes = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 31) % 256));
    const res = await request(app)
      .post('/quizzes')
      .attach('file', bytes, 'photo.txt')
      .field('text', '');
    expect(res.status).toBe(422);
    expect(res.text).toContain('role="alert"');
    expect(store.tableCounts().quizzes).toBe(0);
  });

  it('accepts an uploaded .txt article', async () => {
    const { app, store } = testServer();
    const res = await request(app)
      .post('/quizzes')
      .attach('file', Buffer.from(seedArticle), 'article.txt')
      .field('text', '')
      .field('multipleChoice', '2')
      .field('trueFalse', '1');
    expect(res.status).toBe(201);
    expect(res.text).toContain('/manage/');
    expect(store.tableCounts().quizzes).toBe(1);
  });

  it.each([
    [{ text: seedArticle, multipleChoice: -1 }, '#/multipleChoice'],
    [{ text: seedArticle, trueFalse: 'many' }, '#/trueFalse'],
    [{ text: seedArticle, multipleChoice: 0, trueFalse: 0 }, '#/multipleChoice'],
    [{ title: 'No text' }, '#/text'],
    [{ text: 42 }, '#/text'],
  ])('lists the field errors of %j', async (body, pointer) => {
    const { app, store } = testServer();
    const res = await request(app).post('/api/v1/quizzes').send(body).expect(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    expect(store.tableCounts().quizzes).toBe(0);
  });
});

/** A body that wants `counts` questions, as the form and the upload send them. */
function formCounts(counts: { multipleChoice: number; trueFalse: number }): Record<string, string> {
  return { multipleChoice: String(counts.multipleChoice), trueFalse: String(counts.trueFalse) };
}

/** The three ways an article arrives: JSON, the form's text box and an uploaded .txt file. */
const channels = {
  'the JSON API': (app: Express, text: string, counts: Counts) =>
    request(app)
      .post('/api/v1/quizzes')
      .send({ text, ...counts }),
  'the form': (app: Express, text: string, counts: Counts) =>
    request(app)
      .post('/quizzes')
      .type('form')
      .send({ text, ...formCounts(counts) }),
  'an uploaded .txt file': (app: Express, text: string, counts: Counts) => {
    const fields = formCounts(counts);
    return request(app)
      .post('/quizzes')
      .attach('file', Buffer.from(text), 'article.txt')
      .field('text', '')
      .field('multipleChoice', fields['multipleChoice'] ?? '')
      .field('trueFalse', fields['trueFalse'] ?? '');
  },
};
type Counts = { multipleChoice: number; trueFalse: number };
const usual: Counts = { multipleChoice: 6, trueFalse: 4 };

describe('every way of sending an article refuses a bad one the same way', () => {
  const cases: [string, string, Counts, string, string][] = [
    ['an empty article', '', usual, 'empty', 'The article is empty'],
    ['a whitespace-only article', ' \n\t \n ', usual, 'empty', 'The article is empty'],
    ['binary garbage', garbage, usual, 'binary', 'This does not look like text'],
    ['non-English text', french, usual, 'not-english', 'does not seem to be in English'],
    ['an article too short for any question', 'It rained.', usual, 'too-short', 'too short'],
    [
      'an English article that yields no question of the kinds asked for',
      plainText,
      { multipleChoice: 3, trueFalse: 0 },
      'too-short',
      'Made 0 of 3 multiple-choice',
    ],
  ];

  it('has an article that passes the text checks and still yields no question', () => {
    expect(checkArticle(plainText).ok).toBe(true);
    expect(generateQuiz(plainText, { multipleChoice: 3, trueFalse: 0 }).questions).toEqual([]);
  });

  describe.each(Object.entries(channels))('through %s', (channel, send) => {
    it.each(cases)('refuses %s with a 422 that says why, and stores nothing', async (...row) => {
      const [, text, counts, code, reason] = row;
      const { app, store } = testServer();
      const before = store.tableCounts();
      const res = await send(app, text, counts);
      expect(res.status).toBe(422);
      if (channel === 'the JSON API') {
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body.type).toBe(`https://quizgen.dev/problems/article-${code}`);
        expect(res.body.errors).toEqual([
          { pointer: '#/text', detail: expect.stringContaining(reason) as string },
        ]);
      } else {
        expect(res.headers['content-type']).toContain('text/html');
        expect(res.text).toMatch(new RegExp(`role="alert"[^]*${reason}`));
        expect(res.text).not.toContain('/manage/');
      }
      expect(store.tableCounts()).toEqual(before);
    });
  });

  it('answers an uploaded file over the body limit with 413 and a clear message', async () => {
    const { app, store } = testServer({ bodyLimit: '64kb' });
    const res = await request(app)
      .post('/quizzes')
      .attach('file', Buffer.from(seedArticle.repeat(40)), 'long.txt')
      .field('text', '')
      .expect(413);
    expect(res.text).toContain('The article is too long');
    expect(res.text).toContain('64kb');
    expect(store.tableCounts().quizzes).toBe(0);
  });
});

describe('HTML and script in an article', () => {
  const hostile = fixtureQuiz('hostile');
  const q1 = hostile.questions[0];
  if (q1?.type !== 'multiple-choice') throw new Error('fixture changed');
  q1.prompt = 'Which year? <script>alert("prompt")</script>';
  q1.choices[0] = { id: 'a', text: '<img src=x onerror=alert(1)>' };
  q1.explanation = '<b onmouseover="alert(2)">bold</b>';

  it('is escaped on the take, result and teacher pages', async () => {
    const { app, store } = testServer();
    const token = storeQuiz(store, hostile as Quiz);
    const started = await request(app).post('/quizzes/hostile/attempts');
    const take = await request(app).get(locationOf(started));
    await request(app)
      .post(`${locationOf(started)}/submission`)
      .type('form')
      .send({ 'answer-q1': 'a' });
    const result = await request(app).get(`${locationOf(started)}/result`);
    const manage = await request(app).get(`/quizzes/hostile/manage/${token}`);
    for (const page of [take.text, result.text, manage.text]) {
      expect(page).not.toMatch(/<script|<img|<b /);
      expect(page).toContain('&lt;script&gt;alert(&quot;prompt&quot;)&lt;/script&gt;');
      expect(page).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    }
  });

  it('is escaped when it comes from a generated quiz and its title', async () => {
    const { app } = testServer();
    const text = seedArticle.replace(
      'Russia launched',
      'Russia <script>alert("x")</script> launched',
    );
    const res = await request(app)
      .post('/quizzes')
      .type('form')
      .send({ title: '<i>Title</i>', text })
      .expect(201);
    expect(res.text).not.toMatch(/<script|<i>/);
    expect(res.text).toContain('&lt;i&gt;Title&lt;/i&gt;');
    const manage = await request(app).get(
      new URL(/href="([^"]+\/manage\/[^"]+)"/.exec(res.text)?.[1] ?? '').pathname,
    );
    expect(manage.status).toBe(200);
    expect(manage.text).not.toMatch(/<script/);
  });
});

describe('bad requests', () => {
  it('answers malformed JSON with a 400 problem', async () => {
    const { app, store } = testServer();
    const res = await request(app)
      .post('/api/v1/quizzes')
      .set('content-type', 'application/json')
      .send('{"text": "abc",')
      .expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, title: 'Malformed JSON' });
    expect(store.tableCounts().quizzes).toBe(0);
  });

  it.each([
    ['/quizzes/nope', 'text/html'],
    ['/attempts/nope', 'text/html'],
    ['/attempts/nope/result', 'text/html'],
    ['/api/v1/quizzes/nope', 'application/problem+json'],
    ['/api/v1/attempts/nope', 'application/problem+json'],
    ['/api/v1/attempts/nope/result', 'application/problem+json'],
    ['/no/such/page', 'text/html'],
    ['/api/v1/no-such-route', 'application/problem+json'],
  ])('answers the unknown %s with 404 as %s', async (path, type) => {
    const { app } = testServer();
    const res = await request(app).get(path).expect(404);
    expect(res.headers['content-type']).toContain(type);
  });

  it('answers an unknown quiz with problem JSON when the client asks for JSON', async () => {
    const { app } = testServer();
    const res = await request(app)
      .get('/quizzes/nope')
      .set('accept', 'application/json')
      .expect(404);
    expect(res.body).toMatchObject({ status: 404, title: 'Quiz not found' });
  });

  it('refuses starting an attempt on an unknown quiz and stores nothing', async () => {
    const { app, store } = testServer();
    await request(app).post('/api/v1/quizzes/nope/attempts').expect(404);
    await request(app).post('/quizzes/nope/attempts').expect(404);
    expect(store.tableCounts().attempts).toBe(0);
  });

  it('refuses answers for unknown question ids or options and stores nothing', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz());
    const attempt = (await request(app).post('/api/v1/quizzes/fixture/attempts')).body.id as string;
    const res = await request(app)
      .post(`/api/v1/attempts/${attempt}/submission`)
      .send({ answers: { q1: 'b', q99: 'a', q2: 'z' } })
      .expect(422);
    expect(res.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      '#/answers/q2',
      '#/answers/q99',
    ]);
    expect(store.tableCounts().responses).toBe(0);
    expect(store.attempts.find(attempt)?.submittedAt).toBeNull();
    const page = await request(app)
      .post(`/attempts/${attempt}/submission`)
      .type('form')
      .send({ 'answer-q42': 'a' })
      .expect(422);
    expect(page.text).toContain('This quiz has no question with this id.');
  });

  it('refuses a submission whose answers are not an object', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz());
    const attempt = (await request(app).post('/api/v1/quizzes/fixture/attempts')).body.id as string;
    const res = await request(app)
      .post(`/api/v1/attempts/${attempt}/submission`)
      .send({ answers: ['b'] })
      .expect(422);
    expect(res.body.errors[0].pointer).toBe('#/answers');
    expect(store.tableCounts().responses).toBe(0);
  });

  it('gives the same result to a double submit and stores it once', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz());
    const attempt = (await request(app).post('/api/v1/quizzes/fixture/attempts')).body.id as string;
    const path = `/api/v1/attempts/${attempt}/submission`;
    const [first, second] = await Promise.all([
      request(app)
        .post(path)
        .send({ answers: { q1: 'b', q3: 'false' } }),
      request(app)
        .post(path)
        .send({ answers: { q1: 'a', q2: 'b', q3: 'true' } }),
    ]);
    expect(first?.status).toBe(200);
    expect(second?.body).toEqual(first?.body);
    expect(store.tableCounts().responses).toBe(3);
  });
});
