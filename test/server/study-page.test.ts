import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { LearningModule } from '../../src/index.ts';
import { fixtureQuiz } from './support/fixture-quiz.ts';
import { escaped } from './support/read-page.ts';
import { createPublished, seedArticle, storeQuiz, testServer } from './support/test-server.ts';

describe('the study page', () => {
  it("shows the module's sections and links every item to an anchored sentence", async () => {
    const { app } = testServer();
    const { id } = await createPublished(app);
    const res = await request(app).get(`/quizzes/${id}/study`).expect(200);
    expect(res.type).toBe('text/html');
    for (const heading of ['Key points', 'Who&#x27;s who', 'Key numbers', 'Quotes', 'Flashcards'])
      expect(res.text).toContain(heading);
    expect(res.text).toContain('John Kerry');
    expect(res.text).toContain('U.S. Secretary of State');
    const targets = [...res.text.matchAll(/class="source" href="#(s\d+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(10);
    for (const id of new Set(targets)) expect(res.text).toContain(`id="${id}"`);
    expect(res.text).toContain('<link rel="stylesheet" href="/static/study.css">');
  });

  it('shows flashcards as details that open without JavaScript', async () => {
    const { app } = testServer();
    const { id } = await createPublished(app);
    const res = await request(app).get(`/quizzes/${id}/study`).expect(200);
    expect(res.text).toMatch(
      /<details class="flashcard">\s*<summary>Who is the U\.S\. Secretary of State\?<\/summary>/,
    );
    expect(res.text).not.toContain('<script');
  });

  it('is linked from the quiz page and from the home page', async () => {
    const { app } = testServer();
    const { id } = await createPublished(app);
    const quizPage = await request(app).get(`/quizzes/${id}`).expect(200);
    expect(quizPage.text).toContain(`href="/quizzes/${id}/study">Study the article first</a>`);
    const home = await request(app).get('/').expect(200);
    expect(home.text).toContain(`href="/quizzes/${id}/study"`);
  });

  it("reveals nothing of the quiz's questions, keys or explanations", async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz('curie'));
    const res = await request(app).get('/quizzes/curie/study').expect(200);
    expect(res.text).toContain('Marie Curie');
    for (const secret of ['EXPLAIN-', 'Vienna', '1934', '1898', 'In which year did'])
      expect(res.text).not.toContain(secret);
  });

  it('answers 404 for an unknown or unpublished quiz, on the page, the file and the API', async () => {
    const { app, store } = testServer();
    storeQuiz(store, fixtureQuiz('draft'), false);
    for (const path of [
      '/quizzes/nope/study',
      '/quizzes/draft/study',
      '/quizzes/nope/study/flashcards.tsv',
      '/api/v1/quizzes/draft/module',
    ])
      await request(app).get(path).expect(404);
    const api = await request(app).get('/api/v1/quizzes/nope/module').expect(404);
    expect(api.type).toBe('application/problem+json');
  });

  it('keeps to the content security policy: no inline style or script', async () => {
    const { app } = testServer();
    const { id } = await createPublished(app);
    const res = await request(app).get(`/quizzes/${id}/study`).expect(200);
    expect(res.text).not.toMatch(/ style="|<style/);
    expect(res.headers['content-security-policy']).toContain("style-src 'self'");
  });
});

describe('the module downloads', () => {
  it('sends the flashcards as a TSV file for Anki or Quizlet', async () => {
    const { app } = testServer();
    const { id } = await createPublished(app);
    const res = await request(app).get(`/quizzes/${id}/study/flashcards.tsv`).expect(200);
    expect(res.headers['content-disposition']).toContain(`flashcards-${id}.tsv`);
    expect(res.headers['content-type']).toContain('text/tab-separated-values');
    expect(res.text).toContain('Who is the U.S. Secretary of State?\tJohn Kerry\n');
    const lines = res.text.trimEnd().split('\n');
    expect(lines.every((l) => l.split('\t').length === 2)).toBe(true);
  });

  it("serves the module as JSON under the API, with the article's people and places", async () => {
    const { app } = testServer();
    const { id } = await createPublished(app);
    const res = await request(app).get(`/api/v1/quizzes/${id}/module`).expect(200);
    const module = res.body.module as LearningModule;
    expect(module.format).toBe('quizgen/module@1');
    expect(Object.fromEntries(module.people.map((p) => [p.name, p.roles]))).toMatchObject({
      'John Kerry': ['U.S. Secretary of State'],
      'Sergey Lavrov': ['Russian foreign minister'],
      'Bashar al-Assad': ['Syrian President'],
    });
    expect(module.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Russia', 'Syria']));
    expect(module.flashcards).toContainEqual(
      expect.objectContaining({ front: 'Who is the U.S. Secretary of State?', back: 'John Kerry' }),
    );
    for (const card of module.flashcards)
      expect(seedArticle.slice(card.evidence.start, card.evidence.end)).toBe(card.evidence.text);
  });

  it('escapes article text on the page', async () => {
    const { app, store } = testServer();
    const quiz = fixtureQuiz('hostile');
    quiz.source.text = `${quiz.source.text} The <script>alert(1)</script> tag was found on Monday in Warsaw by researchers.`;
    storeQuiz(store, quiz);
    const res = await request(app).get('/quizzes/hostile/study').expect(200);
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain(escaped('<script>alert(1)</script>'));
  });
});
