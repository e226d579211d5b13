import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { readPrintPage } from '../render/read-print-page.ts';
import { fixtureQuiz } from './support/fixture-quiz.ts';
import { storeQuiz, testServer } from './support/test-server.ts';

function printServer() {
  const { app, store } = testServer();
  const token = storeQuiz(store, fixtureQuiz());
  return { app, base: `/quizzes/fixture/manage/${token}` };
}

describe('the print page', () => {
  it('links from the manage page with a form to choose the number of versions', async () => {
    const { app, base } = printServer();
    const page = (await request(app).get(base).expect(200)).text;
    expect(page).toContain(`<form class="print-form" method="get" action="${base}/print">`);
    expect(page).toMatch(
      /<input type="number" id="print-versions" name="versions" min="1" max="26"/,
    );
  });

  it('prints the versions asked for, each with its answer key, without the site header', async () => {
    const { app, base } = printServer();
    const res = await request(app).get(`${base}/print?versions=3`).expect(200);
    const versions = readPrintPage(res.text);
    expect(versions.map((v) => v.letter)).toEqual(['A', 'B', 'C']);
    expect(versions.map((v) => v.key.length)).toEqual([3, 3, 3]);
    expect(res.text).not.toContain('site-header');
    expect(res.text).toContain('href="/static/print.css"');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('prints one version when none is asked for, and the same versions for the same seed', async () => {
    const { app, base } = printServer();
    expect(readPrintPage((await request(app).get(`${base}/print`)).text)).toHaveLength(1);
    const first = (await request(app).get(`${base}/print?versions=2&seed=8`)).text;
    const again = (await request(app).get(`${base}/print?versions=2&seed=8`)).text;
    expect(again).toBe(first);
  });

  it('serves the print stylesheet under the strict CSP, which allows no inline style', async () => {
    const { app, base } = printServer();
    const res = await request(app).get(`${base}/print?versions=2`);
    expect(res.headers['content-security-policy']).toContain("style-src 'self'");
    expect(res.text).not.toMatch(/<style|style="/);
    const css = await request(app).get('/static/print.css').expect(200);
    expect(css.text).toContain('break-inside: avoid');
  });

  it('is not found without the right manage token, whatever the query', async () => {
    const { app, base } = printServer();
    await request(app)
      .get(`${base.slice(0, -1)}/print?versions=2`)
      .expect(404);
    await request(app).get('/quizzes/fixture/manage/wrong/print?versions=abc').expect(404);
    await request(app).get('/quizzes/fixture/print').expect(404);
  });

  it.each(['0', '27', 'abc', '2.5', '-1'])(
    'refuses versions=%s with a 422 that says what to choose',
    async (versions) => {
      const { app, base } = printServer();
      const res = await request(app)
        .get(`${base}/print?versions=${versions}`)
        .set('Accept', 'application/json')
        .expect(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors[0].pointer).toBe('#/versions');
      expect(res.body.errors[0].detail).toMatch(/1 to 26|at least 1|at most 26/);
    },
  );

  it('shows a refused number of versions as an error page in the browser', async () => {
    const { app, base } = printServer();
    const res = await request(app).get(`${base}/print?versions=27`).set('Accept', 'text/html');
    expect(res.status).toBe(422);
    expect(res.text).toContain('<li>Choose at most 26 versions (A to Z).</li>');
  });

  it('is never linked from the student pages', async () => {
    const { app } = printServer();
    const quizPage = (await request(app).get('/quizzes/fixture').expect(200)).text;
    expect(quizPage).not.toContain('/print');
  });
});
