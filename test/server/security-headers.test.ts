import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { fixtureQuiz } from './support/fixture-quiz.ts';
import { seedArticle, storeQuiz, testServer } from './support/test-server.ts';

describe('security', () => {
  it('sends a strict content security policy without inline script or style', async () => {
    const { app } = testServer();
    const res = await request(app).get('/').expect(200);
    const csp = res.headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/script-src/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('serves pages without any script or inline style', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz());
    for (const path of ['/', '/quizzes/fixture']) {
      const html = (await request(app).get(path)).text;
      expect(html).not.toMatch(/<script|style=|<style/i);
    }
  });

  it('answers an article over the body limit with 413 and a clear message', async () => {
    const { app } = testServer({ bodyLimit: '64kb' });
    const text = seedArticle.repeat(40);
    const res = await request(app).post('/api/v1/quizzes').send({ text }).expect(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.title).toBe('The article is too long');
    expect(res.body.detail).toContain('64kb');
    const page = await request(app).post('/quizzes').type('form').send({ text }).expect(413);
    expect(page.text).toContain('The article is too long');
  });

  it('refuses quizzes over the create limit with a 429 problem or page, and stores none of them', async () => {
    const { app, store } = testServer({ rateLimits: { create: { limit: 2, windowMs: 60_000 } } });
    for (let i = 0; i < 2; i++)
      await request(app).post('/api/v1/quizzes').send({ text: seedArticle }).expect(201);
    const api = await request(app).post('/api/v1/quizzes').send({ text: seedArticle }).expect(429);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.body).toMatchObject({
      type: 'https://quizgen.dev/problems/rate-limited',
      status: 429,
      title: 'Too many requests',
    });
    expect(api.body.detail).toMatch(
      /Too many new quizzes from this address: at most 2 in 1 minute/,
    );
    const page = await request(app)
      .post('/quizzes')
      .type('form')
      .send({ text: seedArticle })
      .expect(429);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('Too many new quizzes');
    expect(store.tableCounts().quizzes).toBe(2);
  });

  it('refuses submissions over the limit with a 429 problem or page, and stores none of them', async () => {
    const { app, store } = testServer({ rateLimits: { submit: { limit: 1, windowMs: 60_000 } } });
    storeQuiz(store, fixtureQuiz());
    const start = async () =>
      (await request(app).post('/api/v1/quizzes/fixture/attempts')).body.id as string;
    const [a, b, c] = [await start(), await start(), await start()];
    await request(app).post(`/api/v1/attempts/${a}/submission`).send({ answers: {} }).expect(200);
    const api = await request(app)
      .post(`/api/v1/attempts/${b}/submission`)
      .send({ answers: { q1: 'b' } })
      .expect(429);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(api.body.type).toBe('https://quizgen.dev/problems/rate-limited');
    expect(api.body.detail).toMatch(/Too many submissions/);
    const page = await request(app)
      .post(`/attempts/${c}/submission`)
      .type('form')
      .send({ 'answer-q1': 'b' })
      .expect(429);
    expect(page.text).toContain('Too many submissions');
    expect(store.attempts.find(b)?.submittedAt).toBeNull();
    expect(store.attempts.find(c)?.submittedAt).toBeNull();
    expect(store.tableCounts().responses).toBe(3);
  });

  it('answers an unexpected failure with a plain 500 and no stack trace', async () => {
    const { app, store } = testServer();
    store.quizzes.listPublished = () => {
      throw new Error('disk on fire at /secret/path.ts:12');
    };
    const page = await request(app).get('/').expect(500);
    const api = await request(app).get('/api/v1/quizzes').expect(500);
    for (const body of [page.text, api.text]) {
      expect(body).not.toMatch(/disk on fire|secret\/path|at .+:\d+:\d+/);
    }
    expect(api.body.title).toBe('Something went wrong');
  });

  // Cross-site request forgery rides on credentials a browser adds by itself, such as cookies.
  // The server sets none: a teacher's secret is in the manage link, a student's in the attempt
  // link, and a forged form would have to carry that secret already.
  it('sets no cookie on any page or API answer, so a forged cross-site form carries no credential', async () => {
    const { app } = testServer();
    const responses = [await request(app).get('/')];
    const created = await request(app).post('/quizzes').type('form').send({ text: seedArticle });
    responses.push(created);
    const manage = new URL(/href="(http[^"]+\/manage\/[^"]+)"/.exec(created.text)?.[1] ?? '');
    responses.push(await request(app).get(manage.pathname));
    responses.push(await request(app).post(`${manage.pathname}/publish`));
    const id = manage.pathname.split('/')[2] ?? '';
    responses.push(await request(app).get(`/quizzes/${id}`));
    const started = await request(app).post(`/quizzes/${id}/attempts`);
    const attempt = started.headers['location'] ?? '';
    responses.push(started, await request(app).get(attempt));
    responses.push(await request(app).post(`${attempt}/submission`).type('form').send({}));
    responses.push(await request(app).get(`${attempt}/result`));
    const api = await request(app).post('/api/v1/quizzes').send({ text: seedArticle });
    responses.push(api, await request(app).post('/api/v1/quizzes').send({ text: '' }));
    responses.push(await request(app).get('/no/such/page'));
    expect(responses.map((r) => r.status)).toEqual([
      200, 201, 200, 303, 200, 303, 200, 303, 200, 201, 422, 404,
    ]);
    for (const res of responses) expect(res.headers['set-cookie']).toBeUndefined();
  });
});
