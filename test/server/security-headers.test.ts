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

  it('limits how many quizzes one address can create', async () => {
    const { app, store } = testServer({ rateLimits: { create: { limit: 2, windowMs: 60_000 } } });
    for (let i = 0; i < 2; i++)
      await request(app).post('/api/v1/quizzes').send({ text: seedArticle }).expect(201);
    const res = await request(app).post('/api/v1/quizzes').send({ text: seedArticle }).expect(429);
    expect(res.body.detail).toMatch(/Too many new quizzes/);
    expect(store.tableCounts().quizzes).toBe(2);
  });

  it('limits how many submissions one address can send', async () => {
    const { app, store } = testServer({ rateLimits: { submit: { limit: 1, windowMs: 60_000 } } });
    storeQuiz(store, fixtureQuiz());
    const a = (await request(app).post('/api/v1/quizzes/fixture/attempts')).body.id as string;
    const b = (await request(app).post('/api/v1/quizzes/fixture/attempts')).body.id as string;
    await request(app).post(`/api/v1/attempts/${a}/submission`).send({ answers: {} }).expect(200);
    await request(app).post(`/api/v1/attempts/${b}/submission`).send({ answers: {} }).expect(429);
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
});
